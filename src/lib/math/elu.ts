import { expMul } from './scaled.ts';

// Below this x, e^x may be subnormal while alpha·e^x is not.
const TAIL = -700;

/**
 * ELU (Clevert et al. 2016): x for x > 0, alpha·(e^x - 1) otherwise, with Math.expm1 so that
 * elu(-1e-12) keeps its digits; elu(±0) = ±0, elu(-∞) = -alpha. `nn.ELU(alpha)`.
 * @example elu(-1) // -0.6321205588285577
 */
export function elu(x: number, alpha = 1): number {
  if (x > 0) return x;
  return alpha * Math.expm1(x);
}

/** ELU′(x): 1 for x > 0, alpha·e^x for x <= 0 (PyTorch's eluGrad(0) = alpha), NaN for NaN. */
export function eluGrad(x: number, alpha = 1): number {
  if (x > 0) return 1;
  if (x < TAIL) return expMul(x, 0, alpha);
  return alpha * Math.exp(x);
}

/** ELU's lower bound -alpha: the limit elu(-∞, alpha), approached but never reached. */
export function eluLowerBound(alpha = 1): number {
  return elu(-Infinity, alpha);
}
