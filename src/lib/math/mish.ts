// Mish in terms of e = e^x alone: with n = e(e + 2) = (1 + e)² - 1,
//   tanh(softplus(x)) = n/(n + 2) and mish′(x) = e·ω/δ², δ = n + 2,
//   ω = 4(x + 1) + e(4x + 6) + 4e² + e³,
// so nothing is computed as 1 - tanh² and no term cancels except in ω next to its zero.
import { dd, ddAdd, ddExp, ddMul, twoSum } from './dd.ts';
import { solveBracketed } from './root.ts';
import { expMul } from './scaled.ts';
import { sigmoid } from './sigmoid.ts';
import { softplus } from './softplus.ts';
import type { Point } from './special.ts';
import { tanh, tanhGrad } from './tanh.ts';

// Below this x, tanh(softplus(x)) = e^x(1 - e^x/2 …) and e^x may be subnormal while x·e^x is
// not: both mish and mish′ become a single product with e^x.
const TAIL = -700;
// Above this x, mish′(x) = 1 + (4x - 2)·e^(-2x) + … rounds to 1 (and 4x + 6 could overflow).
const SATURATED = 25;
// Below this |ω| (its terms are near 1 where it vanishes, x ≈ -1.19), cancellation has cost
// more than 4 bits: redo ω in double-double.
const CANCELLING = 1 / 8;

/**
 * Mish x·tanh(softplus(x)) (Misra 2019), `nn.Mish()`, as x·n/(n + 2) with n = e^x(e^x + 2):
 * a few ulps everywhere; mish(±0) = ±0, mish(-∞) = -0, mish(∞) = ∞.
 * @example mish(1) // 0.8650983882673102
 */
export function mish(x: number): number {
  if (x < TAIL) return x === -Infinity ? -0 : expMul(x, 0, x);
  if (x < 0) {
    const e = Math.exp(x);
    const n = e * (e + 2);
    return (x * n) / (n + 2);
  }
  // n/(n + 2) divided through by e² (u = e^(-x)): no overflow for large x.
  const u = Math.exp(-x);
  return (x * (1 + 2 * u)) / (1 + 2 * u * (1 + u));
}

/**
 * Mish′(x) = tanh(sp) + x·sech²(sp)·σ(x), sp = softplus(x), as e^x·ω/δ² (double-double next
 * to its zero at x ≈ -1.19); 0.6 at 0, -0 at -∞, 1 at ∞.
 */
export function mishGrad(x: number): number {
  if (x < TAIL) return x === -Infinity ? -0 : expMul(x, 0, x + 1);
  if (x > SATURATED) return 1;
  if (x < 0) {
    const e = Math.exp(x);
    const omega = 4 * (x + 1) + e * (4 * x + 6 + e * (4 + e));
    const d = 2 + e * (2 + e);
    if (Math.abs(omega) < CANCELLING && x > -2 && x < -1) return (e * omegaDD(x)) / d / d;
    return (e * omega) / d / d;
  }
  // e·ω/δ² divided through by e⁴ (u = e^(-x)): every term is positive for x >= 0.
  const u = Math.exp(-x);
  const num = 1 + u * (4 + u * (4 * x + 6 + u * 4 * (x + 1)));
  const den = 1 + 2 * u * (1 + u);
  return num / den / den;
}

/** ω = 4(x + 1) + e(4x + 6) + 4e² + e³ with e = e^x, in double-double, for -2 < x < -1. */
function omegaDD(x: number): number {
  const e = ddExp(x, 0);
  // 4x is exact, so 4x + 4 and 4x + 6 are exact as double-doubles.
  const linear = twoSum(4 * x, 4);
  const slope = twoSum(4 * x, 6);
  const inner = ddAdd(dd(4), e);
  const cubic = ddMul(ddMul(e, e), inner);
  const w = ddAdd(linear, ddAdd(ddMul(e, slope), cubic));
  return w.hi + w.lo;
}

/** Mish″(x) = sech²(sp)·σ(x)·(2 + x(1 - σ(x) - 2σ(x)·tanh(sp))), the slope of mishGrad for Newton's method. */
function mishCurvature(x: number): number {
  const sp = softplus(x);
  const s = sigmoid(x);
  return tanhGrad(sp) * s * (2 + x * (1 - s - 2 * s * tanh(sp)));
}

/** Mish's global minimum (≈ (-1.1924, -0.3088)), where mishGrad vanishes, solved to full double precision. */
export function mishMinimum(): Point {
  // mish′(-2) < 0 < mish′(-1): the only sign change of mish′.
  const x = solveBracketed(mishGrad, mishCurvature, -2, -1);
  return { x, y: mish(x) };
}
