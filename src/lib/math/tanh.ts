// Tanh and its slope sech²: the slope is never formed as 1 - tanh², which cancels to 0 from
// |x| ≈ 19 on although sech² stays a normal number up to |x| ≈ 355.

// Beyond this |x|, cosh(x) = e^|x|/2 to double precision, cosh² is about to overflow (at
// |x| ≈ 355) and sech²(x) = 4·e^(-2|x|), which soon becomes subnormal.
const TAIL = 350;

/**
 * Hyperbolic tangent, `nn.Tanh()`: Math.tanh (fdlibm's algorithm in V8, below 1 ulp);
 * tanh(±0) = ±0, tanh(±∞) = ±1.
 * @example tanh(1) // 0.7615941559557649
 */
export function tanh(x: number): number {
  return Math.tanh(x);
}

/**
 * tanh′(x) = sech²(x) = 1/cosh²(x), and 4·e^(-2|x|) once cosh² would overflow: a few ulps
 * everywhere, never above 1; 1 at 0, +0 at ±∞.
 */
export function tanhGrad(x: number): number {
  const a = Math.abs(x);
  if (a > TAIL) {
    // e^(-a) is normal down to a ≈ 708 and 4·e^(-a) is exact: only the last product can
    // round into the subnormal range, so the result is accurate wherever it is normal.
    const h = Math.exp(-a);
    return 4 * h * h;
  }
  // cosh >= 1, so rounding cannot push the result above 1 (4e/(1 + e)² can, next to 0);
  // dividing twice keeps cosh² from overflowing.
  const c = Math.cosh(a);
  return 1 / c / c;
}
