import stdlibErfc from '@stdlib/math-base-special-erfc';

/**
 * Complementary error function erfc(x) = 1 - erf(x), computed directly (no cancellation,
 * accurate in the tail down to underflow near x ≈ 27.2): FreeBSD msun via stdlib, < 1 ulp.
 * @see https://github.com/stdlib-js/math-base-special-erfc
 */
export function erfc(x: number): number {
  return stdlibErfc(x);
}
