import fc from 'fast-check';
import { describe, it } from 'vitest';
import { tanh, tanhGrad } from '../../../src/lib/math';
import { assertRelClose, assertSame, REL_TOL, SUBNORMAL_ABS_TOL, assertAbsClose } from './helpers';
import { checkMoreColumn } from './helpers-more';

describe('tanh', () => {
  it('tanh(x) matches mpmath within 1e-12 relative at the fixture points', () => {
    checkMoreColumn('tanh', tanh);
  });

  it('tanh(x) meets 1e-12 relative at spot values (mpmath 1.3.0, 60 digits)', () => {
    assertRelClose(tanh(1), 0.7615941559557649, REL_TOL, 'tanh(1)');
    assertRelClose(tanh(-0.5), -0.46211715726000974, REL_TOL, 'tanh(-0.5)');
  });

  it('tanh(±0) is ±0, tanh(±∞) is ±1, NaN stays NaN', () => {
    assertSame(tanh(0), 0, 'tanh(0)');
    assertSame(tanh(-0), -0, 'tanh(-0)');
    assertSame(tanh(Infinity), 1, 'tanh(∞)');
    assertSame(tanh(-Infinity), -1, 'tanh(-∞)');
    assertSame(tanh(Number.NaN), Number.NaN, 'tanh(NaN)');
  });

  it('tanh(x) is odd: tanh(-x) === -tanh(x)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        assertSame(tanh(-x), -tanh(x), `tanh(-${x})`);
      }),
    );
  });
});

describe('tanhGrad', () => {
  it('tanhGrad(x) matches mpmath within 1e-12 relative at the fixture points', () => {
    checkMoreColumn('tanh_grad', tanhGrad);
  });

  it('tanhGrad(x) keeps 1e-12 relative in the tails where 1 - tanh² cancels to 0', () => {
    // sech²(x) from mpmath 1.3.0 at 60 digits; 1 - tanh(19)² is exactly 0 in float64.
    const reference: Array<[number, number]> = [
      [5, 0.0001815832309438067],
      [19, 1.2556531168192118e-16],
      [-20, 1.6993417021166355e-17],
      [100, 5.53558610694695e-87],
      [354, 1.3230212014553631e-307],
      [-355, 1.790514490270052e-308],
    ];
    for (const [x, expected] of reference) assertRelClose(tanhGrad(x), expected, REL_TOL, `tanhGrad(${x})`);
  });

  it('tanhGrad(x) underflows gracefully: 4·e^(-2|x|) within 4·2^-1074 beyond |x| = 355, +0 at |x| = 700', () => {
    // 4·e^(-2·356) from mpmath 1.3.0 (subnormal: absolute tolerance).
    assertAbsClose(tanhGrad(356), 2.423197856799566e-309, SUBNORMAL_ABS_TOL, 'tanhGrad(356)');
    assertSame(tanhGrad(700), 0, 'tanhGrad(700)');
  });

  it('tanhGrad(0) === 1, tanhGrad(±∞) === +0, NaN stays NaN', () => {
    assertSame(tanhGrad(0), 1, 'tanhGrad(0)');
    assertSame(tanhGrad(-0), 1, 'tanhGrad(-0)');
    assertSame(tanhGrad(Infinity), 0, 'tanhGrad(∞)');
    assertSame(tanhGrad(-Infinity), 0, 'tanhGrad(-∞)');
    assertSame(tanhGrad(Number.NaN), Number.NaN, 'tanhGrad(NaN)');
  });

  it('tanhGrad(x) is even and never above 1', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        assertSame(tanhGrad(-x), tanhGrad(x), `tanhGrad(-${x})`);
        if (!(tanhGrad(x) <= 1)) throw new Error(`tanhGrad(${x}) = ${tanhGrad(x)} > 1`);
      }),
    );
  });

  it('tanhGrad(x) = 1 - tanh(x)² where that does not cancel, |x| <= 0.5 (1e-15 relative, ~5 ulps)', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.5, max: 0.5, noNaN: true }), (x) => {
        const t = tanh(x);
        assertRelClose(tanhGrad(x), 1 - t * t, 1e-15, `tanhGrad(${x})`);
      }),
    );
  });
});
