import fc from 'fast-check';
import { describe, it } from 'vitest';
import { sigmoid, silu, siluGrad } from '../../../src/lib/math';
import { assertRelClose, assertSame, checkColumn } from './helpers';

describe('silu', () => {
  it('silu(x) matches mpmath within 1e-12 relative at the fixture points, incl. x = -700', () => {
    checkColumn('silu', silu);
  });

  it('silu(x) = x·σ(x) wherever the result is normal (4e-16 relative, 2 ulps)', () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => {
        fc.pre(Math.abs(x) > 1e-300);
        assertRelClose(silu(x), x * sigmoid(x), 4.5e-16, `silu(${x})`);
      }),
    );
  });

  it('silu(-∞) is -0, silu(±0) is x, silu(∞) is ∞, NaN stays NaN', () => {
    assertSame(silu(-Infinity), -0, 'silu(-∞)');
    assertSame(silu(Infinity), Infinity, 'silu(∞)');
    assertSame(silu(0), 0, 'silu(0)');
    assertSame(silu(-0), -0, 'silu(-0)');
    assertSame(silu(Number.NaN), Number.NaN, 'silu(NaN)');
  });
});

describe('siluGrad', () => {
  it('siluGrad(x) matches mpmath within 1e-12 relative at the fixture points', () => {
    checkColumn('silu_grad', siluGrad);
  });

  it("siluGrad(x) keeps 1e-12 relative accuracy next to its zero at SiLU's minimum", () => {
    // mpmath 1.3.0, 60 digits, at doubles 0, ±1, 1000, 1e6 and 1e9 ulps from -1.27846454276107379511.
    const reference: Array<[number, number]> = [
      [-1.278464542761073, 1.6893557718904377e-16],
      [-1.2784645427610737, 2.3843834755243115e-17],
      [-1.278464542761074, -2.452007938935708e-17],
      [-1.2784645427612957, -4.834007030983773e-14],
      [-1.278464542539029, 4.83639379956653e-11],
      [-1.2784647648056786, -4.836390689041265e-8],
    ];
    for (const [x, expected] of reference) assertRelClose(siluGrad(x), expected, 1e-12, `siluGrad(${x})`);
  });

  it('siluGrad(x) has the limits 1 and -0 without ∞·0, 0.5 at 0, NaN for NaN', () => {
    assertSame(siluGrad(0), 0.5, 'siluGrad(0)');
    assertSame(siluGrad(Infinity), 1, 'siluGrad(∞)');
    assertSame(siluGrad(-Infinity), -0, 'siluGrad(-∞)');
    assertSame(siluGrad(-1e308), -0, 'siluGrad(-1e308)');
    assertSame(siluGrad(Number.NaN), Number.NaN, 'siluGrad(NaN)');
  });
});
