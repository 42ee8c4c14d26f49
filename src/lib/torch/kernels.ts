// Float32 and float64 arithmetic as PyTorch's CPU kernels do it, step by step, so that the printed
// digits (and, where the kernel is known, every bit) agree with what PyTorch 1.13 prints on an
// x86-64 CPU with AVX2:
// - nn.GELU() on float32 tensors of 2+ elements runs oneDNN's `eltwise_gelu_erf` JIT kernel:
//   Abramowitz–Stegun 7.1.26 for erf, oneDNN's own exp polynomial, and `S + S·erf` as one FMA;
// - ATen's vectorised loop runs blocks of 16 floats (8 doubles) with SLEEF's functions and the
//   remaining elements with glibc's scalar ones.
// Every constant below is the value the kernels load. The first ops (GELU, SiLU, Sigmoid) use
// stand-ins for some functions: libmExpf, libmErff and libmTanhf take the C library as
// correctly rounded, and sleefTanhf takes SLEEF's tanhf interior as correctly rounded. Tanh,
// ELU, SELU, Softplus, Mish and Hardswish use ports of the libraries' own code (SLEEF 3.5 and
// glibc 2.36 as Debian 12 ships them), checked bit for bit against them (see
// test/lib/torch/evaluate-more.test.ts).
import { erf } from '../math/erf.ts';

const f32 = Math.fround;

// --- exact arithmetic: fused multiply-add in float32 and float64 ------------------------------

/**
 * Fused multiply-add of float32 values rounded once to float32, as the FMA instruction does.
 * a·b of two floats is exact in a double; the sum a·b + c is rounded twice (to double, then to
 * float32), which can only go wrong when the double lands exactly halfway between two floats:
 * the rounding error of the double sum then decides the side.
 */
export function fma32(a: number, b: number, c: number): number {
  const p = a * b;
  const s = p + c;
  const r = f32(s);
  if (r === s || !Number.isFinite(s)) return r;
  const bv = s - p;
  const err = p - (s - bv) + (c - bv);
  const other = 2 * s - r;
  if (err === 0 || f32(other) !== other) return r;
  // s is a float32 midpoint and the exact sum lies on the side of err.
  return err > 0 ? Math.max(r, other) : Math.min(r, other);
}

/** Eight bytes for reading and writing bit patterns (big-endian through the DataView methods). */
const SCRATCH = new DataView(new ArrayBuffer(8));

/** The float32 whose IEEE-754 bits are `bits`. */
function fromBits(bits: number): number {
  const view = SCRATCH;
  view.setUint32(0, bits);
  return view.getFloat32(0);
}

/** The double whose IEEE-754 bits are `bits`. */
function fromBits64(bits: bigint): number {
  const view = SCRATCH;
  view.setBigUint64(0, BigInt.asUintN(64, bits));
  return view.getFloat64(0);
}

/** The IEEE-754 bits of the double x. */
function bits64(x: number): bigint {
  const view = SCRATCH;
  view.setFloat64(0, x);
  return view.getBigUint64(0);
}

/** Doubles from a string of 16-hex-digit bit patterns, each adjusted by `bits(pattern, index)`. */
function hexTable(hex: string, bits: (pattern: bigint, index: number) => bigint): Float64Array {
  return Float64Array.from({ length: hex.length / 16 }, (_, i) =>
    fromBits64(bits(BigInt(`0x${hex.slice(16 * i, 16 * i + 16)}`), i)),
  );
}

// One double seen as two 32-bit words, for the last-bit tests of rounding to odd.
const WORD_F64 = new Float64Array(1);
const WORD_U32 = new Uint32Array(WORD_F64.buffer);
WORD_F64[0] = 1;
const LOW = WORD_U32[1] === 0x3ff00000 ? 0 : 1; // the low word's index (platform byte order)

/** The low-order 27-bit split of Veltkamp: v = hi + lo with hi holding 26 bits. */
function splitHigh(v: number): number {
  const t = 134217729 * v; // 2^27 + 1
  return t - (t - v);
}

/** s moved one ulp away from zero (up) or towards it (down), by its bit pattern. */
function stepUlp(s: number, up: boolean): number {
  WORD_F64[0] = s;
  const low = WORD_U32[LOW] ?? 0;
  const high = 1 - LOW;
  if (up) {
    WORD_U32[LOW] = low + 1;
    if (low === 0xffffffff) WORD_U32[high] = (WORD_U32[high] ?? 0) + 1;
  } else {
    WORD_U32[LOW] = low - 1;
    if (low === 0) WORD_U32[high] = (WORD_U32[high] ?? 0) - 1;
  }
  return WORD_F64[0];
}

/** A finite double as m·2^e with an integer m. */
function toScaled(x: number): [bigint, number] {
  const bits = bits64(x);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & 0xfffffffffffffn;
  const m = biased === 0 ? fraction : fraction | 0x10000000000000n;
  return [bits >> 63n === 1n ? -m : m, (biased === 0 ? 1 : biased) - 1075];
}

/** m·2^e rounded to the nearest double, ties to even (subnormals and overflow included). */
function roundScaled(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const negative = m < 0n;
  let a = negative ? -m : m;
  const length = a.toString(2).length;
  // Keep 53 bits, or fewer where the result is subnormal (its last bit is 2^-1074).
  const drop = Math.max(length - 53, -1074 - e);
  if (drop > 0) {
    const shift = BigInt(drop);
    const half = 1n << (shift - 1n);
    const rest = a & ((1n << shift) - 1n);
    a >>= shift;
    if (rest > half || (rest === half && (a & 1n) === 1n)) a += 1n;
    e += drop;
  }
  const value = Number(a) * 2 ** Math.max(e, -1074) * 2 ** Math.min(e + 1074, 0);
  return negative ? -value : value;
}

/** a·b + c with one rounding, in exact integer arithmetic (any finite doubles). */
function fma64Exact(a: number, b: number, c: number): number {
  const [ma, ea] = toScaled(a);
  const [mb, eb] = toScaled(b);
  const [mc, ec] = toScaled(c);
  const ep = ea + eb;
  const e = Math.min(ep, ec);
  const sum = ((ma * mb) << BigInt(ep - e)) + (mc << BigInt(ec - e));
  if (sum === 0n) return a * b + c; // the sign of an exact zero, as IEEE-754 gives it
  return roundScaled(sum, e);
}

/**
 * Fused multiply-add of doubles rounded once, as the FMA instruction does: Boldo and
 * Melquiond's emulation (Dekker's exact product, Knuth's two-sum, the low parts added with
 * rounding to odd) where the error terms stay normal numbers, exact integer arithmetic elsewhere.
 */
