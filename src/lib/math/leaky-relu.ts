/**
 * Leaky ReLU (Maas et al. 2013): x for x > 0, alpha·x otherwise (the IEEE product, so -0
 * stays -0); `nn.LeakyReLU(negative_slope=alpha)`.
 */
export function leakyRelu(x: number, alpha = 0.01): number {
  if (x > 0) return x;
  // 0·(-∞) would be NaN; the limit of 0·x from below is -0.
  if (x === -Infinity && alpha === 0) return -0;
  return alpha * x;
}

/** Leaky ReLU'(x): 1 for x > 0, alpha for x <= 0 (PyTorch's convention at 0), NaN for NaN. */
export function leakyReluGrad(x: number, alpha = 0.01): number {
  if (x > 0) return 1;
  return x === x ? alpha : x;
}
