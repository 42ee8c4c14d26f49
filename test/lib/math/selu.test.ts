import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SELU_ALPHA, SELU_SCALE, SELU_SCALE_ALPHA, selu, seluGrad, seluLowerBound } from '../../../src/lib/math';
import { assertAbsClose, assertRelClose, assertSame, REL_TOL } from './helpers';
import { checkMoreColumn } from './helpers-more';

/**
 * True when d in [1, 2) is the double nearest to the decimal `digits`·10^-places, decided in
 * exact BigInt arithmetic: d = M·2^-52, so the value must lie strictly between (2M ± 1)·2^-53.
 */
function isNearestDouble(d: number, digits: bigint, places: number): boolean {
  if (!(d >= 1 && d < 2)) throw new RangeError(`isNearestDouble: ${d} is not in [1, 2)`);
  const m = BigInt(d * 2 ** 52);
  const scaled = digits * 2n ** 53n;
  const unit = 10n ** BigInt(places);
  return (2n * m - 1n) * unit < scaled && scaled < (2n * m + 1n) * unit;
}

// PyTorch's decimals (the nn.SELU documentation), also the fixture's meta.selu_constants.
const ALPHA_DIGITS = 16732632423543772848170429916717n;
const SCALE_DIGITS = 10507009873554804934193349852946n;

describe('SELU constants', () => {
  it("SELU_ALPHA and SELU_SCALE are the doubles nearest PyTorch's decimals (exact BigInt check)", () => {
    expect(isNearestDouble(SELU_ALPHA, ALPHA_DIGITS, 31)).toBe(true);
    expect(isNearestDouble(SELU_SCALE, SCALE_DIGITS, 31)).toBe(true);
  });

  it('SELU_SCALE_ALPHA is the exact product of the decimals rounded once, 1 ulp above the float64 product', () => {
    expect(isNearestDouble(SELU_SCALE_ALPHA, ALPHA_DIGITS * SCALE_DIGITS, 62)).toBe(true);
    assertSame(SELU_SCALE_ALPHA, 1.7580993408473768, 'SELU_SCALE_ALPHA');
    assertSame(SELU_SCALE * SELU_ALPHA, 1.7580993408473766, 'SELU_SCALE * SELU_ALPHA');
  });
});

describe('selu', () => {
  it('selu(x) matches mpmath within 1e-12 relative at the fixture points', () => {
    checkMoreColumn('selu', selu);
  });

  it('selu(x) at spot values (mpmath 1.3.0, 60 digits, exact decimal constants)', () => {
    assertSame(selu(1), 1.0507009873554805, 'selu(1)');
    assertRelClose(selu(-1), -1.1113307378125628, REL_TOL, 'selu(-1)');
    assertRelClose(selu(-1e-12), -1.7580993408464977e-12, REL_TOL, 'selu(-1e-12)');
  });

  it('selu(±0) is ±0, selu(-∞) = -λα, selu(∞) = ∞, NaN stays NaN', () => {
    assertSame(selu(0), 0, 'selu(0)');
    assertSame(selu(-0), -0, 'selu(-0)');
    assertSame(selu(-Infinity), -1.7580993408473768, 'selu(-∞)');
    assertSame(selu(Infinity), Infinity, 'selu(∞)');
    assertSame(selu(Number.NaN), Number.NaN, 'selu(NaN)');
  });

  it('seluLowerBound() is the limit selu(-∞) = -λα, and no selu(x) goes below it', () => {
    assertSame(seluLowerBound(), -1.7580993408473768, 'seluLowerBound()');
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        if (!(selu(x) >= seluLowerBound())) throw new Error(`selu(${x}) = ${selu(x)}`);
      }),
    );
  });
});

describe('seluGrad', () => {
  it('seluGrad(x) matches mpmath within 1e-12 relative at the fixture points', () => {
    checkMoreColumn('selu_grad', seluGrad);
  });

  it("seluGrad(±0) === λα = 1.7580993408473768 (PyTorch's x <= 0 branch, correctly rounded)", () => {
    assertSame(seluGrad(0), 1.7580993408473768, 'seluGrad(0)');
    assertSame(seluGrad(-0), 1.7580993408473768, 'seluGrad(-0)');
    assertSame(seluGrad(5e-324), SELU_SCALE, 'seluGrad(5e-324)');
  });

  it('seluGrad(x) has the limits λ and +0, NaN for NaN, and stays accurate where e^x is subnormal', () => {
    assertSame(seluGrad(Infinity), SELU_SCALE, 'seluGrad(∞)');
    assertSame(seluGrad(-Infinity), 0, 'seluGrad(-∞)');
    assertSame(seluGrad(Number.NaN), Number.NaN, 'seluGrad(NaN)');
    // mpmath 1.3.0: λα·e^-708.7 is normal, e^-708.7 is not.
    assertRelClose(seluGrad(-708.7), 2.887646896236109e-308, REL_TOL, 'seluGrad(-708.7)');
    assertRelClose(seluGrad(-1), 0.6467686030348141, REL_TOL, 'seluGrad(-1)');
  });

  it('seluGrad(x) = selu(x) + λα for x <= 0 (absolute 4.5e-16·λα, 2 ulps)', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 0, noNaN: true }), (x) => {
        assertAbsClose(seluGrad(x), selu(x) + SELU_SCALE_ALPHA, 4.5e-16 * SELU_SCALE_ALPHA, `seluGrad(${x})`);
      }),
    );
  });
});
