/**
 * The q-quantile of ascending-sorted values, interpolating linearly between order statistics
 * (R's type 7, numpy's default): quantileSorted([1, 2, 3, 4], 0.5) = 2.5. NaN when empty.
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(n - 1, lo + 1)] as number;
  return a + (h - lo) * (b - a);
}
