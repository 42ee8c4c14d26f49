import { erfc } from './erf.ts';
import { twoProd, type DoubleDouble } from './dd.ts';
import { expMul } from './scaled.ts';

// 1/√(2π) and 1/√2 as double-double pairs (hi = nearest double; lo = remainder, from mpmath
// at 60 digits), so that neither constant adds its own half-ulp to tail results.
const INV_SQRT_2PI = 0.3989422804014327;
const INV_SQRT_2PI_LO = -2.49232720227773e-17;
const INV_SQRT_2PI_REL_LO = INV_SQRT_2PI_LO / INV_SQRT_2PI;
const SQRT1_2_HI = 0.7071067811865476;
const SQRT1_2_LO = -4.833646656726457e-17;

// Beyond |x| = 40, φ(x) < 1e-348: it and every v·φ(x) used here round to zero.
const PDF_CUTOFF = 40;
// Below x = -20 the lower tail is φ(x)·R(|x|) with R from its continued fraction, which at
// 12 terms is good to 1e-24 there; this also avoids Φ's underflow when x·Φ(x) is still normal.
const TAIL = -20;
const CF_TERMS = 12;

/**
 * v·φ(x) = v·e^(-x²/2)/√(2π) with x² taken exactly (x² = hi + lo) and one final rounding,
 * so it stays within a few ulps wherever the result is normal.
 */
export function pdfMul(x: number, v: number): number {
  if (!(Math.abs(x) <= PDF_CUTOFF)) {
    // Signed zero of v·(tiny) without forming ∞·0 when v is x itself at x = ±∞.
    if (x !== x || v !== v) return Number.NaN;
    return v < 0 ? -0 : 0;
  }
  const sq = twoProd(x, x);
  return expMul(-0.5 * sq.hi, -0.5 * sq.lo + INV_SQRT_2PI_REL_LO, v * INV_SQRT_2PI);
}

/**
 * Mills ratio R(t) = Φ(-t)/φ(t) for t >= 20 by Laplace's continued fraction
 * 1/(t + 1/(t + 2/(t + 3/(t + …)))), evaluated backwards.
 */
export function millsRatio(t: number): number {
  let r = t;
  for (let k = CF_TERMS; k >= 1; k--) r = t + k / r;
  return 1 / r;
}

/** 1/√(2π) as a double-double. */
export const INV_SQRT_2PI_DD: DoubleDouble = { hi: INV_SQRT_2PI, lo: INV_SQRT_2PI_LO };

/** φ(t)/Φ(-t) = 1/R(t) for t >= 1 from four levels of its continued fraction: 5% off at t = 1, 1e-5 at t = 5. */
function roughInverseMills(t: number): number {
  return t + 1 / (t + 2 / (t + 3 / (t + 4 / t)));
}

/** x below which the lower tail is computed as φ(x)·R(-x) instead of through erfc. */
export const NORMAL_TAIL_X = TAIL;

/** Standard normal density φ(x) = e^(-x²/2)/√(2π). */
export function normalPdf(x: number): number {
  return pdfMul(x, 1);
}

/**
 * Standard normal CDF Φ(x) = ½·erfc(-x/√2): erfc, never 1 + erf, so the lower tail keeps its
 * relative accuracy; -x/√2 is formed exactly and its rounding corrected to first order.
 */
export function normalCdf(x: number): number {
  if (x >= -1) return 0.5 * erfc(-x * SQRT1_2_HI);
  if (x >= TAIL) {
    // z = -x/√2 = z.hi + zLo; Φ(x) = ½erfc(z.hi) - √2·φ(x)·zLo + O(zLo²). The correction is
    // at most 3e-14 relative, so φ/Φ = 1/R(-x) only needs a few digits: a short continued
    // fraction gives them without a second exp.
    const z = twoProd(-x, SQRT1_2_HI);
    const zLo = z.lo + -x * SQRT1_2_LO;
    const cdf = 0.5 * erfc(z.hi);
    return cdf - cdf * (Math.SQRT2 * zLo * roughInverseMills(-x));
  }
  // NaN also lands here (every comparison is false) and pdfMul passes it through.
  return pdfMul(x, millsRatio(-x));
}