export function fma64(a: number, b: number, c: number): number {
  const p = a * b;
  if (!Number.isFinite(p) || !Number.isFinite(c) || p === 0) return p + c;
  const safe = Math.abs(a) < 2 ** 995 && Math.abs(b) < 2 ** 995 && Math.abs(p) > 2 ** -960 && Math.abs(c) < 2 ** 1000;
  if (!safe) return fma64Exact(a, b, c);
  // a·b = p + pl exactly.
  const ah = splitHigh(a);
  const al = a - ah;
  const bh = splitHigh(b);
  const bl = b - bh;
  const pl = al * bl - (p - ah * bh - al * bh - ah * bl);
  // c + p = th + tl exactly.
  const th = c + p;
  const pv = th - c;
  const tl = c - (th - pv) + (p - pv);
  // tl + pl rounded to odd: when inexact, the neighbour whose last bit is 1.
  let v = tl + pl;
  const vv = v - tl;
  const err = tl - (v - vv) + (pl - vv);
  if (err !== 0) {
    WORD_F64[0] = v;
    if (((WORD_U32[LOW] ?? 0) & 1) === 0) v = stepUlp(v, v > 0 === err > 0);
  }
  return th + v;
}

/** Elements per iteration of ATen's vectorised loop for float32 with AVX2 (2 × 8 lanes). */
export const ATEN_FLOAT_BLOCK = 16;

/** Elements per iteration of ATen's vectorised loop for float64 with AVX2 (2 × 4 lanes). */
export const ATEN_DOUBLE_BLOCK = 8;

// --- oneDNN (jit_uni_eltwise_injector_f32): exp and gelu_erf ---------------------------------

const DNNL_LOG2E = fromBits(0x3fb8aa3b);
const DNNL_LN_FLT_MAX = fromBits(0x42b17218);
const DNNL_LN_FLT_MIN = fromBits(0xc2aeac50);
const DNNL_LN2 = fromBits(0x3f317218);
const DNNL_EXP_POL = [0x3f7ffffb, 0x3efffee3, 0x3e2aad40, 0x3d2b9d0d, 0x3c07cfce].map(fromBits) as [
  number,
  number,
  number,
  number,
  number,
];
const DNNL_ERF_P = fromBits(0x3ea7ba05);
const DNNL_SQRT1_2 = fromBits(0x3f3504f3);
const DNNL_ERF_POL = [0x3e827906, 0xbe91a98e, 0x3fb5f0e3, 0xbfba00e3, 0x3f87dc22].map(fromBits) as [
  number,
  number,
  number,
  number,
  number,
];

/** oneDNN's exp: 2·2^(n−1)·p(r) with r = x − n·ln 2, zero below ln(FLT_MIN). */
export function dnnlExp(x: number): number {
  const tiny = x < DNNL_LN_FLT_MIN;
  const clamped = Math.max(Math.min(x, DNNL_LN_FLT_MAX), DNNL_LN_FLT_MIN);
  const n = Math.floor(f32(f32(clamped * DNNL_LOG2E) + 0.5));
  const r = fma32(-n, DNNL_LN2, clamped);
  const scale = tiny ? 0 : 2 ** (n - 1);
  let p = DNNL_EXP_POL[4];
  for (const c of [DNNL_EXP_POL[3], DNNL_EXP_POL[2], DNNL_EXP_POL[1], DNNL_EXP_POL[0], 1]) p = fma32(p, r, c);
  return f32(f32(p * scale) * 2);
}

/** oneDNN's gelu_erf for one float32 lane. */
export function dnnlGeluErf(s: number): number {
  const x = f32(s * DNNL_SQRT1_2);
  const negExp = -dnnlExp(-f32(x * x));
  const t = f32(1 / fma32(DNNL_ERF_P, Math.abs(x), 1));
  const expT = f32(negExp * t);
  let r = DNNL_ERF_POL[4];
  for (const c of [DNNL_ERF_POL[3], DNNL_ERF_POL[2], DNNL_ERF_POL[1], DNNL_ERF_POL[0]]) r = fma32(r, t, c);
  const magnitude = fma32(expT, r, 1);
  const erfValue = x < 0 || Object.is(x, -0) ? -magnitude : magnitude;
  const half = f32(s * 0.5);
  return fma32(erfValue, half, half);
}

// --- SLEEF (sleefsimdsp.c, AVX2 with FMA): expf_u10 and tanhf_u10 ------------------------------

const SLEEF_R_LN2 = f32(1.442695040888963407359924681001892137426645954152985934135449406931);
const SLEEF_L2U = f32(0.693145751953125);
const SLEEF_L2L = f32(1.428606765330187045e-6);
const SLEEF_EXP_POL = [
  0.000198527617612853646278381, 0.00139304355252534151077271, 0.00833336077630519866943359,
  0.0416664853692054748535156, 0.166666671633720397949219, 0.5,
].map(f32);

