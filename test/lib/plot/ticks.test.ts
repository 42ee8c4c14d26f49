import { describe, expect, it } from 'vitest';
import { ticks as d3Ticks } from 'd3-array';
import { ticks } from '../../../src/lib/plot/ticks';

// Source of truth: d3-array's ticks, the values the plots used before. Tolerance: none
// (Object.is on every value: the same arithmetic, so the same floats).
describe('ticks', () => {
  it('ticks(start, stop, count) equals d3-array’s ticks on the plots’ ranges and on random ones', () => {
    const cases: Array<[number, number, number]> = [
      [-4, 4, 8],
      [-0.17, 4, 6],
      [0, 1, 5],
      [-1e-9, 3e-9, 4],
      [1e300, 1e301, 7],
      [4, -4, 8],
      [0.1, 0.3, 1],
      [5, 5, 3],
      [-2, 3, 0],
      [-2, 3, Number.NaN],
      [Number.NaN, 1, 5],
    ];
    let s = 7;
    const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
    for (let i = 0; i < 5000; i++) {
      const scale = 10 ** Math.round(rand() * 12);
      cases.push([rand() * scale, rand() * scale, 1 + Math.floor(Math.abs(rand()) * 15)]);
    }
    for (const [a, b, n] of cases) {
      const want = d3Ticks(a, b, n);
      const got = ticks(a, b, n);
      expect(got.length, `${a}, ${b}, ${n}`).toBe(want.length);
      got.forEach((v, k) => expect(Object.is(v, want[k]), `${a}, ${b}, ${n} [${k}]`).toBe(true));
    }
  });
});
