// Forward and backward of the page's PyTorch example, as PyTorch 1.13 computes them on a CPU:
// inputs rounded to the tensor's dtype, every operation rounded like the kernel rounds it (see
// kernels.ts), PyTorch's edge cases kept where they differ from the mathematical limit
// (GELU and SiLU of -inf print nan; float64 GELU is 0 below about -8.4; float32 ELU is exactly 0
// on (-3e-8, 0); Mish and Hardswish of -inf print nan; Hardswish's gradient at 3 depends on the
// element's place in ATen's loop).
import { erf } from '../math/erf.ts';
import {
  ATEN_DOUBLE_BLOCK,
  ATEN_FLOAT_BLOCK,
  dnnlGeluErf,
  fma32,
  fma64,
  glibcExp,
  glibcExpf,
  glibcLog1p,
  glibcLog1pf,
  glibcTanh,
  glibcTanhf,
  libmErff,
  libmExpf,
  libmTanhf,
  sleefExpf,
  sleefExpU10,
  sleefLog1pfU10,
  sleefLog1pU10,
  sleefTanhf,
  sleefTanhfU10,
  sleefTanhU10,
} from './kernels.ts';
import { castTo, flatten, shapeOf, unflatten, type Dtype, type NestedNumbers, type TensorLike } from './tensor.ts';

/** One of the operations the example applies (modules and their functional forms). */
export type TorchOp =
  | { readonly kind: 'gelu'; readonly approximate: 'none' | 'tanh' }
  | { readonly kind: 'relu' }
  | { readonly kind: 'leaky_relu'; readonly negativeSlope: number }
  | { readonly kind: 'silu' }
  | { readonly kind: 'sigmoid' }
  /** `t * torch.sigmoid(1.702 * t)`: GELU's sigmoid approximation, which has no module. */
  | { readonly kind: 'gelu_sigmoid' }
  | { readonly kind: 'tanh' }
  | { readonly kind: 'elu'; readonly alpha: number }
  /** `nn.SELU()`: ELU's kernel with PyTorch's fixed α and scale (its grad_fn is EluBackward0). */
  | { readonly kind: 'selu' }
  /** `nn.Softplus(beta, threshold)`: x itself where x·β > threshold. */
  | { readonly kind: 'softplus'; readonly beta: number; readonly threshold: number }
  | { readonly kind: 'mish' }
  | { readonly kind: 'hardswish' }
  /**
   * A module without a dedicated emulation: the mathematical f and f′, correctly rounded to
   * the dtype (what PyTorch prints wherever its kernel rounds correctly).
   */
  | {
      readonly kind: 'reference';
      readonly gradFn: string;
      readonly f: (x: number) => number;
      readonly df: (x: number) => number;
    };

/** The `grad_fn` PyTorch attaches to the output of each operation. */
export function gradFnName(op: TorchOp): string {
  switch (op.kind) {
    case 'reference':
      return op.gradFn;
    case 'gelu':
      return 'GeluBackward0';
    case 'relu':
      return 'ReluBackward0';
    case 'leaky_relu':
      return 'LeakyReluBackward0';
    case 'silu':
      return 'SiluBackward0';
    case 'sigmoid':
      return 'SigmoidBackward0';
    case 'gelu_sigmoid':
      return 'MulBackward0';
    case 'tanh':
      return 'TanhBackward0';
    case 'elu':
    case 'selu':
      return 'EluBackward0';
    case 'softplus':
      return 'SoftplusBackward0';
    case 'mish':
      return 'MishBackward0';
    case 'hardswish':
      return 'HardswishBackward0';
  }
}

/** An input as `torch.tensor(...)` makes it: data not yet rounded, dtype, requires_grad. */
export interface TorchInput {
  readonly data: NestedNumbers;
  readonly dtype: Dtype;
  readonly requiresGrad: boolean;
}

/** What the example prints: the input, the output and, when asked, the input's gradient. */
export interface TorchRun {
  readonly input: TensorLike;
  readonly output: TensorLike;
  /** `input_data.grad` after `output.sum().backward()`; null without requires_grad. */
  readonly grad: TensorLike | null;
}

const f32 = Math.fround;
const SQRT1_2_F = f32(Math.SQRT1_2);
// kBeta of the tanh form: sqrt(2/pi) as PyTorch writes it, M_SQRT2 * M_2_SQRTPI * 0.5.
const TANH_BETA = Math.SQRT2 * (2 / Math.sqrt(Math.PI)) * 0.5;
const TANH_KAPPA = 0.044715;
// kBeta of the erf backward: 1/sqrt(2 pi) as M_2_SQRTPI * M_SQRT1_2 * 0.5.
const PDF_BETA = (2 / Math.sqrt(Math.PI)) * Math.SQRT1_2 * 0.5;
const SIGMOID_GELU_SCALE = 1.702;