/** Round half to even, as the vector rint instruction does. */
function rint(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** SLEEF's vector expf (1.0 ulp). */
export function sleefExpf(d: number): number {
  if (Number.isNaN(d)) return Number.NaN;
  if (d > 100) return Infinity;
  if (d < -104) return 0;
  const q = rint(f32(d * SLEEF_R_LN2));
  let s = fma32(q, -SLEEF_L2U, d);
  s = fma32(q, -SLEEF_L2L, s);
  let u = SLEEF_EXP_POL[0] ?? 0;
  for (const c of SLEEF_EXP_POL.slice(1)) u = fma32(u, s, c);
  u = f32(1 + fma32(f32(s * s), u, s));
  return f32(u * 2 ** q);
}

/**
 * SLEEF's vector tanhf: ±1 beyond |x| > 8.664339742, otherwise tanh within 1 ulp. Its
 * double-float interior is taken as correctly rounded here, the one step not reproduced
 * bit for bit (the printed digits agree; see test/lib/torch/evaluate.test.ts).
 */
export function sleefTanhf(x: number): number {
  if (Math.abs(x) > 8.664339742) return Math.sign(x);
  return f32(Math.tanh(x));
}

// --- scalar (C library) paths --------------------------------------------------------------------

/** expf of the C library, correctly rounded. */
export function libmExpf(x: number): number {
  return f32(Math.exp(x));
}

/** erff of the C library, correctly rounded. */
export function libmErff(x: number): number {
  return f32(erf(x));
}

/** tanhf of the C library, correctly rounded. */
export function libmTanhf(x: number): number {
  return f32(Math.tanh(x));
}

// --- SLEEF 3.5 (sleefsimdsp.c/sleefsimddp.c with df.h/dd.h, AVX2 with FMA): tanh, log1p, exp -----
// Ported operation for operation: every operation rounded to the lane type, every vmla/vfma
// fused. A pair [hi, lo] is SLEEF's vfloat2/vdouble2; the helpers serve both widths.

type Pair = readonly [number, number];

/** The lane type of a SLEEF routine: its rounding and its fused multiply-add. */
interface Lane {
  readonly r: (x: number) => number;
  readonly fma: (a: number, b: number, c: number) => number;
}

const F32: Lane = { r: f32, fma: fma32 };
const F64: Lane = { r: (x) => x, fma: (a, b, c) => fma64(a, b, c) };

/** SLEEF's vldexp2: d·2^(q>>1)·2^(q−(q>>1)), two exact power-of-two scalings. */
function ldexp2(d: number, q: number, l: Lane): number {
  const h = q >> 1;
  return l.r(l.r(d * 2 ** h) * 2 ** (q - h));
}

/** add2 (Knuth's two-sum, any order) of a pair and a number. */
function add2PN(x: Pair, y: number, l: Lane): Pair {
  const { r } = l;
  const rx = r(x[0] + y);
  const v = r(rx - x[0]);
  return [rx, r(r(r(x[0] - r(rx - v)) + r(y - v)) + x[1])];
}

/** add2 of two pairs. */
function add2PP(x: Pair, y: Pair, l: Lane): Pair {
  const { r } = l;
  const rx = r(x[0] + y[0]);
  const v = r(rx - x[0]);
  return [rx, r(r(r(x[0] - r(rx - v)) + r(y[0] - v)) + r(x[1] + y[1]))];
}

/** add (fast two-sum, |x| >= |y|) of two pairs. */
function addPP(x: Pair, y: Pair, l: Lane): Pair {
  const { r } = l;
  const rx = r(x[0] + y[0]);
  return [rx, r(r(r(r(x[0] - rx) + y[0]) + x[1]) + y[1])];
}

/** add of a pair and a number (|x| >= |y|). */
function addPN(x: Pair, y: number, l: Lane): Pair {
  const { r } = l;
  const rx = r(x[0] + y);
  return [rx, r(r(r(x[0] - rx) + y) + x[1])];
}

/** add of a number and a pair (|x| >= |y|). */
function addNP(x: number, y: Pair, l: Lane): Pair {
  const { r } = l;
  const rx = r(x + y[0]);
  return [rx, r(r(r(x - rx) + y[0]) + y[1])];
}

/** add of two numbers (|x| >= |y|). */
function addNN(x: number, y: number, l: Lane): Pair {
  const rx = l.r(x + y);
  return [rx, l.r(l.r(x - rx) + y)];
}

/** A pair times a number, the low part by FMA. */
function mulPN(x: Pair, y: number, l: Lane): Pair {
  const rx = l.r(x[0] * y);
  return [rx, l.fma(x[1], y, l.fma(x[0], y, -rx))];
}

/** A pair times a pair. */
function mulPP(x: Pair, y: Pair, l: Lane): Pair {
  const rx = l.r(x[0] * y[0]);
  return [rx, l.fma(x[0], y[1], l.fma(x[1], y[0], l.fma(x[0], y[0], -rx)))];
}

/** The square of a pair. */
function squ(x: Pair, l: Lane): Pair {
  const rx = l.r(x[0] * x[0]);
  return [rx, l.fma(l.r(x[0] + x[0]), x[1], l.fma(x[0], x[0], -rx))];
}

/** 1 / d with a Newton correction in the low part. */
function rec(d: Pair, l: Lane): Pair {
  const qx = l.r(1 / d[0]);
  return [qx, l.r(qx * l.fma(-d[1], qx, l.fma(-d[0], qx, 1)))];
}

/** n / d. */
function div(n: Pair, d: Pair, l: Lane): Pair {
  const t = l.r(1 / d[0]);
  const qx = l.r(n[0] * t);
  const u = l.fma(t, n[0], -qx);
  const qy = l.fma(-d[1], t, l.fma(-d[0], t, 1));
  return [qx, l.fma(qx, qy, l.fma(n[1], t, u))];
}

/** Horner's rule with FMA: ((c0·x + c1)·x + c2)… as SLEEF's vmla chains. */
function horner(x: number, coefficients: readonly number[], l: Lane): number {
  let u = coefficients[0] ?? 0;
  for (let i = 1; i < coefficients.length; i++) u = l.fma(u, x, coefficients[i] ?? 0);
  return u;
}

/**
 * Estrin's scheme as SLEEF's POLYn macros (estrin.h) nest it, coefficients from the highest
 * degree down; `powers` are x, x², x⁴, x⁸ as the caller computed them.
 */
function estrin(powers: readonly number[], coefficients: readonly number[], l: Lane): number {
  const n = coefficients.length;
  if (n === 1) return coefficients[0] ?? 0;
  let k = 1;
  let level = 0;
  while (k * 2 < n) {
    k *= 2;
    level += 1;
  }
  const high = estrin(powers, coefficients.slice(0, n - k), l);
  const low = estrin(powers, coefficients.slice(n - k), l);
  return l.fma(powers[level] ?? 0, high, low);
}

/** x, x², x⁴, x⁸, each a rounded product of the previous one with itself. */
function powersOf(x: number, l: Lane): number[] {
  const x2 = l.r(x * x);
  const x4 = l.r(x2 * x2);
  return [x, x2, x4, l.r(x4 * x4)];
}

/** The constants of expk2 for one lane type. */
interface Expk2Constants {
  readonly rLn2: number;
  readonly l2u: number;
  readonly l2l: number;
  readonly poly: readonly number[];
  readonly c5: number;
  readonly underflow: number;
  /** The double version evaluates its polynomial by Estrin's scheme, the float one by Horner's. */
  readonly estrin: boolean;
}

const EXPK2_F32: Expk2Constants = {
  rLn2: SLEEF_R_LN2,
  l2u: SLEEF_L2U,
  l2l: SLEEF_L2L,
  poly: [0.1980960224e-3, 0.1394256484e-2, 0.8333456703e-2, 0.4166637361e-1].map(f32),
  c5: f32(0.166666659414234244790680580464),
  underflow: -104,
  estrin: false,
};

const SLEEF_R_LN2_D = 1.442695040888963407359924681001892137426645954152985934135449406931;
const SLEEF_L2U_D = 0.69314718055966295651160180568695068359375;
const SLEEF_L2L_D = 0.28235290563031577122588448175013436025525412068e-12;

const EXPK2_F64: Expk2Constants = {
  rLn2: SLEEF_R_LN2_D,
  l2u: SLEEF_L2U_D,
  l2l: SLEEF_L2L_D,
  poly: [
    0.1602472219709932072e-9, 0.2092255183563157007e-8, 0.2505230023782644465e-7, 0.2755724800902135303e-6,
    0.2755731892386044373e-5, 0.2480158735605815065e-4, 0.1984126984148071858e-3, 0.1388888888886763255e-2,
    0.8333333333333347095e-2, 0.4166666666666669905e-1,
  ],
  c5: 0.1666666666666666574,
  underflow: -1000,
  estrin: true,
};

/** SLEEF's expk2f/expk2: exp of a pair, as a pair (the inner exp of tanh). */
function expk2(d: Pair, k: Expk2Constants, l: Lane): Pair {
  const q = rint(l.r(l.r(d[0] + d[1]) * k.rLn2));
  let s = add2PN(d, l.r(q * -k.l2u), l);
  s = add2PN(s, l.r(q * -k.l2l), l);
  const u = k.estrin ? estrin(powersOf(s[0], l), k.poly, l) : horner(s[0], k.poly, l);
  let t = add2PN(mulPN(s, u, l), k.c5, l);
  t = add2PN(mulPP(s, t, l), 0.5, l);
  t = add2PP(s, mulPP(squ(s, l), t, l), l);
  t = addNP(1, t, l);
  if (d[0] < k.underflow) return [0, 0];
  return [ldexp2(t[0], q, l), ldexp2(t[1], q, l)];
}

const SLEEF_TANH_LIMIT_F = f32(8.664339742);

/**
 * SLEEF's vector tanhf_u10, bit for bit: (e^|x| − e^−|x|) / (e^|x| + e^−|x|) in double-float,
 * ±1 beyond |x| > 8.664339742, the sign of x put back by its sign bit (tanh(−0) = −0).
 */
export function sleefTanhfU10(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const ax = Math.abs(x);
  let y = 1;
  if (ax <= SLEEF_TANH_LIMIT_F) {
    const d = expk2([ax, 0], EXPK2_F32, F32);
    const e = rec(d, F32);
    const q = div(addPP(d, [-e[0], -e[1]], F32), addPP(d, e, F32), F32);
    y = f32(q[0] + q[1]);
    if (Number.isNaN(y)) y = 1;
  }
  return x < 0 || Object.is(x, -0) ? -y : y;
}

/** SLEEF's vector tanh_u10 (double), bit for bit: as tanhf_u10 in double-double, ±1 beyond 18.714973875. */
export function sleefTanhU10(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const ax = Math.abs(x);
  let y = 1;
  if (ax <= 18.714973875) {
    const d = expk2([ax, 0], EXPK2_F64, F64);
    const e = rec(d, F64);
    const q = div(add2PP(d, [-e[0], -e[1]], F64), add2PP(d, e, F64), F64);
    y = q[0] + q[1];
    if (Number.isNaN(y)) y = 1;
  }
  return x < 0 || Object.is(x, -0) ? -y : y;
}

/** The unbiased exponent field of a float32 (SLEEF's vilogb2k_vi2_vf: no subnormal handling). */
function exponentField32(x: number): number {
  const view = SCRATCH;
  view.setFloat32(0, x);
  return ((view.getUint32(0) >>> 23) & 0xff) - 0x7f;
}

/** The unbiased exponent field of a double (vilogb2k_vi_vd). */
function exponentField64(x: number): number {
  const view = SCRATCH;
  view.setFloat64(0, x);
  return ((view.getUint32(0) >>> 20) & 0x7ff) - 0x3ff;
}

/** The constants of log1p for one lane type. */
interface Log1pConstants {
  readonly fourThirds: number;
  readonly minNormal: number;
  readonly ln2: Pair;
  readonly poly: readonly number[];
  readonly overflow: number;
  readonly exponent: (x: number) => number;
  readonly estrin: boolean;
}

const LOG1P_F32: Log1pConstants = {
  fourThirds: f32(1 / 0.75),
  minNormal: 2 ** -126,
  ln2: [f32(0.69314718246459960938), f32(-1.904654323148236017e-9)],
  poly: [0.3027294874, 0.3996108174, 0.666669488].map(f32),
  overflow: 1e38,
  exponent: exponentField32,
  estrin: false,
};

const LOG1P_F64: Log1pConstants = {
  fourThirds: 1 / 0.75,
  minNormal: 2 ** -1022,
  ln2: [0.693147180559945286226764, 2.319046813846299558417771e-17],
  poly: [
    0.1532076988502701353, 0.1525629051003428716, 0.1818605932937785996, 0.2222214519839380009, 0.2857142932794299317,
    0.399999999963525199, 0.6666666666667333541,
  ],
  overflow: 1e307,
  exponent: exponentField64,
  estrin: true,
};

/** SLEEF's log1p_u10 in either width: m = d·2^−e + (2^−e − 1) by one FMA, then 2·atanh(m/(2+m)) + e·ln 2. */
function sleefLog1p(d: number, k: Log1pConstants, l: Lane): number {
  if (Number.isNaN(d) || d < -1) return Number.NaN;
  if (d === -1) return -Infinity;
  if (d > k.overflow) return Infinity;
  if (Object.is(d, -0)) return -0;
  const { r } = l;
  let dp1 = r(d + 1);
  const tiny = dp1 < k.minNormal;
  if (tiny) dp1 = r(dp1 * 2 ** 64);
  let e = k.exponent(r(dp1 * k.fourThirds));
  const t = 2 ** -e;
  const m = l.fma(d, t, r(t - 1));
  if (tiny) e -= 64;
  let s = mulPN(k.ln2, e, l);
  const x = div([m, 0], addNN(2, m, l), l);
  const x2 = r(x[0] * x[0]);
  const p = k.estrin ? estrin(powersOf(x2, l), k.poly, l) : horner(x2, k.poly, l);
  s = addPP(s, [r(x[0] * 2), r(x[1] * 2)], l);
  s = addPN(s, r(r(x2 * x[0]) * p), l);
  return r(s[0] + s[1]);
}

/** SLEEF's vector log1pf_u10, bit for bit. */
export function sleefLog1pfU10(d: number): number {
  return sleefLog1p(d, LOG1P_F32, F32);
}

/** SLEEF's vector log1p_u10 (double), bit for bit. */
export function sleefLog1pU10(d: number): number {
  return sleefLog1p(d, LOG1P_F64, F64);
}

const SLEEF_EXP_POL_D = [
  0.2081276378237164457e-8, 0.2511210703042288022e-7, 0.2755762628169491192e-6, 0.2755723402025388239e-5,
  0.2480158687479686264e-4, 0.198412698985586585e-3, 0.1388888888914497797e-2, 0.833333333331493821e-2,
  0.4166666666666602598e-1, 0.1666666666666669072,
];

/**
 * SLEEF's vector exp_u10 (double), bit for bit: s = d − q·ln 2 in two FMAs, e^s by a degree-12
 * polynomial (its first ten terms by Estrin's scheme, then three Horner steps), times 2^q.
 */
export function sleefExpU10(d: number): number {
  if (Number.isNaN(d)) return Number.NaN;
  if (d > 709.78271114955742909217217426) return Infinity;
  if (d < -1000) return 0;
  const q = rint(d * SLEEF_R_LN2_D);
  let s = fma64(q, -SLEEF_L2U_D, d);
  s = fma64(q, -SLEEF_L2L_D, s);
  let u = estrin(powersOf(s, F64), SLEEF_EXP_POL_D, F64);
  for (const c of [0.5, 1, 1]) u = fma64(u, s, c);
  return ldexp2(u, q, F64);
}

// --- glibc 2.36 (sysdeps/ieee754/flt-32, fdlibm's float code): log1pf, expm1f, tanhf -----------
// Plain float32 arithmetic, no FMA (x86-64 glibc builds these without it).

/** The float32 bits of x as a signed int32 (GET_FLOAT_WORD). */
function floatWord(x: number): number {
  const view = SCRATCH;
  view.setFloat32(0, x);
  return view.getInt32(0);
}

/** The float32 whose bits are the int32 w (SET_FLOAT_WORD). */
function wordFloat(w: number): number {
  const view = SCRATCH;
  view.setInt32(0, w | 0);
  return view.getFloat32(0);
}

const GLIBC_LN2_HI = fromBits(0x3f317180);
const GLIBC_LN2_LO = fromBits(0x3717f7d1);
const GLIBC_LP = [0x3f2aaaab, 0x3ecccccd, 0x3e924925, 0x3e638e29, 0x3e3a3325, 0x3e1cd04f, 0x3e178897].map(fromBits) as [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];
const TWO_THIRDS_F = f32(0.66666666666666666);

/** glibc's log1pf (fdlibm's s_log1pf.c), bit for bit. */
export function glibcLog1pf(x: number): number {
  const hx = floatWord(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let c = 0;
  let hu = 0;
  if (hx < 0x3ed413d7) {
    if (ax >= 0x3f800000) return x === -1 ? -Infinity : Number.NaN;
    if (ax < 0x31000000) {
      if (ax < 0x24800000) return x;
      return f32(x - f32(f32(x * x) * 0.5));
    }
    if (hx > 0 || hx <= (0xbe95f61f | 0)) {
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (hx >= 0x7f800000) return f32(x + x);
  if (k !== 0) {
    let u: number;
    if (hx < 0x5a000000) {
      u = f32(1 + x);
      hu = floatWord(u);
      k = (hu >> 23) - 127;
      c = k > 0 ? f32(1 - f32(u - x)) : f32(x - f32(u - 1));
      c = f32(c / u);
    } else {
      u = x;
      hu = floatWord(u);
      k = (hu >> 23) - 127;
      c = 0;
    }
    hu &= 0x007fffff;
    if (hu < 0x3504f7) u = wordFloat(hu | 0x3f800000);
    else {
      k += 1;
      u = wordFloat(hu | 0x3f000000);
      hu = (0x00800000 - hu) >> 2;
    }
    f = f32(u - 1);
  }
  const hfsq = f32(f32(0.5 * f) * f);
  if (hu === 0) {
    if (f === 0) {
      if (k === 0) return 0;
      c = f32(c + f32(k * GLIBC_LN2_LO));
      return f32(f32(k * GLIBC_LN2_HI) + c);
    }
    const r = f32(hfsq * f32(1 - f32(TWO_THIRDS_F * f)));
    if (k === 0) return f32(f - r);
    return f32(f32(k * GLIBC_LN2_HI) - f32(f32(r - f32(f32(k * GLIBC_LN2_LO) + c)) - f));
  }
  const s = f32(f / f32(2 + f));
  const z = f32(s * s);
  let poly = GLIBC_LP[6];
  for (const lp of [GLIBC_LP[5], GLIBC_LP[4], GLIBC_LP[3], GLIBC_LP[2], GLIBC_LP[1], GLIBC_LP[0]])
    poly = f32(lp + f32(z * poly));
  const r = f32(z * poly);
  if (k === 0) return f32(f - f32(hfsq - f32(s * f32(hfsq + r))));
  const tail = f32(f32(s * f32(hfsq + r)) + f32(f32(k * GLIBC_LN2_LO) + c));
  return f32(f32(k * GLIBC_LN2_HI) - f32(f32(hfsq - tail) - f));
}

const GLIBC_INVLN2 = fromBits(0x3fb8aa3b);
const GLIBC_O_THRESHOLD = fromBits(0x42b17180);
const GLIBC_Q = [0xbd088889, 0x3ad00d01, 0xb8a670cd, 0x36867e54, 0xb457edbb].map(fromBits) as [
  number,
  number,
  number,
  number,
  number,
];

/** glibc's expm1f (fdlibm's s_expm1f.c), bit for bit. */
export function glibcExpm1f(xIn: number): number {
  let x = xIn;
  const word = floatWord(x);
  const negative = word < 0;
  const hx = word & 0x7fffffff;
  if (hx >= 0x4195b844) {
    if (hx >= 0x42b17218) {
      if (hx > 0x7f800000) return Number.NaN;
      if (hx === 0x7f800000) return negative ? -1 : x;
      if (x > GLIBC_O_THRESHOLD) return Infinity;
    }
    if (negative) return -1;
  }
  let k: number;
  let c = 0;
  if (hx > 0x3eb17218) {
    let hi: number;
    let lo: number;
    if (hx < 0x3f851592) {
      hi = negative ? f32(x + GLIBC_LN2_HI) : f32(x - GLIBC_LN2_HI);
      lo = negative ? -GLIBC_LN2_LO : GLIBC_LN2_LO;
      k = negative ? -1 : 1;
    } else {
      k = Math.trunc(f32(f32(GLIBC_INVLN2 * x) + (negative ? -0.5 : 0.5)));
      hi = f32(x - f32(k * GLIBC_LN2_HI));
      lo = f32(k * GLIBC_LN2_LO);
    }
    x = f32(hi - lo);
    c = f32(f32(hi - x) - lo);
  } else if (hx < 0x33000000) {
    return x;
  } else k = 0;
  const hfx = f32(0.5 * x);
  const hxs = f32(x * hfx);
  let poly = GLIBC_Q[4];
  for (const q of [GLIBC_Q[3], GLIBC_Q[2], GLIBC_Q[1], GLIBC_Q[0]]) poly = f32(q + f32(hxs * poly));
  const r1 = f32(1 + f32(hxs * poly));
  const t = f32(3 - f32(r1 * hfx));
  let e = f32(hxs * f32(f32(r1 - t) / f32(6 - f32(x * t))));
  if (k === 0) return f32(x - f32(f32(x * e) - hxs));
  e = f32(f32(x * f32(e - c)) - c);
  e = f32(e - hxs);
  if (k === -1) return f32(f32(0.5 * f32(x - e)) - 0.5);
  if (k === 1) {
    if (x < -0.25) return f32(-2 * f32(e - f32(x + 0.5)));
    return f32(1 + f32(2 * f32(x - e)));
  }
  if (k <= -2 || k > 56) {
    const y = f32(1 - f32(e - x));
    return f32(wordFloat(floatWord(y) + (k << 23)) - 1);
  }
  let y: number;
  if (k < 23) {
    const one = wordFloat(0x3f800000 - (0x1000000 >> k));
    y = f32(one - f32(e - x));
  } else {
    const pow = wordFloat((0x7f - k) << 23);
    y = f32(f32(x - f32(e + pow)) + 1);
  }
  return wordFloat(floatWord(y) + (k << 23));
}

/** glibc's tanhf (fdlibm's s_tanhf.c over expm1f), bit for bit. */
export function glibcTanhf(x: number): number {
  const jx = floatWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7f800000) return Number.isNaN(x) ? Number.NaN : Math.sign(x);
  let z: number;
  if (ix < 0x41b00000) {
    if (ix === 0) return x;
    if (ix < 0x24000000) return f32(x * f32(1 + x));
    if (ix >= 0x3f800000) {
      const t = glibcExpm1f(f32(2 * Math.abs(x)));
      z = f32(1 - f32(2 / f32(t + 2)));
    } else {
      const t = glibcExpm1f(f32(-2 * Math.abs(x)));
      z = f32(-t / f32(t + 2));
    }
  } else z = f32(1 - 1e-30);
  return jx >= 0 ? z : -z;
}

// --- glibc 2.36 expf (sysdeps/ieee754/flt-32/e_expf.c, its FMA build __expf_fma) ---------------
// exp(x) = 2^(k/32)·2^(r/32) in double: a 32-entry table and a cubic, three steps fused.

// e_exp2f_data.c's table: bits of 2^(i/32) − (i << 47), 16 hex digits each.
const GLIBC_EXP2F_TABLE =
  '3ff00000000000003fefd9b0d31585743fefb5586cf9890f3fef9301d0125b513fef72b83c7d517b3fef54873168b9aa' +
  '3fef387a6e7562383fef1e9df51fdee13fef06fe0a31b7153feef1a7373aa9cb3feedea64c1234223feece086061892d' +
  '3feebfdad5362a273feeb42b569d4f823feeab07dd4854293feea47eb03a55853feea09e667f3bcd3fee9f75e8ec5f74' +
  '3feea11473eb01873feea589994cce133feeace5422aa0db3feeb737b0cdc5e53feec49182a3f0903feed503b23e255d' +
  '3feee89f995ad3ad3feeff76f2fb5e473fef199bdd85529c3fef3720dcef90693fef5818dcfba4873fef7c97337b9b5f' +
  '3fefa4afa2a490da3fefd0765b6e4540';
let glibcExp2fTable: Float64Array | null = null;

/** The doubles 2^(i/32), i = 0…31, decoded on first use. */
function exp2fTable(): Float64Array {
  glibcExp2fTable ??= hexTable(GLIBC_EXP2F_TABLE, (bits, i) => bits + (BigInt(i) << 47n));
  return glibcExp2fTable;
}
const GLIBC_EXPF_INVLN2N = (0x171547652b82fe / 2 ** 52) * 32;
const GLIBC_EXPF_SHIFT = 1.5 * 2 ** 52;
const GLIBC_EXPF_C = [
  0x1c6af84b912394 / 2 ** 52 / 2 ** 5 / 32 ** 3,
  0x1ebfce50fac4f3 / 2 ** 52 / 2 ** 3 / 32 ** 2,
  0x162e42ff0c52d6 / 2 ** 52 / 2 / 32,
] as const;
const GLIBC_EXPF_OVERFLOW = fromBits(0x42b17217); // 0x1.62e42ep6f
const GLIBC_EXPF_UNDERFLOW = fromBits(0xc2cff1b4); // -0x1.9fe368p6f

/** glibc's expf as x86-64 CPUs with FMA run it (__expf_fma), bit for bit. */
export function glibcExpf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (Math.abs(x) >= 88) {
    if (x === -Infinity) return 0;
    if (x === Infinity || x > GLIBC_EXPF_OVERFLOW) return Infinity;
    if (x < GLIBC_EXPF_UNDERFLOW) return 0;
  }
  const z = GLIBC_EXPF_INVLN2N * x;
  const kd = z + GLIBC_EXPF_SHIFT - GLIBC_EXPF_SHIFT;
  const r = z - kd;
  const j = ((kd % 32) + 32) % 32;
  const s = (exp2fTable()[j] ?? Number.NaN) * 2 ** ((kd - j) / 32);
  const [c0, c1, c2] = GLIBC_EXPF_C;
  const zr = fma64(c0, r, c1);
  const r2 = r * r;
  const y = fma64(zr, r2, fma64(c2, r, 1));
  return f32(y * s);
}

// --- glibc 2.36 double exp (sysdeps/ieee754/dbl-64/e_exp.c, its FMA build __exp_fma) -----------
// exp(x) = 2^(k/128)·e^r: a 128-entry table of 2^(k/128) = H·(1 + T) and a quartic in r.

// e_exp_data.c's table: pairs (bits of T[k], bits of H[k] − (k << 45)), 16 hex digits each.
const GLIBC_EXP_TABLE =
  '00000000000000003ff00000000000003c9b3b4f1a88bf6e3feff63da9fb3335bc7160139cd8dc5d3fefec9a3e778061' +
  'bc905e7a108766d13fefe315e86e7f853c8cd2523567f6133fefd9b0d3158574bc8bce8023f98efa3fefd06b29ddf6de' +
  '3c60f74e61e6c8613fefc74518759bc83c90a3e45b33d3993fefbe3ecac6f3833c979aa65d837b6d3fefb5586cf9890f' +
  '3c8eb51a92fdeffc3fefac922b7247f73c3ebe3d702f9cd13fefa3ec32d3d1a2bc6a033489906e0b3fef9b66affed31b' +
  'bc9556522a2fbd0e3fef9301d0125b51bc5080ef8c4eea553fef8abdc06c31ccbc91c923b9d5f4163fef829aaea92de0' +
  '3c80d3e3e95c55af3fef7a98c8a58e51bc801b15eaa593483fef72b83c7d517bbc8f1ff055de323d3fef6af9388c8dea' +
  '3c8b898c3f1353bf3fef635beb6fcb75bc96d99c7611eb263fef5be084045cd43c9aecf73e3a2f603fef54873168b9aa' +
  'bc8fe782cb86389d3fef4d5022fcd91d3c8a6f4144a6c38d3fef463b88628cd63c807a05b0e4047d3fef3f49917ddc96' +
  '3c968efde3a8a8943fef387a6e7562383c875e18f274487d3fef31ce4fb2a63f3c80472b981fe7f23fef2b4565e27cdd' +
  'bc96b87b3f71085e3fef24dfe1f563813c82f7e16d09ab313fef1e9df51fdee1bc3d219b1a6fbffa3fef187fd0dad990' +
  '3c8b3782720c0ab43fef1285a6e4030b3c6e149289cecb8f3fef0cafa93e2f563c834d754db0abb63fef06fe0a31b715' +
  '3c864201e2ac744c3fef0170fc4cd8313c8fdd395dd3f84a3feefc08b26416ffbc86a3803b8e5b043feef6c55f929ff1' +
  'bc924aedcc4b50683feef1a7373aa9cbbc9907f81b512d8e3feeecae6d05d866bc71d1e83e9436d23feee7db34e59ff7' +
  'bc991919b3ce1b153feee32dc313a8e53c859f48a72a4c6d3feedea64c123422bc9312607a28698a3feeda4504ac801c' +
  'bc58a78f4817895b3feed60a21f72e2abc7c2c9b67499a1b3feed1f5d950a8973c4363ed60c2ac113feece086061892d' +
  '3c9666093b0664ef3feeca41ed1d00573c6ecce1daa103793feec6a2b5c13cd03c93ff8e3f0f12303feec32af0d7d3de' +
  '3c7690cebb7aafb03feebfdad5362a273c931dbdeb54e0773feebcb299fddd0dbc8f94340071a38e3feeb9b2769d2ca7' +
  'bc87deccdc93a3493feeb6daa2cf6642bc78dec6bd0f385f3feeb42b569d4f82bc861246ec7b5cf63feeb1a4ca5d920f' +
  '3c93350518fdd78e3feeaf4736b527da3c7b98b72f8a9b053feead12d497c7fd3c9063e1e21c54093feeab07dd485429' +
  '3c34c7855019c6ea3feea9268a5946b73c9432e62b64c0353feea76f15ad2148bc8ce44a6199769f3feea5e1b976dc09' +
  'bc8c33c53bef4da83feea47eb03a5585bc845378892be9ae3feea34634ccc320bc93cedd785658583feea23882552225' +
  '3c5710aa807e19643feea155d44ca973bc93b3efbf5e22283feea09e667f3bcdbc6a12ad8734b9823feea012750bdabf' +
  'bc6367efb86da9ee3fee9fb23c651a2fbc80dc3d54e088513fee9f7df9519484bc781f647e5a3ecf3fee9f75e8ec5f74' +
  'bc86ee4ac08b7db03fee9f9a48a58174bc8619321e55e68a3fee9feb564267c93c909ccb5e09d4d33feea0694fde5d3f' +
  'bc7b32dcb94da51d3feea11473eb01873c94ecfd5467c06b3feea1ed0130c1323c65ebe1abd66c553feea2f336cf4e62' +
  'bc88a1c52fb3cf423feea427543e1a12bc9369b6f13b37343feea589994cce13bc805e843a19ff1e3feea71a4623c7ad' +
  'bc94d450d872576e3feea8d99b4492ed3c90ad675b0e8a003feeaac7d98a66993c8db72fc1f0eab43feeace5422aa0db' +
  'bc65b6609cc5e7ff3feeaf3216b5448c3c7bf68359f35f443feeb1ae99157736bc93091fa71e3d833feeb45b0b91ffc6' +
  'bc5da9b88b6c1e293feeb737b0cdc5e5bc6c23f97c90b9593feeba44cbc8520fbc92434322f4f9aa3feebd829fde4e50' +
  'bc85ca6cd7668e4b3feec0f170ca07ba3c71affc2b91ce273feec49182a3f0903c6dd235e10a73bb3feec86319e32323' +
  'bc87c504226222633feecc667b5de5653c8b1c86e3e231d53feed09bec4a2d33bc91bbd1d3bcbb153feed503b23e255d' +
  '3c90cc319cee31d23feed99e1330b3583c8469846e735ab33feede6b5579fdbfbc82dfcd978e9db43feee36bbfd3f37a' +
  '3c8c1a7792cb33873feee89f995ad3adbc907b8f4ad1d9fa3feeee07298db666bc55c3d956dcaeba3feef3a2b84f15fb' +
  'bc90a40e3da6f6403feef9728de5593abc68d6f438ad93343feeff76f2fb5e47bc91eee26b588a353fef05b030a1064a' +
  '3c74ffd70a5fddcd3fef0c1e904bc1d2bc91bdfbfa9298ac3fef12c25bd71e093c736eae30af0cb33fef199bdd85529c' +
  '3c8ee3325c9ffd943fef20ab5fffd07a3c84e08fd10959ac3fef27f12e57d14b3c63cdaf384e1a673fef2f6d9406e7b5' +
  '3c676b2c6c9219683fef3720dcef9069bc808a1883ccb5d23fef3f0b555dc3fabc8fad5d3ffffa6f3fef472d4a07897c' +
  'bc900dae3875a9493fef4f87080d89f23c74a385a63d07a73fef5818dcfba487bc82919e2040220f3fef60e316c98398' +
  '3c8e5a50d5c192ac3fef69e603db32853c843a59ac016b4b3fef7321f301b460bc82d52107b43e1f3fef7c97337b9b5f' +
  'bc892ab93b470dc93fef864614f5a1293c74b604603a88d33fef902ee78b3ff63c83c5ec519d72713fef9a51fbc74c83' +
  'bc8ff7128fd391f03fefa4afa2a490dabc8dae98e223747d3fefaf482d8e67f13c8ec3bc41aa20083fefba1bee615a27' +
  '3c842b94c3a9eb323fefc52b376bba973c8a64a931d185ee3fefd0765b6e4540bc8e37bae43be3ed3fefdbfdad9cbe14' +
  '3c77893b4d91cd9d3fefe7c1819e90d83c5305c14160cc893feff3c22b8f71f1';
let glibcExpTable: Float64Array | null = null;

/** The table as doubles [T0, H0, T1, H1, …], decoded on first use. */
function expTable(): Float64Array {
  glibcExpTable ??= hexTable(GLIBC_EXP_TABLE, (bits, i) => (i % 2 === 0 ? bits : bits + (BigInt(i >> 1) << 45n)));
  return glibcExpTable;
}

const GLIBC_EXP_INVLN2N = (0x171547652b82fe / 2 ** 52) * 128;
const GLIBC_EXP_SHIFT = 1.5 * 2 ** 52;
const GLIBC_EXP_NEGLN2HI = -0x162e42fefa0000 / 2 ** 52 / 2 ** 8;
const GLIBC_EXP_NEGLN2LO = -0x1cf79abc9e3b3a / 2 ** 52 / 2 ** 47;
const GLIBC_EXP_C = [
  0x1ffffffffffdbd / 2 ** 52 / 2 ** 2,
  0x1555555555543c / 2 ** 52 / 2 ** 3,
  0x155555cf172b91 / 2 ** 52 / 2 ** 5,
  0x11111167a4d017 / 2 ** 52 / 2 ** 7,
] as const;

/**
 * glibc's exp as x86-64 CPUs with FMA run it (__exp_fma), bit for bit; GCC fuses its
 * a·b + c steps, and |x| > 512 goes through its specialcase scaling.
 */
export function glibcExp(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const ax = Math.abs(x);
  if (ax < 2 ** -54) return 1 + x;
  if (ax >= 1024) return x === -Infinity ? 0 : x === Infinity || x > 0 ? Infinity : 0;
  const z = GLIBC_EXP_INVLN2N * x;
  const kd = z + GLIBC_EXP_SHIFT - GLIBC_EXP_SHIFT;
  const r = fma64(kd, GLIBC_EXP_NEGLN2LO, fma64(kd, GLIBC_EXP_NEGLN2HI, x));
  const idx = ((kd % 128) + 128) % 128;
  const table = expTable();
  const tail = table[2 * idx] ?? 0;
  const high = table[2 * idx + 1] ?? 0;
  const [c2, c3, c4, c5] = GLIBC_EXP_C;
  const r2 = r * r;
  const tmp = fma64(r2 * r2, fma64(r, c5, c4), fma64(r2, fma64(r, c3, c2), tail + r));
  const e = (kd - idx) / 128;
  if (ax < 512) {
    const scale = high * 2 ** e;
    return fma64(scale, tmp, scale);
  }
  if (kd > 0) {
    // The exponent of scale may overflow by up to 460: scale by 2^-1009 first.
    const scale = high * 2 ** (e - 1009);
    return fma64(scale, tmp, scale) * 2 ** 1009;
  }
  const scale = high * 2 ** (e + 1022);
  let y = fma64(scale, tmp, scale);
  if (y < 1) {
    // Round to the subnormal precision before scaling down (no double rounding).
    let lo = fma64(scale, tmp, scale - y);
    const hi = 1 + y;
    lo = 1 - hi + y + lo;
    y = hi + lo - 1;
    if (y === 0) y = 0;
  }
  return 2 ** -1022 * y;
}

// --- glibc 2.36 double log1p, expm1, tanh (sysdeps/ieee754/dbl-64: fdlibm with glibc's split
// polynomials), bit for bit. Debian's libm runs log1p and expm1 as GCC compiled them with FMA
// (expm1 through its FMA ifunc): `fma64` marks each a·b + c the compiler fused (read from the
// machine code of the same sources built with -mfma, which agree with libm on 400,000 inputs).

/** The high 32 bits of a double as a signed int32 (GET_HIGH_WORD). */
function highWord(x: number): number {
  const view = SCRATCH;
  view.setFloat64(0, x);
  return view.getInt32(0);
}

/** x with its high 32 bits replaced by w and its low 32 bits zero. */
function fromHighWord(w: number): number {
  const view = SCRATCH;
  view.setFloat64(0, 0);
  view.setInt32(0, w | 0);
  return view.getFloat64(0);
}

/** x with its high 32 bits replaced by w (SET_HIGH_WORD), low bits kept. */
function withHighWord(x: number, w: number): number {
  const view = SCRATCH;
  view.setFloat64(0, x);
  view.setInt32(0, w | 0);
  return view.getFloat64(0);
}

const GLIBC_LN2_HI_D = 6.9314718036912381649e-1;
const GLIBC_LN2_LO_D = 1.90821492927058770002e-10;
const GLIBC_LP_D = [
  6.66666666666673513e-1, 3.999999999940941908e-1, 2.857142874366239149e-1, 2.222219843214978396e-1,
  1.818357216161805012e-1, 1.531383769920937332e-1, 1.479819860511658591e-1,
] as const;

/** glibc's log1p (double), bit for bit. */
export function glibcLog1p(x: number): number {
  const hx = highWord(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let c = 0;
  let hu = 0;
  if (hx < 0x3fda827a) {
    if (ax >= 0x3ff00000) return x === -1 ? -Infinity : Number.NaN;
    if (ax < 0x3e200000) return ax < 0x3c900000 ? x : fma64(-(x * x), 0.5, x);
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1 - (u - x) : x - (u - 1);
      c /= u;
    } else {
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) u = withHighWord(u, hu | 0x3ff00000);
    else {
      k += 1;
      u = withHighWord(u, hu | 0x3fe00000);
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    if (f === 0) return k === 0 ? 0 : fma64(k, GLIBC_LN2_HI_D, fma64(k, GLIBC_LN2_LO_D, c));
    const r = hfsq * fma64(-0.66666666666666666, f, 1);
    if (k === 0) return f - r;
    return fma64(k, GLIBC_LN2_HI_D, -(r - fma64(k, GLIBC_LN2_LO_D, c) - f));
  }
  const [lp1, lp2, lp3, lp4, lp5, lp6, lp7] = GLIBC_LP_D;
  const s = f / (2 + f);
  const z = s * s;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  // R1 + z2·R2 + z4·R3 + z6·R4 with R1 = z·Lp1 fused into the first sum.
  let r = fma64(z, lp1, z2 * fma64(z, lp3, lp2));
  r = fma64(z4, fma64(z, lp5, lp4), r);
  r = fma64(z6, fma64(z, lp7, lp6), r);
  const sr = s * (hfsq + r);
  if (k === 0) return f - (hfsq - sr);
  return fma64(k, GLIBC_LN2_HI_D, -(hfsq - (sr + fma64(k, GLIBC_LN2_LO_D, c)) - f));
}

const GLIBC_EXPM1_Q = [
  -3.33333333333331316428e-2, 1.58730158725481460165e-3, -7.93650757867487942473e-5, 4.00821782732936239552e-6,
  -2.01099218183624371326e-7,
] as const;

/** glibc's expm1 (double), bit for bit. */
export function glibcExpm1(xIn: number): number {
  let x = xIn;
  const word = highWord(x);
  const negative = word < 0;
  const hx = word & 0x7fffffff;
  if (hx >= 0x4043687a) {
    if (hx >= 0x40862e42) {
      if (Number.isNaN(x)) return Number.NaN;
      if (!Number.isFinite(x)) return negative ? -1 : x;
      if (x > 7.09782712893383973096e2) return Infinity;
    }
    if (negative) return -1;
  }
  let k: number;
  let c = 0;
  if (hx > 0x3fd62e42) {
    let hi: number;
    let lo: number;
    if (hx < 0x3ff0a2b2) {
      hi = negative ? x + GLIBC_LN2_HI_D : x - GLIBC_LN2_HI_D;
      lo = negative ? -GLIBC_LN2_LO_D : GLIBC_LN2_LO_D;
      k = negative ? -1 : 1;
    } else {
      k = Math.trunc(1.442695040888963387 * x + (negative ? -0.5 : 0.5));
      hi = fma64(-k, GLIBC_LN2_HI_D, x);
      lo = k * GLIBC_LN2_LO_D;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (hx < 0x3c900000) {
    return x;
  } else k = 0;
  const [q1, q2, q3, q4, q5] = GLIBC_EXPM1_Q;
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const h2 = hxs * hxs;
  const h4 = h2 * h2;
  const r1 = fma64(h4, fma64(hxs, q5, q4), fma64(h2, fma64(hxs, q3, q2), fma64(hxs, q1, 1)));
  const t = fma64(-r1, hfx, 3);
  let e = hxs * ((r1 - t) / fma64(-x, t, 6));
  if (k === 0) return x - fma64(x, e, -hxs);
  e = fma64(x, e - c, -c);
  e -= hxs;
  if (k === -1) return fma64(x - e, 0.5, -0.5);
  if (k === 1) return x < -0.25 ? -2 * (e - (x + 0.5)) : fma64(2, x - e, 1);
  if (k <= -2 || k > 56) return (1 - (e - x)) * 2 ** k - 1;
  if (k < 20) return (fromHighWord(0x3ff00000 - (0x200000 >> k)) - (e - x)) * 2 ** k;
  return (x - (e + fromHighWord((0x3ff - k) << 20)) + 1) * 2 ** k;
}

/** glibc's tanh (double, fdlibm's over expm1), bit for bit. */
export function glibcTanh(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const ax = Math.abs(x);
  let z: number;
  if (ax === Infinity) z = 1;
  else if (ax < 22) {
    if (ax === 0) return x;
    if (ax < 2 ** -55) return x * (1 + x);
    if (ax >= 1) z = 1 - 2 / (glibcExpm1(2 * ax) + 2);
    else {
      const t = glibcExpm1(-2 * ax);
      z = -t / (t + 2);
    }
  } else z = 1 - 1e-300;
  return x < 0 ? -z : z;
}
