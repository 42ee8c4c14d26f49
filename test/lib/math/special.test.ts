import { describe, it } from 'vitest';
import {
  gelu,
  geluGrad,
  geluGradZero,
  geluMinimum,
  geluSigmoid,
  geluTanh,
  getFacts,
  maxApproxError,
  sigmoidGradMaximum,
  swish,
  swishGrad,
  swishMinimum,
} from '../../../src/lib/math';
import { assertAbsClose, assertRelClose, assertSame, nextDouble } from './helpers';

/** Minimum of g on [a, b] by an n-point scan: an independent check of the solvers. */
function scanMin(g: (x: number) => number, a: number, b: number, n: number): { x: number; y: number } {
  let best = { x: a, y: g(a) };
  for (let i = 1; i <= n; i++) {
    const x = a + ((b - a) * i) / n;
    const y = g(x);
    if (y < best.y) best = { x, y };
  }
  return best;
}

describe('geluMinimum', () => {
  it("geluMinimum() is within 2 ulps of mpmath's x = -0.75179152469356445746, y = -0.16997120747990366169", () => {
    const m = geluMinimum();
    assertAbsClose(m.x, -0.75179152469356445746, 2.3e-16, 'x');
    assertRelClose(m.y, -0.16997120747990366169, 3e-16, 'y');
  });

  it('geluMinimum() sits where geluGrad changes sign, between its two neighbouring doubles', () => {
    const { x } = geluMinimum();
    // nextDouble(x, 1) moves away from zero, i.e. left of this negative x.
    if (!(geluGrad(nextDouble(x, 1)) < 0 && geluGrad(nextDouble(x, -1)) > 0))
      throw new Error(`geluGrad does not change sign around ${x}`);
  });

  it('geluMinimum() agrees with a 1e6-point scan of gelu on [-1, -0.5] (x to 1e-6, y to 1e-15)', () => {
    const m = geluMinimum();
    const s = scanMin(gelu, -1, -0.5, 1e6);
    assertAbsClose(m.x, s.x, 1e-6, 'x');
    assertAbsClose(m.y, s.y, 1e-15, 'y');
    if (!(m.y <= s.y)) throw new Error(`scan found a lower value ${s.y} < ${m.y}`);
  });

  it('geluGradZero() is geluMinimum().x', () => {
    assertSame(geluGradZero(), geluMinimum().x, 'geluGradZero()');
  });
});

describe('swishMinimum', () => {
  it("swishMinimum(1) is SiLU's minimum (-1.27846454276107379511, -0.27846454276107379511), 2 ulps", () => {
    const m = swishMinimum(1);
    assertAbsClose(m.x, -1.27846454276107379511, 4.5e-16, 'x');
    assertRelClose(m.y, -0.27846454276107379511, 4.5e-16, 'y');
  });

  it('swishMinimum(beta) is the minimum of x·σ(βx) for β from 0.05 to 10 (1e6-point scan)', () => {
    for (const beta of [0.05, 0.5, 1.7, 10]) {
      const m = swishMinimum(beta);
      const s = scanMin((x) => swish(x, beta), -3 / beta, 0, 1e6);
      assertAbsClose(m.x, s.x, 3e-6 / beta, `x(β = ${beta})`);
      assertRelClose(m.y, s.y, 1e-12, `y(β = ${beta})`);
      assertAbsClose(swishGrad(m.x, beta), 0, 1e-15, `swishGrad at the minimum (β = ${beta})`);
    }
  });

  it('swishMinimum(beta) throws a RangeError for β <= 0, ∞ and NaN', () => {
    for (const beta of [0, -1, Infinity, Number.NaN]) {
      let threw = false;
      try {
        swishMinimum(beta);
      } catch (e) {
        threw = e instanceof RangeError;
      }
      if (!threw) throw new Error(`swishMinimum(${beta}) did not throw a RangeError`);
    }
  });
});

describe('sigmoidGradMaximum', () => {
  it('sigmoidGradMaximum() is exactly (0, 0.25)', () => {
    const m = sigmoidGradMaximum();
    assertSame(m.x, 0, 'x');
    assertSame(m.y, 0.25, 'y');
  });
});

