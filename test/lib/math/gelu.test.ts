import { describe, it } from 'vitest';
import { gelu, geluGrad, normalCdf } from '../../../src/lib/math';
import { assertMatchesReference, assertRelClose, assertSame, checkColumn } from './helpers';

describe('gelu', () => {
  it('gelu(x) matches mpmath within 1e-12 relative at the fixture points', () => {
    checkColumn('gelu', gelu);
  });

  it('gelu(x) is x·Φ(x) for moderate x (1e-15 relative)', () => {
    for (let x = -5; x <= 5; x += 0.125) if (x !== 0) assertRelClose(gelu(x), x * normalCdf(x), 1e-15, `gelu(${x})`);
  });

  it('gelu(x) is accurate where Φ(x) is subnormal but x·Φ(x) is not (x = -37.6, 1e-12)', () => {
    // mpmath 1.3.0, 60 digits: gelu(-37.6) = -37.6·Φ(-37.6).
    assertMatchesReference(gelu(-37.6), -4.041290298447291e-308, 'gelu(-37.6)');
  });

  it('gelu(±0) returns x itself, gelu(-∞) is -0, gelu(∞) is ∞, NaN stays NaN', () => {
    assertSame(gelu(0), 0, 'gelu(0)');
    assertSame(gelu(-0), -0, 'gelu(-0)');
    assertSame(gelu(-Infinity), -0, 'gelu(-∞)');
    assertSame(gelu(Infinity), Infinity, 'gelu(∞)');
    assertSame(gelu(-1e308), -0, 'gelu(-1e308)');
    assertSame(gelu(Number.NaN), Number.NaN, 'gelu(NaN)');
  });

  it('gelu(x) rounds ½x + x²φ(0) correctly at the smallest subnormals', () => {
    assertSame(gelu(5e-324), 5e-324, 'gelu(2^-1074)');
    assertSame(gelu(-5e-324), -0, 'gelu(-2^-1074)');
    assertSame(gelu(1.5e-323), 1e-323, 'gelu(3·2^-1074)');
  });
});

describe('geluGrad', () => {
  it('geluGrad(x) matches mpmath within 1e-12 relative at the fixture points', () => {
    checkColumn('gelu_grad', geluGrad);
  });

  it('geluGrad(0) === 0.5, geluGrad(-∞) is -0, geluGrad(∞) is 1, NaN stays NaN', () => {
    assertSame(geluGrad(0), 0.5, 'geluGrad(0)');
    assertSame(geluGrad(-0), 0.5, 'geluGrad(-0)');
    assertSame(geluGrad(-Infinity), -0, 'geluGrad(-∞)');
    assertSame(geluGrad(Infinity), 1, 'geluGrad(∞)');
    assertSame(geluGrad(1e308), 1, 'geluGrad(1e308)');
    assertSame(geluGrad(Number.NaN), Number.NaN, 'geluGrad(NaN)');
  });

  it('geluGrad(x) keeps 1e-12 relative accuracy next to its zero, where Φ(x) and x·φ(x) cancel', () => {
    // mpmath 1.3.0, 60 digits, at doubles 0, ±1, 1000, 1e6 and 1e9 ulps from the zero -0.75179152469356445746.
    const reference: Array<[number, number]> = [
      [-0.7517915246935641, 1.3726261784697786e-16],
      [-0.7517915246935645, -6.453751729367753e-18],
      [-0.7517915246935646, -5.435920825481627e-17],
      [-0.7517915246936755, -4.7911910277173105e-14],
      [-0.7517915245825422, 4.790545007648277e-11],
      [-0.7517916357158669, -4.790545174592032e-8],
    ];
    for (const [x, expected] of reference) assertRelClose(geluGrad(x), expected, 1e-12, `geluGrad(${x})`);
  });
});
