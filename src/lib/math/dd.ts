// Double-double arithmetic (Dekker 1971, Knuth's TwoSum): a value is hi + lo with
// |lo| <= ulp(hi)/2, about 106 bits. Used where a result is a small difference of O(1)
// terms (an activation's slope next to its zero) or where an argument's rounding error
// would be magnified (the far tails).

/** Veltkamp's splitting constant 2^27 + 1. */
const SPLITTER = 134217729;

/** A double-double value hi + lo with |lo| <= ulp(hi) / 2. */
export interface DoubleDouble {
  hi: number;
  lo: number;
}

/** Exact product a·b as hi + lo (Dekker); valid for |a|, |b| < 2^995 and no underflow. */
export function twoProd(a: number, b: number): DoubleDouble {
  const hi = a * b;
  let c = SPLITTER * a;
  const ah = c - (c - a);
  const al = a - ah;
  c = SPLITTER * b;
  const bh = c - (c - b);
  const bl = b - bh;
  const lo = al * bl - (hi - ah * bh - al * bh - ah * bl);
  return { hi, lo };
}

/** Exact sum a + b as hi + lo (Knuth's TwoSum). */
export function twoSum(a: number, b: number): DoubleDouble {
  const hi = a + b;
  const bv = hi - a;
  const lo = a - (hi - bv) + (b - bv);
  return { hi, lo };
}

/** Renormalises hi + lo when |lo| may exceed half an ulp of hi (needs |hi| >= |lo|). */
function quickTwoSum(hi: number, lo: number): DoubleDouble {
  const s = hi + lo;
  return { hi: s, lo: lo - (s - hi) };
}

/** Sum of two double-doubles. */
export function ddAdd(a: DoubleDouble, b: DoubleDouble): DoubleDouble {
  const s = twoSum(a.hi, b.hi);
  const t = twoSum(a.lo, b.lo);
  const u = quickTwoSum(s.hi, s.lo + t.hi);
  return quickTwoSum(u.hi, u.lo + t.lo);
}

/** Product of two double-doubles, to about 2^-104 relative. */
export function ddMul(a: DoubleDouble, b: DoubleDouble): DoubleDouble {
  const p = twoProd(a.hi, b.hi);
  return quickTwoSum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

/** Quotient of a double-double by a double. */
export function ddDiv(a: DoubleDouble, d: number): DoubleDouble {
  const q1 = a.hi / d;
  const p = twoProd(q1, d);
  const r = twoSum(a.hi, -p.hi);
  const q2 = (r.hi + (r.lo - p.lo + a.lo)) / d;
  return quickTwoSum(q1, q2);
}

/** A double as a double-double. */
export function dd(x: number): DoubleDouble {
  return { hi: x, lo: 0 };
}

// Taylor terms for e^t at |t| <= 2: 2^40/40! < 2e-36, below double-double resolution.
const EXP_TERMS = 40;

/**
 * e^(hi + lo) in double-double for |hi| <= 2 by Horner's rule on the Taylor series; slow
 * (~2 µs) and only used next to a zero of a slope, where the last bits decide the result.
 */
export function ddExp(hi: number, lo: number): DoubleDouble {
  let s = dd(1);
  const t = dd(hi);
  for (let n = EXP_TERMS; n >= 1; n--) s = ddAdd(dd(1), ddDiv(ddMul(s, t), n));
  // e^lo = 1 + lo to 2^-110 for the |lo| < 2^-52·|hi| we are given.
  return ddAdd(s, ddMul(s, dd(lo)));
}
