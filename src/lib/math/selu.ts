import { expMul } from './scaled.ts';

/** SELU's α (Klambauer et al. 2017) as PyTorch writes it, 1.6732632423543772848170429916717, to the nearest double. */
export const SELU_ALPHA = 1.6732632423543772848170429916717;

/** SELU's scale λ as PyTorch writes it, 1.0507009873554804934193349852946, to the nearest double. */
export const SELU_SCALE = 1.0507009873554804934193349852946;

/**
 * λ·α: the exact product of PyTorch's two decimals, rounded once (1.7580993408473768). The
 * float64 product SELU_SCALE * SELU_ALPHA is 1 ulp lower, since each factor was rounded first.
 */
export const SELU_SCALE_ALPHA = 1.75809934084737685994021752081231934206024580891220830977098282;

// Below this x, e^x may be subnormal while λα·e^x is not.
const TAIL = -700;

/**
 * SELU (Klambauer et al. 2017): λ·x for x > 0, λα·(e^x - 1) otherwise (Math.expm1);
 * selu(±0) = ±0, selu(-∞) = -λα. `nn.SELU()`.
 * @example selu(1) // 1.0507009873554805
 */
export function selu(x: number): number {
  if (x > 0) return SELU_SCALE * x;
  return SELU_SCALE_ALPHA * Math.expm1(x);
}

/** SELU′(x): λ for x > 0, λα·e^x for x <= 0 (PyTorch's branch at 0, so seluGrad(0) = λα), NaN for NaN. */
export function seluGrad(x: number): number {
  if (x > 0) return SELU_SCALE;
  if (x < TAIL) return expMul(x, 0, SELU_SCALE_ALPHA);
  return SELU_SCALE_ALPHA * Math.exp(x);
}

/** SELU's lower bound -λα ≈ -1.7581: the limit selu(-∞), never reached. */
export function seluLowerBound(): number {
  return selu(-Infinity);
}
