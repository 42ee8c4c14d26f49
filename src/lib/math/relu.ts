/**
 * ReLU max(0, x) (Nair & Hinton 2010); relu(-0) = +0 and relu(NaN) = NaN (Math.max agrees
 * on NaN but keeps -0 when it compares ±0, so it is not used).
 */
export function relu(x: number): number {
  if (x > 0) return x;
  return x === x ? 0 : x;
}

/** ReLU'(x): 1 for x > 0, 0 for x <= 0 (PyTorch's relu'(0) = 0), NaN for NaN. */
export function reluGrad(x: number): number {
  if (x > 0) return 1;
  return x === x ? 0 : x;
}