/** Elementary functions of one dtype and one code path (vectorised or scalar). */
interface Arith {
  readonly round: (x: number) => number;
  readonly exp: (x: number) => number;
  readonly erf: (x: number) => number;
  readonly tanh: (x: number) => number;
}

const FLOAT64: Arith = { round: (x) => x, exp: Math.exp, erf, tanh: Math.tanh };
const FLOAT32_SCALAR: Arith = { round: f32, exp: libmExpf, erf: libmErff, tanh: libmTanhf };
const FLOAT32_VECTOR: Arith = { round: f32, exp: sleefExpf, erf: libmErff, tanh: sleefTanhf };

function sigmoidOf(x: number, a: Arith): number {
  const r = a.round;
  return r(1 / r(1 + a.exp(-x)));
}

/** The operations of the first console pages: elementary functions taken as correctly rounded on the scalar path. */
type FirstOp = Extract<TorchOp, { kind: 'gelu' | 'relu' | 'leaky_relu' | 'silu' | 'sigmoid' | 'gelu_sigmoid' }>;
/** The operations whose every elementary function is ported bit for bit (SLEEF and glibc). */
type PortedOp = Exclude<TorchOp, FirstOp | { kind: 'reference' }>;

function isPorted(op: TorchOp): op is PortedOp {
  switch (op.kind) {
    case 'tanh':
    case 'elu':
    case 'selu':
    case 'softplus':
    case 'mish':
    case 'hardswish':
      return true;
    default:
      return false;
  }
}

function forwardOne(op: FirstOp, x: number, a: Arith): number {
  const r = a.round;
  switch (op.kind) {
    case 'gelu': {
      if (op.approximate === 'none') {
        const alpha = a === FLOAT64 ? Math.SQRT1_2 : SQRT1_2_F;
        return r(r(x * 0.5) * r(1 + a.erf(r(x * alpha))));
      }
      const beta = r(TANH_BETA);
      const kappa = r(TANH_KAPPA);
      const cube = r(r(x * x) * x);
      const inner = r(beta * r(x + r(kappa * cube)));
      return r(r(0.5 * x) * r(1 + a.tanh(inner)));
    }
    case 'relu':
      // clamp_min(x, 0): NaN stays NaN, -0 stays -0, -inf becomes 0.
      return Number.isNaN(x) || !(x < 0) ? x : 0;
    case 'leaky_relu':
      return x > 0 ? x : r(x * r(op.negativeSlope));
    case 'silu':
      return r(x / r(1 + a.exp(-x)));
    case 'sigmoid':
      return sigmoidOf(x, a);
    case 'gelu_sigmoid':
      return r(x * sigmoidOf(r(x * r(SIGMOID_GELU_SCALE)), a));
  }
}

/** d output / d x with dy = 1, by the formulas of PyTorch's backward kernels. */
function backwardOne(op: FirstOp, x: number, y: number, a: Arith): number {
  const r = a.round;
  switch (op.kind) {
    case 'gelu': {
      if (op.approximate === 'none') {
        const cdf = r(0.5 * r(1 + a.erf(r(x * r(Math.SQRT1_2)))));
        const pdf = r(r(PDF_BETA) * a.exp(r(r(x * x) * -0.5)));
        return r(cdf + r(x * pdf));
      }
      const beta = r(TANH_BETA);
      const kappa = r(TANH_KAPPA);
      const xSq = r(x * x);
      const inner = r(beta * r(x + r(kappa * r(xSq * x))));
      const tanhInner = a.tanh(inner);
      const left = r(0.5 * x);
      const right = r(1 + tanhInner);
      const leftDerivative = r(0.5 * right);
      const tanhDerivative = r(1 - r(tanhInner * tanhInner));
      const innerDerivative = r(beta * r(1 + r(r(3 * kappa) * xSq)));
      const rightDerivative = r(r(left * tanhDerivative) * innerDerivative);
      return r(leftDerivative + rightDerivative);
    }
    case 'relu':
      // threshold_backward(grad, output, 0): zero where output <= 0 (so at 0), else grad.
      return y <= 0 ? 0 : 1;
    case 'leaky_relu':
      return x > 0 ? 1 : r(op.negativeSlope);
    case 'silu': {
      const s = r(1 / r(1 + a.exp(-x)));
      return r(s * r(1 + r(x * r(1 - s))));
    }
    case 'sigmoid':
      return r(r(1 - y) * y);
    case 'gelu_sigmoid': {
      const scale = r(SIGMOID_GELU_SCALE);
      const s = sigmoidOf(r(x * scale), a);
      const throughSigmoid = r(r(r(x * r(1 - s)) * s) * scale);
      return r(s + throughSigmoid);
    }
  }
}

