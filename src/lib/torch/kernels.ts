// Float32 arithmetic as PyTorch's CPU kernels do it, step by step, so that the printed digits
// (and, where the kernel is known, every bit) agree with what PyTorch 1.13 prints on an x86-64
// CPU with AVX2:
// - nn.GELU() on float32 tensors of 2+ elements runs oneDNN's `eltwise_gelu_erf` JIT kernel:
//   Abramowitz–Stegun 7.1.26 for erf, oneDNN's own exp polynomial, and `S + S·erf` as one FMA;
// - SiLU, Sigmoid and the tanh GELU run ATen's vectorised loop in blocks of 16 floats with
//   SLEEF's expf/tanhf, and the remaining elements with the C library's scalar functions.
// Every constant below is the float32 value the kernels load. Only the elementary functions
// of the scalar path (expf, erff, tanhf) are taken as correctly rounded.
import { erf } from '../math/erf.ts';

const f32 = Math.fround;

/** Fused multiply-add rounded once to float32: a·b of two floats is exact in a double. */
export function fma32(a: number, b: number, c: number): number {
  return f32(a * b + c);
}

/** The float32 whose IEEE-754 bits are `bits`. */
function fromBits(bits: number): number {
  const view = new DataView(new ArrayBuffer(4));
  view.setUint32(0, bits);
  return view.getFloat32(0);
}

/** Elements per iteration of ATen's vectorised loop for float32 with AVX2 (2 × 8 lanes). */
export const ATEN_FLOAT_BLOCK = 16;

// --- oneDNN (jit_uni_eltwise_injector_f32): exp and gelu_erf ---------------------------------

const DNNL_LOG2E = fromBits(0x3fb8aa3b);
const DNNL_LN_FLT_MAX = fromBits(0x42b17218);
const DNNL_LN_FLT_MIN = fromBits(0xc2aeac50);
const DNNL_LN2 = fromBits(0x3f317218);
const DNNL_EXP_POL = [0x3f7ffffb, 0x3efffee3, 0x3e2aad40, 0x3d2b9d0d, 0x3c07cfce].map(fromBits) as [number, number, number, number, number];
const DNNL_ERF_P = fromBits(0x3ea7ba05);
const DNNL_SQRT1_2 = fromBits(0x3f3504f3);
const DNNL_ERF_POL = [0x3e827906, 0xbe91a98e, 0x3fb5f0e3, 0xbfba00e3, 0x3f87dc22].map(fromBits) as [number, number, number, number, number];

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
  0.000198527617612853646278381, 0.00139304355252534151077271, 0.00833336077630519866943359, 0.0416664853692054748535156,
  0.166666671633720397949219, 0.5,
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
