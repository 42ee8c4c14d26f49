// Forward and backward of the page's PyTorch example, as PyTorch 1.13 computes them on a CPU:
// inputs rounded to the tensor's dtype, every operation rounded like the kernel rounds it (see
// kernels.ts), PyTorch's edge cases kept where they differ from the mathematical limit
// (GELU and SiLU of -inf print nan; float64 GELU is 0 below about -8.4).
import { erf } from '../math/erf.ts';
import {
  ATEN_FLOAT_BLOCK,
  dnnlGeluErf,
  libmErff,
  libmExpf,
  libmTanhf,
  sleefExpf,
  sleefTanhf,
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
  | { readonly kind: 'gelu_sigmoid' };

/** The `grad_fn` PyTorch attaches to the output of each operation. */
export function gradFnName(op: TorchOp): string {
  switch (op.kind) {
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

function forwardOne(op: TorchOp, x: number, a: Arith): number {
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
function backwardOne(op: TorchOp, x: number, y: number, a: Arith): number {
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
  // Float32 GELU (erf) on 2+ elements goes through oneDNN; one element through ATen's scalar path.
  const useDnnl = op.kind === 'gelu' && op.approximate === 'none' && input.dtype === 'float32' && n > 1;
  const ys = xs.map((x, i) => (useDnnl ? dnnlGeluErf(x) : forwardOne(op, x, arithFor(input.dtype, i, n))));
  const grads = input.requiresGrad ? xs.map((x, i) => backwardOne(op, x, ys[i] ?? Number.NaN, arithFor(input.dtype, i, n))) : null;
  const data = shape.length === 0 ? (xs[0] ?? Number.NaN) : unflatten(xs, shape);
  const out = shape.length === 0 ? (ys[0] ?? Number.NaN) : unflatten(ys, shape);
  return {
    input: { data, dtype: input.dtype, requiresGrad: input.requiresGrad },
    output: { data: out, dtype: input.dtype, ...(input.requiresGrad ? { gradFn: gradFnName(op) } : {}) },
    grad: grads === null ? null : { data: shape.length === 0 ? (grads[0] ?? Number.NaN) : unflatten(grads, shape), dtype: input.dtype },
  };
}