// --- Tanh, ELU, SELU, Softplus, Mish, Hardswish ---------------------------------------------------
// ATen's kernels (Activation.cpp, and UnaryOpsKernel.cpp's vml path for tanh) step by step. In the
// AVX2 build GCC fuses `a * b + c` into one FMA in both the vector and the scalar lambdas
// (-ffp-contract=fast is GCC's default for C++); `fma` marks the places where it does. The
// fixture tells the two apart: unfused, 1,279 of its 2,063 float32 tanh gradients would differ.

/** Elementary functions of one dtype and one code path, each as the library computes it. */
interface Libm {
  readonly round: (x: number) => number;
  readonly fma: (a: number, b: number, c: number) => number;
  readonly exp: (x: number) => number;
  readonly log1p: (x: number) => number;
  readonly tanh: (x: number) => number;
}

/** Vectorized<float>: SLEEF's u10 functions (AVX2). */
const SLEEF_FLOAT32: Libm = { round: f32, fma: fma32, exp: sleefExpf, log1p: sleefLog1pfU10, tanh: sleefTanhfU10 };
/** The scalar lambda: glibc's expf, log1pf and tanhf. */
const GLIBC_FLOAT32: Libm = { round: f32, fma: fma32, exp: glibcExpf, log1p: glibcLog1pf, tanh: glibcTanhf };
const identity = (x: number): number => x;
/** Vectorized<double>: SLEEF's double u10 functions. */
const SLEEF_FLOAT64: Libm = { round: identity, fma: fma64, exp: sleefExpU10, log1p: sleefLog1pU10, tanh: sleefTanhU10 };
/** The scalar lambda on doubles: glibc's exp, log1p and tanh. */
const GLIBC_FLOAT64: Libm = { round: identity, fma: fma64, exp: glibcExp, log1p: glibcLog1p, tanh: glibcTanh };

// at::selu calls at::elu(x, SELU_ALPHA, SELU_SCALE); the kernel multiplies the two in the dtype.
const SELU_ALPHA = 1.6732632423543772848170429916717;
const SELU_SCALE = 1.0507009873554804934193349852946;

/** elu_kernel's negcoef (α·scale) and poscoef (scale), in the dtype. */
function eluCoefficients(op: Extract<PortedOp, { kind: 'elu' | 'selu' }>, r: (x: number) => number): [number, number] {
  if (op.kind === 'selu') return [r(r(SELU_ALPHA) * r(SELU_SCALE)), r(SELU_SCALE)];
  return [r(op.alpha), 1];
}

/**
 * The forward of a ported op for one element with the functions of its code path. The vector and
 * scalar lambdas differ only in those functions here (a NaN input gives NaN either way).
 */
function forwardPorted(op: PortedOp, x: number, m: Libm): number {
  const r = m.round;
  switch (op.kind) {
    case 'tanh':
      return m.tanh(x);
    case 'elu':
    case 'selu': {
      // x <= 0 ? (exp(x·1) − 1)·α·scale : x·scale. exp − 1, not expm1: float32 ELU is exactly 0
      // for x in about (−3e-8, 0), ELU(−1e-6) is −1.0133e-06, and −0 gives +0.
      const [negcoef, poscoef] = eluCoefficients(op, r);
      return x > 0 ? r(x * poscoef) : r(r(m.exp(x) - 1) * negcoef);
    }
    case 'softplus': {
      const beta = r(op.beta);
      const xb = r(x * beta);
      return xb > r(op.threshold) ? x : r(m.log1p(m.exp(xb)) / beta);
    }
    case 'mish':
      return r(x * m.tanh(m.log1p(m.exp(x))));
    case 'hardswish':
      // x·min(max(x + 3, 0), 6) / 6 with NaN propagated: hardswish(−inf) = −inf·0 = nan.
      return r(r(x * Math.min(Math.max(r(x + 3), 0), 6)) / 6);
  }
}

