import { dd, ddAdd, ddExp, ddMul, twoProd, twoSum, type DoubleDouble } from './dd.ts';
import { expMul, halfTiny, TINY_X } from './scaled.ts';
import { sigmoidMul, sigmoidPair } from './sigmoid.ts';

// 2·√(2/π) and the exact decimal 0.044715 as double-double pairs (mpmath, 60 digits).
const TWO_C: DoubleDouble = { hi: 1.5957691216057308, lo: -9.96930880911092e-17 };
const K: DoubleDouble = { hi: 0.044715, lo: 2.1960211427085595e-18 };
// |x| > 30 puts 2u beyond ±1970: σ(2u) is exactly 0 or 1 and no double-double is needed
// (it would also overflow Dekker's split for huge x).
const DD_LIMIT = 30;
// Below this |1 + 2x·u′·σ(-2u)|, its cancellation has cost more than 4 bits: redo it exactly.
const CANCELLING = 1 / 32;

/** t = 2u = 2√(2/π)(x + 0.044715x³) as hi + lo, to about 2^-100 relative, for |x| <= 30. */
function twoU(x: number): DoubleDouble {
  const x2 = twoProd(x, x);
  const kx2 = ddMul(K, x2);
  const s = twoSum(1, kx2.hi);
  const inner = { hi: s.hi, lo: s.lo + kx2.lo };
  const p = twoProd(x, inner.hi);
  return ddMul(TWO_C, { hi: p.hi, lo: p.lo + x * inner.lo });
}

/**
 * Tanh-approximated GELU ½x(1 + tanh u), u = √(2/π)(x + 0.044715x³), as `nn.GELU('tanh')`;
 * evaluated as x·σ(2u), which neither overflows nor cancels.
 */
export function geluTanh(x: number): number {
  if (Math.abs(x) < TINY_X) return halfTiny(x);
  if (!(Math.abs(x) <= DD_LIMIT)) {
    // σ(2u) is exactly 1 or 0 out here; x·0 is -0 for x < 0 as the limit requires.
    if (x !== x) return x;
    return x > 0 ? x : -0;
  }
  const t = twoU(x);
  return sigmoidMul(t.hi, t.lo, x);
}

/**
 * Derivative of the tanh GELU: σ(2u) + 2x·σ(2u)σ(-2u)·u′, u′ = √(2/π)(1 + 3·0.044715x²),
 * grouped as σ(2u)·(1 + 2x·u′·σ(-2u)) so no ∞·0 arises; limits 1 at +∞, -0 at -∞.
 */
export function geluTanhGrad(x: number): number {
  if (!(Math.abs(x) <= DD_LIMIT)) {
    if (x !== x) return x;
    // The correction term is below 1e-800 relative out here.
    return x > 0 ? 1 : -0;
  }
  const t = twoU(x);
  // 2x·u′ = 2√(2/π)·x·(1 + 0.134145x²): the factor that multiplies σ(2u)σ(-2u).
  const twoXdu = TWO_C.hi * x * (1 + 3 * K.hi * x * x);
  // Deep in the left tail σ(-2u) = 1 and σ(2u) may be subnormal while the slope is not.
  if (t.hi < -700) return expMul(t.hi, t.lo, 1 + twoXdu);
  const s = sigmoidPair(t.hi, t.lo);
  const tail = 1 + twoXdu * s.neg;
  if (Math.abs(tail) < CANCELLING && t.hi > -2 && t.hi < 0) return nearZero(x, t);
  return s.pos * tail;
}

/**
 * The slope as e^t·(1 + e^t + 2x·u′)/(1 + e^t)² next to its zero x ≈ -0.7525, with the
 * numerator in double-double: relative accuracy right up to the zero.
 */
function nearZero(x: number, t: DoubleDouble): number {
  const x2 = twoProd(x, x);
  const inner = ddAdd(dd(1), ddMul(ddMul(K, dd(3)), x2));
  const twoXdu = ddMul(TWO_C, ddMul(inner, dd(x)));
  const e = ddExp(t.hi, t.lo);
  const n = ddAdd(ddAdd(dd(1), e), twoXdu);
  const d = 1 + e.hi;
  return ((n.hi + n.lo) * e.hi) / d / d;
}
