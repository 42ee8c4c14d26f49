import fc from 'fast-check';
import { describe, it } from 'vitest';
import { hardswish, hardswishGrad, hardswishMinimum } from '../../../src/lib/math';
import { assertRelClose, assertSame, nextDouble, REL_TOL } from './helpers';
import { checkMoreColumn } from './helpers-more';

describe('hardswish', () => {
  it('hardswish(x) matches mpmath within 1e-12 relative at the fixture points', () => {
    checkMoreColumn('hardswish', hardswish);
  });

  it('hardswish(x) is x(x + 3)/6 between the kinks, exact where that is exact', () => {
    assertSame(hardswish(-1.5), -0.375, 'hardswish(-1.5)');
    assertSame(hardswish(1), 0.6666666666666666, 'hardswish(1)');
    // (-3 + 2^-51)·2^-51/6 from mpmath 1.3.0: right next to the kink, still a few ulps.
    assertRelClose(hardswish(nextDouble(-3, -1)), -2.2204460492503128e-16, REL_TOL, 'hardswish(-3 + ulp)');
  });

  it('hardswish(x) is +0 for every x <= -3 and x itself for every x >= 3', () => {
    fc.assert(
      fc.property(fc.double({ max: -3, noNaN: true }), fc.double({ min: 3, noNaN: true }), (lo, hi) => {
        assertSame(hardswish(lo), 0, `hardswish(${lo})`);
        assertSame(hardswish(hi), hi, `hardswish(${hi})`);
      }),
    );
  });

  it('hardswish(±0) is ±0, subnormal x rounds as x(½ + x/6) does, the limits are 0 and ∞, NaN stays NaN', () => {
    assertSame(hardswish(0), 0, 'hardswish(0)');
    assertSame(hardswish(-0), -0, 'hardswish(-0)');
    // ½·2^-1074 is a tie; the x/6 term breaks it up for x > 0 and towards -0 for x < 0.
    assertSame(hardswish(5e-324), 5e-324, 'hardswish(5e-324)');
    assertSame(hardswish(-5e-324), -0, 'hardswish(-5e-324)');
    assertSame(hardswish(-Infinity), 0, 'hardswish(-∞)');
    assertSame(hardswish(Infinity), Infinity, 'hardswish(∞)');
    assertSame(hardswish(Number.NaN), Number.NaN, 'hardswish(NaN)');
  });

  it('hardswish(x) is continuous at the kinks ±3 (within an ulp of 3 on each side)', () => {
    assertSame(hardswish(3), 3, 'hardswish(3)');
    assertRelClose(hardswish(nextDouble(3, -1)), 3, 4.5e-16, 'hardswish(3 - ulp)');
    assertSame(hardswish(-3), 0, 'hardswish(-3)');
  });
});

describe('hardswishGrad', () => {
  it('hardswishGrad(x) matches mpmath within 1e-12 relative at the fixture points', () => {
    checkMoreColumn('hardswish_grad', hardswishGrad);
  });

  it("hardswishGrad(x) is x/3 + ½ on the closed [-3, 3] (PyTorch 1.13's scalar autograd), 0 and 1 outside", () => {
    assertSame(hardswishGrad(-3), -0.5, 'hardswishGrad(-3)');
    assertSame(hardswishGrad(3), 1.5, 'hardswishGrad(3)');
    assertSame(hardswishGrad(nextDouble(-3, 1)), 0, 'hardswishGrad(-3 - ulp)');
    assertSame(hardswishGrad(nextDouble(3, 1)), 1, 'hardswishGrad(3 + ulp)');
    assertSame(hardswishGrad(0), 0.5, 'hardswishGrad(0)');
    assertSame(hardswishGrad(-1.5), 0, 'hardswishGrad(-1.5)');
  });

  it('hardswishGrad(x) is exact next to its zero: (2x + 3)/6, not x/3 + ½ (mpmath 1.3.0)', () => {
    // x = -1.5 + 2^-52: the exact slope is 2^-52/3; x/3 + 0.5 gives 5.551115123125783e-17 (25% off).
    assertRelClose(hardswishGrad(nextDouble(-1.5, -1)), 7.401486830834377e-17, REL_TOL, 'hardswishGrad(-1.5 + ulp)');
  });

  it('hardswishGrad(x) has the limits 0 and 1, NaN for NaN', () => {
    assertSame(hardswishGrad(-Infinity), 0, 'hardswishGrad(-∞)');
    assertSame(hardswishGrad(Infinity), 1, 'hardswishGrad(∞)');
    assertSame(hardswishGrad(Number.NaN), Number.NaN, 'hardswishGrad(NaN)');
  });
});

describe('hardswishMinimum', () => {
  it('hardswishMinimum() is (-1.5, -0.375), where hardswishGrad vanishes exactly', () => {
    const { x, y } = hardswishMinimum();
    assertSame(x, -1.5, 'hardswishMinimum().x');
    assertSame(y, -0.375, 'hardswishMinimum().y');
    assertSame(hardswishGrad(x), 0, 'hardswishGrad(hardswishMinimum().x)');
  });

  it('hardswishMinimum().y is below hardswish(x) at every x', () => {
    const { y } = hardswishMinimum();
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        if (!(hardswish(x) >= y)) throw new Error(`hardswish(${x}) = ${hardswish(x)} < ${y}`);
      }),
    );
  });
});