/** d output / d x (dy = 1) by the backward kernel's formula; `vector` selects its lambda. */
function backwardPorted(op: PortedOp, x: number, y: number, m: Libm, vector: boolean): number {
  const r = m.round;
  switch (op.kind) {
    case 'tanh':
      // tanh_backward(grad, y) = grad·(1 − y·y), 1 − y·y fused.
      return m.fma(-y, y, 1);
    case 'elu':
    case 'selu': {
      // elu_backward(grad, α, scale, 1, is_result=false, x): x <= 0 ? α·scale·exp(x) : scale. The
      // vector lambda blends on x > 0 and so gives nan at nan; the scalar one gives scale.
      const [negcoef, poscoef] = eluCoefficients(op, r);
      if (x > 0 || (!vector && Number.isNaN(x))) return poscoef;
      return r(negcoef * m.exp(x));
    }
    case 'softplus': {
      const beta = r(op.beta);
      const xb = r(x * beta);
      if (xb > r(op.threshold)) return 1;
      const z = m.exp(xb);
      return r(z / r(z + 1));
    }
    case 'mish': {
      const sigmoid = r(1 / r(1 + m.exp(-x)));
      const t = m.tanh(m.log1p(m.exp(x)));
      return m.fma(r(x * sigmoid), m.fma(-t, t, 1), t);
    }
    case 'hardswish':
      // Scalar: x < −3 ? 0 : x <= 3 ? x/3 + 1/2 : 1. Vector: blends on x >= 3 first, so the
      // gradient at exactly 3 is 1 inside full blocks and 1.5 in the tail; nan gives nan there.
      if (x < -3) return 0;
      if (vector ? x >= 3 : x > 3 || Number.isNaN(x)) return 1;
      return r(r(x / 3) + 0.5);
  }
}

/** Which code path PyTorch takes for element i of n (float32; float64 is always accurate here). */
function arithFor(dtype: Dtype, index: number, count: number): Arith {
  if (dtype === 'float64') return FLOAT64;
  return index < count - (count % ATEN_FLOAT_BLOCK) ? FLOAT32_VECTOR : FLOAT32_SCALAR;
}

/**
 * Runs `output = op(input_data)` (and, with requires_grad, `output.sum().backward()`) and
 * returns the three tensors the page prints. Input values are first rounded to the dtype.
 * @example runOp({ kind: 'gelu', approximate: 'none' }, { data: [-3, 0, 3], dtype: 'float32', requiresGrad: false })
 */
export function runOp(op: TorchOp, input: TorchInput): TorchRun {
  const shape = shapeOf(input.data);
  const xs = flatten(input.data).map(castTo(input.dtype));
  const n = xs.length;
  let ys: number[];
  let grads: number[] | null;
  if (op.kind === 'reference') {
    const round = castTo(input.dtype);
    ys = xs.map((x) => round(op.f(x)));
    grads = input.requiresGrad ? xs.map((x) => round(op.df(x))) : null;
  } else if (isPorted(op)) {
    const block = input.dtype === 'float32' ? ATEN_FLOAT_BLOCK : ATEN_DOUBLE_BLOCK;
    const full = n - (n % block);
    const float64 = input.dtype === 'float64';
    const libm = (vector: boolean): Libm =>
      vector ? (float64 ? SLEEF_FLOAT64 : SLEEF_FLOAT32) : float64 ? GLIBC_FLOAT64 : GLIBC_FLOAT32;
    // torch.tanh runs the vml path: SLEEF on every element, the tail as a zero-padded vector.
    ys = xs.map((x, i) => forwardPorted(op, x, libm(op.kind === 'tanh' || i < full)));
    grads = input.requiresGrad
      ? xs.map((x, i) => backwardPorted(op, x, ys[i] ?? Number.NaN, libm(i < full), i < full))
      : null;
  } else {
    // Float32 GELU (erf) on 2+ elements goes through oneDNN; one element through ATen's scalar path.
    const useDnnl = op.kind === 'gelu' && op.approximate === 'none' && input.dtype === 'float32' && n > 1;
    ys = xs.map((x, i) => (useDnnl ? dnnlGeluErf(x) : forwardOne(op, x, arithFor(input.dtype, i, n))));
    grads = input.requiresGrad
      ? xs.map((x, i) => backwardOne(op, x, ys[i] ?? Number.NaN, arithFor(input.dtype, i, n)))
      : null;
  }
  const data = shape.length === 0 ? (xs[0] ?? Number.NaN) : unflatten(xs, shape);
  const out = shape.length === 0 ? (ys[0] ?? Number.NaN) : unflatten(ys, shape);
  return {
    input: { data, dtype: input.dtype, requiresGrad: input.requiresGrad },
    output: { data: out, dtype: input.dtype, ...(input.requiresGrad ? { gradFn: gradFnName(op) } : {}) },
    grad:
      grads === null
        ? null
        : { data: shape.length === 0 ? (grads[0] ?? Number.NaN) : unflatten(grads, shape), dtype: input.dtype },
  };
}