describe('maxApproxError', () => {
  /** max |approx - gelu| over [-10, 10] from a 1e6-point scan. */
  const scanMaxGap = (approx: (x: number) => number) => {
    let best = { x: 0, error: 0 };
    for (let i = 0; i <= 1e6; i++) {
      const x = -10 + i * 2e-5;
      const e = Math.abs(approx(x) - gelu(x));
      if (e > best.error) best = { x, error: e };
    }
    return best;
  };

  it('maxApproxError("tanh") matches a 1e6-point scan to 1e-9 and mpmath (4.7323552068728488e-4 at 2.6989413863772703)', () => {
    const m = maxApproxError('tanh');
    const s = scanMaxGap(geluTanh);
    assertAbsClose(m.error, s.error, 1e-9, 'error vs scan');
    assertAbsClose(Math.abs(s.x), m.x, 2e-5, '|x| vs scan');
    assertRelClose(m.error, 4.7323552068728488e-4, 1e-12, 'error vs mpmath');
    assertAbsClose(m.x, 2.6989413863772703, 1e-9, 'x vs mpmath');
  });

  it('maxApproxError("sigmoid") matches a 1e6-point scan to 1e-9 and mpmath (0.020334872209239230 at 2.2703977371966102)', () => {
    const m = maxApproxError('sigmoid');
    const s = scanMaxGap(geluSigmoid);
    assertAbsClose(m.error, s.error, 1e-9, 'error vs scan');
    assertAbsClose(Math.abs(s.x), m.x, 2e-5, '|x| vs scan');
    assertRelClose(m.error, 0.02033487220923923, 1e-12, 'error vs mpmath');
    assertAbsClose(m.x, 2.2703977371966102, 1e-9, 'x vs mpmath');
  });
});

describe('getFacts', () => {
  it('getFacts() returns the same frozen object each time, holding the computed points', () => {
    const facts = getFacts();
    if (getFacts() !== facts) throw new Error('getFacts() is not memoised');
    if (!Object.isFrozen(facts)) throw new Error('getFacts() is not frozen');
    const g = geluMinimum();
    const s = swishMinimum(1);
    assertSame(facts.geluMinX, g.x, 'geluMinX');
    assertSame(facts.geluMinY, g.y, 'geluMinY');
    assertSame(facts.siluMinX, s.x, 'siluMinX');
    assertSame(facts.siluMinY, s.y, 'siluMinY');
    assertSame(facts.sigmoidGradMax, 0.25, 'sigmoidGradMax');
    assertSame(facts.sigmoidGradMaxX, 0, 'sigmoidGradMaxX');
    assertSame(facts.geluTanhMaxErr, maxApproxError('tanh').error, 'geluTanhMaxErr');
    assertSame(facts.geluTanhMaxErrX, maxApproxError('tanh').x, 'geluTanhMaxErrX');
    assertSame(facts.geluSigmoidMaxErr, maxApproxError('sigmoid').error, 'geluSigmoidMaxErr');
    assertSame(facts.geluSigmoidMaxErrX, maxApproxError('sigmoid').x, 'geluSigmoidMaxErrX');
  });

  it("getFacts() GELU's far-left slopes match mpmath: GELU′(−5) = −7.1469460017922946e-6, GELU′(−6) = −3.5468709453902015e-8", () => {
    const facts = getFacts();
    assertRelClose(facts.geluGradMinus5, -7.1469460017922946e-6, 1e-12, 'GELU′(−5)');
    assertRelClose(facts.geluGradMinus6, -3.5468709453902015e-8, 1e-12, 'GELU′(−6)');
  });

  it("getFacts() SiLU′'s peak matches mpmath: 1.0998393201288669 at x = 2.3993572805154677", () => {
    const facts = getFacts();
    assertRelClose(facts.siluGradMax, 1.0998393201288669, 1e-12, 'max SiLU′');
    // A maximum is flat: its location is known to about √ε, so 1e-7 is the honest tolerance.
    assertAbsClose(facts.siluGradMaxX, 2.3993572805154677, 1e-7, 'argmax SiLU′');
  });
});
