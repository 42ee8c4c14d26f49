import fc from 'fast-check';
import { describe, it } from 'vitest';
import { relu, sigmoid, softplus, softplusGrad, softplusReluMaxGap } from '../../../src/lib/math';
import {
  assertAbsClose,
  assertMatchesReference,
  assertRelClose,
  assertSame,
  REL_TOL,
  SUBNORMAL_ABS_TOL,
} from './helpers';
import { checkMoreColumn } from './helpers-more';

describe('softplus', () => {
  it('softplus(x) and softplus(x, 2) match mpmath within 1e-12 relative at the fixture points', () => {
    checkMoreColumn('softplus', (x) => softplus(x));
    checkMoreColumn('softplus_2', (x) => softplus(x, 2));
  });

  it('softplus(x) has no threshold and neither overflows nor underflows early (mpmath 1.3.0, 60 digits)', () => {
    // nn.Softplus() would return 30 itself: its threshold is βx > 20.
    assertRelClose(softplus(30), 30.000000000000092, REL_TOL, 'softplus(30)');
    assertRelClose(softplus(-40), 4.248354255291589e-18, REL_TOL, 'softplus(-40)');
    assertRelClose(softplus(-700), 9.85967654375977e-305, REL_TOL, 'softplus(-700)');
    // e^-745 ≈ 2.8e-324 is subnormal: absolute tolerance of 4·2^-1074.
    assertAbsClose(softplus(-745), 5e-324, SUBNORMAL_ABS_TOL, 'softplus(-745)');
    assertSame(softplus(1e308), 1e308, 'softplus(1e308)');
    assertSame(softplus(Number.MAX_VALUE, 2), Number.MAX_VALUE, 'softplus(MAX_VALUE, 2)');
    assertSame(softplus(-1e308), 0, 'softplus(-1e308)');
  });

  it('softplus(x, β) at β = 0.3, where βx rounds (mpmath 1.3.0, 60 digits)', () => {
    assertRelClose(softplus(-1, 0.3), 1.8478508148950905, REL_TOL, 'softplus(-1, 0.3)');
    assertRelClose(softplus(10, 0.3), 10.16195783857914, REL_TOL, 'softplus(10, 0.3)');
    assertRelClose(softplus(-2000, 0.3), 8.834655176681232e-261, REL_TOL, 'softplus(-2000, 0.3)');
  });

  it('softplus(0, β) = log(2)/β; the limits are +0 and ∞; NaN stays NaN', () => {
    assertSame(softplus(0), 0.6931471805599453, 'softplus(0)');
    assertSame(softplus(-0, 2), 0.34657359027997264, 'softplus(-0, 2)');
    assertSame(softplus(-Infinity), 0, 'softplus(-∞)');
    assertSame(softplus(Infinity), Infinity, 'softplus(∞)');
    assertSame(softplus(Number.NaN), Number.NaN, 'softplus(NaN)');
  });

  it('softplus(x) - softplus(-x) = x for all finite x (absolute 2 ulps of the larger term)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e300, max: 1e300, noNaN: true }), (x) => {
        const a = softplus(x);
        const b = softplus(-x);
        assertAbsClose(a - b, x, 4.5e-16 * Math.max(a, b), `softplus(${x}) - softplus(-${x})`);
      }),
    );
  });

  it('softplusReluMaxGap(β) is log(2)/β at x = 0, and no softplus(x, β) - relu(x) exceeds it', () => {
    assertSame(softplusReluMaxGap().x, 0, 'softplusReluMaxGap().x');
    assertSame(softplusReluMaxGap().gap, 0.6931471805599453, 'softplusReluMaxGap().gap');
    assertSame(softplusReluMaxGap(2).gap, 0.34657359027997264, 'softplusReluMaxGap(2).gap');
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (x, beta) => {
          const gap = softplus(x, beta) - relu(x);
          // Rounding of softplus(x, β) near x = 0: one ulp of log(2)/β.
          if (!(gap >= 0 && gap <= softplusReluMaxGap(beta).gap * (1 + 2.3e-16)))
            throw new Error(`softplus(${x}, ${beta}) - relu(${x}) = ${gap}`);
        },
      ),
    );
  });
});

describe('softplusGrad', () => {
  it('softplusGrad(x) and softplusGrad(x, 2) match mpmath within 1e-12 relative at the fixture points', () => {
    checkMoreColumn('softplus_grad', (x) => softplusGrad(x));
    checkMoreColumn('softplus_grad_2', (x) => softplusGrad(x, 2));
  });

  it('softplusGrad(x, β) at spot values (mpmath 1.3.0, 60 digits)', () => {
    assertRelClose(softplusGrad(1, 0.3), 0.574442516811659, REL_TOL, 'softplusGrad(1, 0.3)');
    assertRelClose(softplusGrad(-2000, 0.3), 2.65039655300437e-261, REL_TOL, 'softplusGrad(-2000, 0.3)');
    // No threshold: nn.Softplus's backward returns exactly 1 here.
    assertRelClose(softplusGrad(30), 0.9999999999999064, REL_TOL, 'softplusGrad(30)');
  });

  it('softplusGrad(x, β) is ½ at 0, +0 and 1 at -∞ and ∞, NaN for NaN', () => {
    assertSame(softplusGrad(0), 0.5, 'softplusGrad(0)');
    assertSame(softplusGrad(-0, 2), 0.5, 'softplusGrad(-0, 2)');
    assertSame(softplusGrad(-Infinity), 0, 'softplusGrad(-∞)');
    assertSame(softplusGrad(Infinity), 1, 'softplusGrad(∞)');
    assertSame(softplusGrad(Number.NaN), Number.NaN, 'softplusGrad(NaN)');
  });

  it('softplusGrad(x, β) equals sigmoid(βx), the definition (1e-12 relative, exact at 0, 4·2^-1074 if subnormal)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -700, max: 700, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (x, beta) => {
          assertMatchesReference(softplusGrad(x, beta), sigmoid(beta * x), `softplusGrad(${x}, ${beta})`);
        },
      ),
    );
  });
});
