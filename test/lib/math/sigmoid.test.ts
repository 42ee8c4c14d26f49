import fc from 'fast-check';
import { describe, it } from 'vitest';
import { sigmoid, sigmoidGrad } from '../../../src/lib/math';
import { assertAbsClose, assertSame, checkColumn } from './helpers';

describe('sigmoid', () => {
  it('sigmoid(x) matches mpmath within 1e-12 relative at the fixture points, incl. x = -700', () => {
    checkColumn('sigmoid', sigmoid);
  });

  it('sigmoid(0) === 0.5 and the limits are exact 0 and 1', () => {
    assertSame(sigmoid(0), 0.5, 'sigmoid(0)');
    assertSame(sigmoid(-0), 0.5, 'sigmoid(-0)');
    assertSame(sigmoid(-Infinity), 0, 'sigmoid(-∞)');
    assertSame(sigmoid(Infinity), 1, 'sigmoid(∞)');
    assertSame(sigmoid(-1e308), 0, 'sigmoid(-1e308) (no overflow of e^(-x))');
    assertSame(sigmoid(Number.NaN), Number.NaN, 'sigmoid(NaN)');
  });

  it('sigmoid(-x) = 1 - sigmoid(x) for all finite x (absolute 4e-16, i.e. 2 ulps of 1)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        assertAbsClose(sigmoid(-x), 1 - sigmoid(x), 4e-16, `sigmoid(-${x})`);
      }),
    );
  });
});

describe('sigmoidGrad', () => {
  it('sigmoidGrad(x) matches mpmath within 1e-12 relative at the fixture points', () => {
    checkColumn('sigmoid_grad', sigmoidGrad);
  });

  it('sigmoidGrad(0) === 0.25 and sigmoidGrad(±∞) === +0', () => {
    assertSame(sigmoidGrad(0), 0.25, 'sigmoidGrad(0)');
    assertSame(sigmoidGrad(Infinity), 0, 'sigmoidGrad(∞)');
    assertSame(sigmoidGrad(-Infinity), 0, 'sigmoidGrad(-∞)');
    assertSame(sigmoidGrad(Number.NaN), Number.NaN, 'sigmoidGrad(NaN)');
  });

  it('sigmoidGrad(x) is even: sigmoidGrad(-x) === sigmoidGrad(x)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        assertSame(sigmoidGrad(-x), sigmoidGrad(x), `sigmoidGrad(-${x})`);
      }),
    );
  });
});
