// Results that must stay accurate where an intermediate factor underflows.

/**
 * v·exp(hi + lo) for tiny |lo|, rounded once at the end, so a result that lands in the
 * subnormal range or just above it is not spoilt by an earlier underflow of exp(hi).
 */
export function expMul(hi: number, lo: number, v: number): number {
  // exp(hi/2) stays normal down to hi ≈ -1416 and halving is exact: the last product is
  // the only rounding that can happen below the normal range.
  const h = Math.exp(0.5 * hi);
  // a + a·lo rather than a·(1 + lo): 1 + lo would round lo to a multiple of 2^-53.
  const a = v * h;
  return (a + a * lo) * h;
}

/** 2^-1020: below this, x·g(x) with g(0) = ½ is ½x up to far less than half an ulp. */
export const TINY_X = 2 ** -1020;

/**
 * Correctly rounded ½x + δ with 0 < δ ≪ ulp, for |x| < TINY_X: the value there of any
 * x·g(x) with g(x) = ½ + c·x, c > 0 (GELU, SiLU, swish). Plain x·0.5 breaks the tie at an
 * odd multiple of 2^-1074 to even; the positive δ says it must go up (towards +∞).
 */
export function halfTiny(x: number): number {
  // x·2^1074 counts multiples of the smallest subnormal; it is an integer exact in a double.
  const m = x * 2 ** 1000 * 2 ** 74;
  // Math.ceil keeps the sign of a negative value that rounds to zero (ceil(-0.5) is -0).
  return Math.ceil(m / 2) * 2 ** -1000 * 2 ** -74;
}
