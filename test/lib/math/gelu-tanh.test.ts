import { describe, it } from 'vitest';
import { geluTanh, geluTanhGrad } from '../../../src/lib/math';
import { assertRelClose, assertSame, checkColumn } from './helpers';

describe('geluTanh', () => {
  it('geluTanh(x) matches mpmath within 1e-12 relative at the fixture points', () => {
    checkColumn('gelu_tanh', geluTanh);
  });

  it('geluTanh(x) is ½x(1 + tanh u) where 1 + tanh u does not cancel (x in [-1, 3], 1e-14 relative)', () => {
    for (let x = -1; x <= 3; x += 0.125) {
      if (x === 0) continue;
      const u = Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3);
      assertRelClose(geluTanh(x), 0.5 * x * (1 + Math.tanh(u)), 1e-14, `geluTanh(${x})`);
    }
  });

  it('geluTanh(-∞) is -0, geluTanh(∞) is ∞, ±0 and NaN pass through', () => {
    assertSame(geluTanh(-Infinity), -0, 'geluTanh(-∞)');
    assertSame(geluTanh(Infinity), Infinity, 'geluTanh(∞)');
    assertSame(geluTanh(1e308), 1e308, 'geluTanh(1e308) (x³ overflows, no NaN)');
    assertSame(geluTanh(0), 0, 'geluTanh(0)');
    assertSame(geluTanh(-0), -0, 'geluTanh(-0)');
    assertSame(geluTanh(Number.NaN), Number.NaN, 'geluTanh(NaN)');
  });
});

describe('geluTanhGrad', () => {
  it('geluTanhGrad(x) matches mpmath within 1e-12 relative at the fixture points', () => {
    checkColumn('gelu_tanh_grad', geluTanhGrad);
  });

  it('geluTanhGrad(x) has the limits 1 and -0 without ∞·0, and 0.5 at 0', () => {
    assertSame(geluTanhGrad(0), 0.5, 'geluTanhGrad(0)');
    assertSame(geluTanhGrad(Infinity), 1, 'geluTanhGrad(∞)');
    assertSame(geluTanhGrad(-Infinity), -0, 'geluTanhGrad(-∞)');
    assertSame(geluTanhGrad(1e308), 1, 'geluTanhGrad(1e308)');
    assertSame(geluTanhGrad(-1e308), -0, 'geluTanhGrad(-1e308)');
    assertSame(geluTanhGrad(Number.NaN), Number.NaN, 'geluTanhGrad(NaN)');
  });

  it('geluTanhGrad(x) keeps 1e-12 relative accuracy next to its zero near x = -0.7525', () => {
    // mpmath 1.3.0, 60 digits, at doubles 0, ±1, 1000, 1e6 and 1e9 ulps from the zero.
    const reference: Array<[number, number]> = [
      [-0.752461422071016, 1.2770457151607467e-16],
      [-0.7524614220710163, -1.5647455740893692e-17],
      [-0.7524614220710164, -6.34314648265498e-17],
      [-0.7524614220711273, -4.7799656541392224e-14],
      [-0.752461421959994, 4.77839934429769e-11],
      [-0.7524615330933188, -4.7784004324769916e-8],
    ];
    for (const [x, expected] of reference) assertRelClose(geluTanhGrad(x), expected, 1e-12, `geluTanhGrad(${x})`);
  });
});
