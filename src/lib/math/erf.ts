import stdlibErf from '@stdlib/math-base-special-erf';
import stdlibErfc from '@stdlib/math-base-special-erfc';

/**
 * Error function erf(x) = 2/√π ∫₀ˣ e^(-t²) dt: the FreeBSD msun `s_erf.c` rational
 * approximations (Sun, 1993) as ported by stdlib; error below 1 ulp.
 * @see https://github.com/stdlib-js/math-base-special-erf
 */
export function erf(x: number): number {
  return stdlibErf(x);
}

/**
 * Complementary error function erfc(x) = 1 - erf(x), computed directly (no cancellation,
 * accurate in the tail down to underflow near x ≈ 27.2): FreeBSD msun via stdlib, < 1 ulp.
 * @see https://github.com/stdlib-js/math-base-special-erfc
 */
export function erfc(x: number): number {
  return stdlibErfc(x);
}
