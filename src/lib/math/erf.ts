import stdlibErf from '@stdlib/math-base-special-erf';

// Apart from erfc (./erfc.ts): the page's curves need only erfc, and a CommonJS import is kept
// by the bundler wherever its module is, so erf stays out of the explorer's bundle.

/**
 * Error function erf(x) = 2/√π ∫₀ˣ e^(-t²) dt: the FreeBSD msun `s_erf.c` rational
 * approximations (Sun, 1993) as ported by stdlib; error below 1 ulp.
 * @see https://github.com/stdlib-js/math-base-special-erf
 */
export function erf(x: number): number {
  return stdlibErf(x);
}
