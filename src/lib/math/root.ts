/**
 * Zero of f in [a, b], where f(a) and f(b) differ in sign, by Newton's method safeguarded
 * with bisection (Numerical Recipes' `rtsafe`): a Newton step that would leave the bracket,
 * or that shrinks the step less than bisection would, becomes a bisection. Runs until the
 * step no longer moves x, i.e. to full double precision.
 */
export function solveBracketed(f: (x: number) => number, df: (x: number) => number, a: number, b: number): number {
  const fa = f(a);
  const fb = f(b);
  if (fa === 0) return a;
  if (fb === 0) return b;
  if (!(fa * fb < 0)) throw new RangeError(`solveBracketed: f(${a}) and f(${b}) must differ in sign`);
  // Orient the bracket so that f(lo) < 0 < f(hi).
  let lo = fa < 0 ? a : b;
  let hi = fa < 0 ? b : a;
  let x = 0.5 * (a + b);
  let step = Math.abs(b - a);
  let lastStep = step;
  let fx = f(x);
  let dfx = df(x);
  // Each pass at least halves the bracket every second time; 2200 bounds any double interval.
  for (let i = 0; i < 2200; i++) {
    const outside = ((x - hi) * dfx - fx) * ((x - lo) * dfx - fx) > 0;
    const slow = Math.abs(2 * fx) > Math.abs(lastStep * dfx);
    const before = x;
    lastStep = step;
    if (outside || slow) {
      step = 0.5 * (hi - lo);
      x = lo + step;
    } else {
      step = fx / dfx;
      x -= step;
    }
    if (x === before) return x;
    fx = f(x);
    if (fx === 0) return x;
    dfx = df(x);
    if (fx < 0) lo = x;
    else hi = x;
  }
  return x;
}
