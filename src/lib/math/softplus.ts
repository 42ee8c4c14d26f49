import { relu } from './relu.ts';
import { expMul } from './scaled.ts';
import { sigmoid } from './sigmoid.ts';

// Below t = βx = -700, e^t may be subnormal while e^t/β is not; log1p(e^t) = e^t there.
const TAIL = -700;

/** The largest gap between softplus and ReLU, and where it occurs. */
export interface SoftplusGap {
  x: number;
  gap: number;
}

/**
 * Softplus (1/β)·log(1 + e^(βx)), the mathematical function without `nn.Softplus`'s threshold
 * (PyTorch returns x once βx > 20). Never overflows: x + log1p(e^(-βx))/β for βx > 0.
 * @example softplus(0) // 0.6931471805599453
 */
export function softplus(x: number, beta = 1): number {
  // β·x rounds with relative error 2^-53; the result's condition number in t is at most
  // max(1, |t|) < 1500 wherever it is normal, so this costs under 2e-13 (β = 1, 2 are exact).
  const t = beta * x;
  // log(1 + e^t) = t + log(1 + e^(-t)): exp only ever sees -|t|, and x stays exact.
  if (t > 0) return x + Math.log1p(Math.exp(-t)) / beta;
  if (t < TAIL) return expMul(t, 0, 1 / beta);
  return Math.log1p(Math.exp(t)) / beta;
}

/** Softplus′(x, β) = σ(βx), the logistic sigmoid (no threshold: below 1 for every finite x). */
export function softplusGrad(x: number, beta = 1): number {
  return sigmoid(beta * x);
}

/**
 * Largest softplus(x, β) - relu(x): the gap is softplus(-|x|, β), even and decreasing in |x|,
 * so it peaks at the kink x = 0 with gap log(2)/β.
 */
export function softplusReluMaxGap(beta = 1): SoftplusGap {
  const x = 0;
  return { x, gap: softplus(x, beta) - relu(x) };
}
