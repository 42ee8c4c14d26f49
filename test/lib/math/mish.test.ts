import fc from 'fast-check';
import { describe, it } from 'vitest';
import { mish, mishGrad, mishMinimum, softplus, tanh } from '../../../src/lib/math';
import { assertAbsClose, assertRelClose, assertSame, REL_TOL } from './helpers';
import { checkMoreColumn } from './helpers-more';

describe('mish', () => {
  it('mish(x) matches mpmath within 1e-12 relative at the fixture points, incl. x = -700', () => {
    checkMoreColumn('mish', mish);
  });

  it('mish(x) keeps 1e-12 relative in the left tail, where mish ~ x·e^x (mpmath 1.3.0, 60 digits)', () => {
    assertRelClose(mish(-40), -1.6993417021166355e-16, REL_TOL, 'mish(-40)');
    // e^-710 is subnormal, x·e^-710 is not.
    assertRelClose(mish(-710), -3.1781632202293424e-306, REL_TOL, 'mish(-710)');
    assertRelClose(mish(-5), -0.033576237730161704, REL_TOL, 'mish(-5)');
    assertRelClose(mish(1), 0.8650983882673103, REL_TOL, 'mish(1)');
    assertRelClose(mish(5), 4.999552077529406, REL_TOL, 'mish(5)');
  });

  it('mish(±0) is ±0, mish(-∞) = -0 (a negative value that underflows), mish(∞) = ∞, NaN stays NaN', () => {
    assertSame(mish(0), 0, 'mish(0)');
    assertSame(mish(-0), -0, 'mish(-0)');
    assertSame(mish(-1000), -0, 'mish(-1000)');
    assertSame(mish(-Infinity), -0, 'mish(-∞)');
    assertSame(mish(Infinity), Infinity, 'mish(∞)');
    assertSame(mish(1e308), 1e308, 'mish(1e308)');
    assertSame(mish(Number.NaN), Number.NaN, 'mish(NaN)');
  });

  it('mish(x) = x·tanh(softplus(x)) where the result is normal (2e-15 relative, ~9 ulps)', () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => {
        fc.pre(Math.abs(x) > 1e-300);
        assertRelClose(mish(x), x * tanh(softplus(x)), 2e-15, `mish(${x})`);
      }),
    );
  });
});

describe('mishGrad', () => {
  it('mishGrad(x) matches mpmath within 1e-12 relative at the fixture points', () => {
    checkMoreColumn('mish_grad', mishGrad);
  });

  it('mishGrad(x) keeps 1e-12 relative in both tails (mpmath 1.3.0, 60 digits)', () => {
    assertRelClose(mishGrad(-40), -1.6568581595637197e-16, REL_TOL, 'mishGrad(-40)');
    // mishGrad ~ (1 + x)·e^x; e^-710 is subnormal, the product is not.
    assertRelClose(mishGrad(-710), -3.173686934003667e-306, REL_TOL, 'mishGrad(-710)');
    assertRelClose(mishGrad(-5), -0.026747498019901932, REL_TOL, 'mishGrad(-5)');
    assertRelClose(mishGrad(1), 1.0490362200997922, REL_TOL, 'mishGrad(1)');
    assertRelClose(mishGrad(20), 1.0000000000000002, REL_TOL, 'mishGrad(20)');
  });

  it("mishGrad(x) keeps 1e-12 relative accuracy next to its zero at Mish's minimum", () => {
    // mpmath 1.3.0, 60 digits, at doubles 0, ±1, 1000, 1e6 and 1e9 ulps from -1.19243121451549521214.
    const reference: Array<[number, number]> = [
      [-1.1924312145154952, 1.2942924190978498e-17],
      [-1.1924312145154954, -4.63314199197116e-17],
      [-1.192431214515495, 7.221726830166862e-17],
      [-1.1924312145157172, -5.926140118648904e-14],
      [-1.1924312142934506, 5.927435706370833e-11],
      [-1.1924314365601, -5.9274334003717e-8],
    ];
    for (const [x, expected] of reference) assertRelClose(mishGrad(x), expected, REL_TOL, `mishGrad(${x})`);
  });

  it('mishGrad(0) === 0.6; the limits are -0 and 1 without ∞·0; NaN for NaN', () => {
    assertSame(mishGrad(0), 0.6, 'mishGrad(0)');
    assertSame(mishGrad(-0), 0.6, 'mishGrad(-0)');
    assertSame(mishGrad(-1000), -0, 'mishGrad(-1000)');
    assertSame(mishGrad(-Infinity), -0, 'mishGrad(-∞)');
    assertSame(mishGrad(1e308), 1, 'mishGrad(1e308)');
    assertSame(mishGrad(Infinity), 1, 'mishGrad(∞)');
    assertSame(mishGrad(Number.NaN), Number.NaN, 'mishGrad(NaN)');
  });

  // Central difference with h = 1e-5: truncation ~ f‴h²/6 < 1e-10, rounding ~ 2^-52·|f|/h < 1e-9
  // for |x| <= 20, so the slope must agree to 1e-8 of max(1, |f′|).
  it('mishGrad(x) agrees with the central difference of mish within 1e-8 on [-20, 20]', () => {
    const h = 1e-5;
    fc.assert(
      fc.property(fc.double({ min: -20, max: 20, noNaN: true }), (x) => {
        const cd = (mish(x + h) - mish(x - h)) / (2 * h);
        const d = mishGrad(x);
        assertAbsClose(d, cd, 1e-8 * Math.max(1, Math.abs(d)), `mishGrad(${x})`);
      }),
    );
  });
});

describe('mishMinimum', () => {
  it("mishMinimum() is Mish's minimum: mpmath's 50-digit root of mish′, and mishGrad there is ~0", () => {
    const { x, y } = mishMinimum();
    // mpmath 1.3.0 findroot at 60 digits: x = -1.1924312145154952121375883404207394056006864093225,
    // y = mish(x) = -0.30884341301725040662876022904195372845956412325418.
    assertRelClose(x, -1.1924312145154952121375883404207394056006864093225, 2.3e-16, 'mishMinimum().x');
    assertRelClose(y, -0.30884341301725040662876022904195372845956412325418, REL_TOL, 'mishMinimum().y');
    // Residual: mish″ ≈ 0.267 there, times half an ulp of x (1.1e-16) is 3e-17; 1e-16 allows
    // for mishGrad's own rounding.
    assertAbsClose(mishGrad(x), 0, 1e-16, 'mishGrad(mishMinimum().x)');
  });

  it('mishMinimum().y is below mish(x) at every x', () => {
    const { y } = mishMinimum();
    fc.assert(
      fc.property(fc.double({ min: -1e3, max: 1e3, noNaN: true }), (x) => {
        if (!(mish(x) >= y)) throw new Error(`mish(${x}) = ${mish(x)} < ${y}`);
      }),
    );
  });
});
