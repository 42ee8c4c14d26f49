import { describe, it } from 'vitest';
import { geluSigmoid, geluSigmoidGrad, sigmoid } from '../../../src/lib/math';
import { assertMatchesReference, assertRelClose, assertSame } from './helpers';

// mpmath 1.3.0 at 60 digits with the exact decimal 1.702, rounded to the nearest double:
// [x, x·σ(1.702x), σ(1.702x)(1 + 1.702x·σ(-1.702x))].
const reference: Array<[number, number, number]> = [
  [-750, -0, -0],
  [-420, -1.4865579597462907e-308, -2.5265822237745054e-308],
  [-40, -1.0846551018154305e-28, -1.8189666057444768e-28],
  [-5, -0.0010070162673523689, -0.0015121932401312309],
  [-1.5, -0.10833780155292343, -0.09884806462410292],
  [-0.5, -0.1496115633936199, 0.12077808803458573],
  [0.25, 0.1511996499001942, 0.7065004409742669],
  [1, 0.8457957659328212, 1.067779606556334],
  [3, 2.981928690292214, 1.0245483239056523],
  [20, 19.999999999999968, 1.0000000000000544],
];

describe('geluSigmoid', () => {
  it('geluSigmoid(x) matches mpmath within 1e-12 relative, incl. x = -420 next to underflow', () => {
    for (const [x, f] of reference) assertMatchesReference(geluSigmoid(x), f, `geluSigmoid(${x})`);
  });

  it('geluSigmoid(x) is x·σ(1.702x) for moderate x (1e-14 relative)', () => {
    for (let x = -6; x <= 6; x += 0.25)
      if (x !== 0) assertRelClose(geluSigmoid(x), x * sigmoid(1.702 * x), 1e-14, `geluSigmoid(${x})`);
  });

  it('geluSigmoid(-∞) is -0, geluSigmoid(±0) is x, NaN stays NaN', () => {
    assertSame(geluSigmoid(-Infinity), -0, 'geluSigmoid(-∞)');
    assertSame(geluSigmoid(Infinity), Infinity, 'geluSigmoid(∞)');
    assertSame(geluSigmoid(-0), -0, 'geluSigmoid(-0)');
    assertSame(geluSigmoid(Number.NaN), Number.NaN, 'geluSigmoid(NaN)');
  });
});

describe('geluSigmoidGrad', () => {
  it('geluSigmoidGrad(x) matches mpmath within 1e-12 relative', () => {
    for (const [x, , df] of reference) assertMatchesReference(geluSigmoidGrad(x), df, `geluSigmoidGrad(${x})`);
  });

  it('geluSigmoidGrad(x) keeps 1e-12 relative accuracy next to its zero near x = -0.7512', () => {
    // mpmath, at doubles 0, ±1, 1000, 1e6 and 1e9 ulps from the zero.
    const nearZero: Array<[number, number]> = [
      [-0.7511542554412887, 1.0606248880106348e-16],
      [-0.751154255441289, -1.7410584010100853e-17],
      [-0.7511542554412891, -5.856827494715561e-17],
      [-0.7511542554414, -4.117510152105963e-14],
      [-0.7511542553302667, 4.115767353170697e-11],
      [-0.7511543664635915, -4.1157685718243175e-8],
    ];
    for (const [x, expected] of nearZero) assertRelClose(geluSigmoidGrad(x), expected, 1e-12, `geluSigmoidGrad(${x})`);
  });

  it('geluSigmoidGrad(x) has the limits 1 and -0, 0.5 at 0, NaN for NaN', () => {
    assertSame(geluSigmoidGrad(0), 0.5, 'geluSigmoidGrad(0)');
    assertSame(geluSigmoidGrad(Infinity), 1, 'geluSigmoidGrad(∞)');
    assertSame(geluSigmoidGrad(-Infinity), -0, 'geluSigmoidGrad(-∞)');
    assertSame(geluSigmoidGrad(Number.NaN), Number.NaN, 'geluSigmoidGrad(NaN)');
  });
});
