import { dd, ddAdd, ddExp, twoProd, type DoubleDouble } from './dd.ts';
import { expMul, halfTiny, TINY_X } from './scaled.ts';
import { sigmoidMul, sigmoidPair } from './sigmoid.ts';

// Above t = 750, σ(t) rounds to 1 and t·σ(-t) < 1e-300: x·σ(t) is x and the slope is 1.
const SATURATED = 750;
// Below this |1 + t·σ(-t)|, its cancellation has cost more than 4 bits: redo it exactly.
const CANCELLING = 1 / 32;
// Dekker's split overflows beyond about 2^995; past 1e299 the product's tail is irrelevant.
const SPLIT_LIMIT = 1e299;

/** t = b·x as hi + lo for the double-double slope b = bHi + bLo. */
function slope(x: number, bHi: number, bLo: number): DoubleDouble {
  if (!(Math.abs(x) <= SPLIT_LIMIT)) return { hi: bHi * x, lo: 0 };
  const p = twoProd(bHi, x);
  return { hi: p.hi, lo: p.lo + bLo * x };
}

/**
 * x·σ(b·x) for b = bHi + bLo > 0 (a double-double, so 1.702 can be the exact decimal);
 * shared by swish, silu and the sigmoid-approximated GELU.
 */
export function swishWith(x: number, bHi: number, bLo: number): number {
  if (Math.abs(x) < TINY_X) return halfTiny(x);
  if (x !== x) return x;
  if (x === -Infinity) return -0;
  if (bHi * x > SATURATED) return x;
  const t = slope(x, bHi, bLo);
  return sigmoidMul(t.hi, t.lo, x);
}

/** d/dx of x·σ(b·x) = σ(t)·(1 + t·σ(-t)), t = b·x, for b = bHi + bLo > 0. */
export function swishGradWith(x: number, bHi: number, bLo: number): number {
  if (x !== x) return x;
  if (bHi * x > SATURATED) return 1;
  const t = slope(x, bHi, bLo);
  // The exact value tends to 0 from below; also avoids (-∞)·0 from the product below.
  if (t.hi === -Infinity) return -0;
  // Deep in the left tail σ(-t) = 1 and σ(t) = e^t may be subnormal while the slope is not.
  if (t.hi < -700) return expMul(t.hi, t.lo, 1 + t.hi);
  const s = sigmoidPair(t.hi, t.lo);
  const tail = 1 + t.hi * s.neg;
  if (Math.abs(tail) < CANCELLING && t.hi > -2 && t.hi < 0) return nearZero(t);
  return s.pos * tail;
}

/**
 * σ(t)(1 + t·σ(-t)) = e^t·(1 + t + e^t)/(1 + e^t)² next to its zero t ≈ -1.2785, with the
 * numerator in double-double: relative accuracy right up to the zero.
 */
function nearZero(t: DoubleDouble): number {
  const e = ddExp(t.hi, t.lo);
  const n = ddAdd(ddAdd(dd(1), t), e);
  const d = 1 + e.hi;
  return ((n.hi + n.lo) * e.hi) / d / d;
}

/**
 * Swish x·σ(βx) (Ramachandran et al. 2017) for β > 0; swish(x, 1) is SiLU.
 * @example swish(1, 1) // 0.7310585786300049
 */
export function swish(x: number, beta: number): number {
  return swishWith(x, beta, 0);
}

/** d/dx swish(x, β) = σ(βx)·(1 + βx·σ(-βx)), free of 1 - σ cancellation and of ∞·0. */
export function swishGrad(x: number, beta: number): number {
  return swishGradWith(x, beta, 0);
}
