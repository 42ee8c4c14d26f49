import { expMul } from './scaled.ts';

/** Logistic sigmoid σ(x) = 1 / (1 + e^(-x)), without overflow for any x. */
export function sigmoid(x: number): number {
  // exp only ever sees -|x|, so it cannot overflow; for x < 0 the quotient keeps e^x's
  // full relative accuracy deep into the tail instead of computing 1 - (something ≈ 1).
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** Derivative σ′(x) = σ(x)·σ(-x) = ¼·sech²(x/2): no 1 - σ cancellation, never above ¼. */
export function sigmoidGrad(x: number): number {
  // cosh >= 1, so the result cannot exceed 0.25 by rounding (e/(1 + e)² can, near 0);
  // dividing twice lets only the last step go subnormal.
  const c = Math.cosh(0.5 * x);
  return 0.25 / c / c;
}

/**
 * σ(hi + lo) for a double-double argument: σ(hi)·(1 + lo·σ(-hi)), since d ln σ(t)/dt = σ(-t).
 * Carries the rounding error of an argument such as 1.702x into a relative error of σ.
 */
export function sigmoidDD(hi: number, lo: number): number {
  // s + s·(lo·σ(-hi)) rather than s·(1 + …): 1 + tiny would round the correction away.
  if (hi >= 0) {
    const e = Math.exp(-hi);
    const d = 1 + e;
    const s = 1 / d;
    return s + s * (lo * (e / d));
  }
  const e = Math.exp(hi);
  const d = 1 + e;
  const s = e / d;
  return s + s * (lo / d);
}

/**
 * v·σ(hi + lo) with a single rounding in the subnormal range: for hi < -700, σ(t) = e^t to
 * within e^t relative, and v·e^t may be normal although e^t alone is not.
 */
export function sigmoidMul(hi: number, lo: number, v: number): number {
  if (hi < -700) return expMul(hi, lo, v);
  return v * sigmoidDD(hi, lo);
}

/** σ(t) and σ(-t) for t = hi + lo, with each other's rounding corrections. */
export interface SigmoidPair {
  pos: number;
  neg: number;
}

/**
 * σ(t) and σ(-t) for t = hi + lo from a single exp, each corrected to first order in lo
 * (d ln σ(t)/dt = σ(-t)); for the slopes, which need both.
 */
export function sigmoidPair(hi: number, lo: number): SigmoidPair {
  const e = Math.exp(-Math.abs(hi));
  const d = 1 + e;
  const big = 1 / d;
  const small = e / d;
  const pos = hi >= 0 ? big : small;
  const neg = hi >= 0 ? small : big;
  return { pos: pos + pos * (lo * neg), neg: neg - neg * (lo * pos) };
}
