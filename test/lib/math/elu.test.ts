import fc from 'fast-check';
import { describe, it } from 'vitest';
import { elu, eluGrad, eluLowerBound } from '../../../src/lib/math';
import { assertAbsClose, assertRelClose, assertSame, REL_TOL } from './helpers';
import { checkMoreColumn } from './helpers-more';

describe('elu', () => {
  it('elu(x) and elu(x, 0.5) match mpmath within 1e-12 relative at the fixture points', () => {
    checkMoreColumn('elu_1', (x) => elu(x));
    checkMoreColumn('elu_0.5', (x) => elu(x, 0.5));
  });

  it('elu(x, α) keeps its digits next to 0 (expm1, not e^x - 1) at spot values (mpmath 1.3.0, 60 digits)', () => {
    // Math.exp(x) - 1 gives -9.999778782798785e-13 here, wrong from the 5th digit on.
    assertRelClose(elu(-1e-12), -9.999999999995e-13, REL_TOL, 'elu(-1e-12)');
    assertRelClose(elu(-1), -0.6321205588285577, REL_TOL, 'elu(-1)');
    assertRelClose(elu(-1, 0.5), -0.31606027941427883, REL_TOL, 'elu(-1, 0.5)');
  });

  it('elu(x, α) is x itself for x > 0 and at ±0, -α at -∞, NaN for NaN', () => {
    assertSame(elu(2.5, 0.5), 2.5, 'elu(2.5, 0.5)');
    assertSame(elu(0), 0, 'elu(0)');
    assertSame(elu(-0), -0, 'elu(-0)');
    assertSame(elu(-0, 0.5), -0, 'elu(-0, 0.5)');
    assertSame(elu(Infinity), Infinity, 'elu(∞)');
    assertSame(elu(-Infinity), -1, 'elu(-∞)');
    assertSame(elu(-Infinity, 0.5), -0.5, 'elu(-∞, 0.5)');
    assertSame(elu(Number.NaN), Number.NaN, 'elu(NaN)');
  });

  it('eluLowerBound(α) is the limit elu(-∞, α) = -α, and no elu(x, α) goes below it', () => {
    assertSame(eluLowerBound(), -1, 'eluLowerBound()');
    assertSame(eluLowerBound(0.5), -0.5, 'eluLowerBound(0.5)');
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.double({ min: 0.01, max: 10, noNaN: true }), (x, alpha) => {
        if (!(elu(x, alpha) >= eluLowerBound(alpha))) throw new Error(`elu(${x}, ${alpha}) < -${alpha}`);
      }),
    );
  });

  it('elu(x, α) is continuous at 0: |elu(x, α)| <= max(1, α)·|x| on both sides', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e-3, max: 1e-3, noNaN: true }),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        (x, alpha) => {
          // |e^x - 1| <= |x| for x <= 0; ELU is the identity for x > 0.
          if (!(Math.abs(elu(x, alpha)) <= Math.max(1, alpha) * Math.abs(x))) throw new Error(`elu(${x}, ${alpha})`);
        },
      ),
    );
  });
});

describe('eluGrad', () => {
  it('eluGrad(x) and eluGrad(x, 0.5) match mpmath within 1e-12 relative at the fixture points', () => {
    checkMoreColumn('elu_grad_1', (x) => eluGrad(x));
    checkMoreColumn('elu_grad_0.5', (x) => eluGrad(x, 0.5));
  });

  it("eluGrad(±0, α) === α (PyTorch autograd's x <= 0 branch), 1 just above 0", () => {
    assertSame(eluGrad(0), 1, 'eluGrad(0)');
    assertSame(eluGrad(0, 0.5), 0.5, 'eluGrad(0, 0.5)');
    assertSame(eluGrad(-0, 0.5), 0.5, 'eluGrad(-0, 0.5)');
    assertSame(eluGrad(5e-324, 0.5), 1, 'eluGrad(5e-324, 0.5)');
  });

  it('eluGrad(x, α) has the limits 1 and +0, NaN for NaN, and stays accurate where e^x is subnormal', () => {
    assertSame(eluGrad(Infinity, 0.5), 1, 'eluGrad(∞, 0.5)');
    assertSame(eluGrad(-Infinity, 0.5), 0, 'eluGrad(-∞, 0.5)');
    assertSame(eluGrad(Number.NaN), Number.NaN, 'eluGrad(NaN)');
    // 2·e^-709 from mpmath 1.3.0: normal, although e^-709 alone is subnormal.
    assertRelClose(eluGrad(-709, 2), 2.4335615012468463e-308, REL_TOL, 'eluGrad(-709, 2)');
  });

  it('eluGrad(x, α) = elu(x, α) + α for x <= 0 (absolute 4.5e-16·α, 2 ulps of α)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 0, noNaN: true }),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        (x, alpha) => {
          assertAbsClose(eluGrad(x, alpha), elu(x, alpha) + alpha, 4.5e-16 * alpha, `eluGrad(${x}, ${alpha})`);
        },
      ),
    );
  });
});
