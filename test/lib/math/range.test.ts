import { describe, it } from 'vitest';
import { geluMinimum, range, sigmoidGrad, swishMinimum } from '../../../src/lib/math';
import { assertAbsClose, assertSame } from './helpers';

describe('range', () => {
  it('range("gelu", {}, -4, 4) finds GELU\'s interior minimum, not just the nearest sample (1e-15)', () => {
    const r = range('gelu', {}, -4, 4);
    assertAbsClose(r.f[0], geluMinimum().y, 1e-15, 'min f');
    assertAbsClose(r.f[1], 4 * 0.9999683287581669, 1e-15, 'max f = gelu(4)');
  });

  it('range("silu", { beta: 2 }, -3, 3) has min f = swishMinimum(2).y (1e-15)', () => {
    assertAbsClose(range('silu', { beta: 2 }, -3, 3).f[0], swishMinimum(2).y, 1e-15, 'min f');
  });

  it('range("relu", {}, -2, 3) is f in [0, 3] and df in [0, 1] exactly', () => {
    const r = range('relu', {}, -2, 3);
    assertSame(r.f[0], 0, 'min f');
    assertSame(r.f[1], 3, 'max f');
    assertSame(r.df[0], 0, 'min df');
    assertSame(r.df[1], 1, 'max df');
  });

  it('range("sigmoid", {}, xMin, xMax) has max df 0.25 when 0 is inside and σ′(xMin) otherwise', () => {
    assertSame(range('sigmoid', {}, -1, 3).df[1], 0.25, 'max df on [-1, 3]');
    assertSame(range('sigmoid', {}, 1, 3).df[1], sigmoidGrad(1), 'max df on [1, 3]');
  });

  it('range throws a RangeError for an empty or non-finite domain', () => {
    for (const [a, b] of [
      [1, 1],
      [2, 1],
      [Number.NaN, 1],
      [-Infinity, 0],
    ] as const) {
      let threw = false;
      try {
        range('gelu', {}, a, b);
      } catch (e) {
        threw = e instanceof RangeError;
      }
      if (!threw) throw new Error(`range(gelu, ${a}, ${b})`);
    }
  });
});
