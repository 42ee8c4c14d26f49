import { dd, ddAdd, ddDiv, ddExp, ddMul, twoProd } from './dd.ts';
import { INV_SQRT_2PI_DD, millsRatio, normalCdf, NORMAL_TAIL_X, pdfMul } from './normal.ts';
import { halfTiny, TINY_X } from './scaled.ts';

// Below this |Φ(x) + x·φ(x)| (terms near 0.23), cancellation has cost more than 3 bits.
const CANCELLING = 1 / 32;
// Terms of Φ's series on |x| <= 1: the last is below 1/61!! ≈ 1e-42.
const SERIES_TERMS = 30;

/**
 * GELU(x) = x·Φ(x) (Hendrycks & Gimpel 2016), the exact erf form of `nn.GELU()`.
 * @example gelu(1) // 0.8413447460685429
 */
export function gelu(x: number): number {
  if (Math.abs(x) < TINY_X) return halfTiny(x);
  if (x >= NORMAL_TAIL_X) return x * normalCdf(x);
  if (x === -Infinity) return -0;
  // x·Φ(x) = x·R(-x)·φ(x) with one rounding at the end, so the result stays accurate in the
  // band where Φ(x) is already subnormal but x·Φ(x) is not (NaN passes through pdfMul).
  return pdfMul(x, x * millsRatio(-x));
}

/** GELU'(x) = Φ(x) + x·φ(x); geluGrad(0) = 0.5, limits 1 at +∞ and -0 at -∞. */
export function geluGrad(x: number): number {
  if (x >= NORMAL_TAIL_X) {
    const g = normalCdf(x) + pdfMul(x, x);
    return Math.abs(g) < CANCELLING && x > -1 && x < -0.5 ? nearZero(x) : g;
  }
  if (x === -Infinity) return -0;
  // φ(x)·(R(-x) + x): no cancellation (R ≈ 1/|x| ≪ |x|) and no early underflow.
  return pdfMul(x, millsRatio(-x) + x);
}

/**
 * Φ(x) + x·φ(x) = ½ + φ(x)·(x + Σ x^(2n+1)/(2n+1)!!) in double-double, for x in (-1, -0.5)
 * next to GELU's minimum, where the two terms cancel.
 */
function nearZero(x: number): number {
  const x2 = twoProd(x, x);
  let s = dd(1);
  for (let n = SERIES_TERMS; n >= 1; n--) s = ddAdd(dd(1), ddDiv(ddMul(s, x2), 2 * n + 1));
  const sum = ddAdd(dd(x), ddMul(s, dd(x)));
  const pdf = ddMul(INV_SQRT_2PI_DD, ddExp(-0.5 * x2.hi, -0.5 * x2.lo));
  const g = ddAdd(dd(0.5), ddMul(pdf, sum));
  return g.hi + g.lo;
}
