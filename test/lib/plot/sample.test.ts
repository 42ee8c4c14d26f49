import fc from 'fast-check';
import { describe, it } from 'vitest';
import { relu } from '../../../src/lib/math';
import { sampleCurve, sampleGrid } from '../../../src/lib/plot/sample';

/** Throws with a message unless the condition holds. */
function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(what);
}

/** Throws unless the grid is strictly increasing (sorted, no duplicates). */
function assertStrictlyIncreasing(grid: Float64Array, what: string): void {
  for (let i = 1; i < grid.length; i++)
    check((grid[i] as number) > (grid[i - 1] as number), `${what}: grid[${i}] = ${grid[i]} after ${grid[i - 1]}`);
}

describe('sampleGrid', () => {
  it('sampleGrid(-1, 1, 5) is exactly [-1, -0.5, 0, 0.5, 1]', () => {
    check(Array.from(sampleGrid(-1, 1, 5)).join() === '-1,-0.5,0,0.5,1', String(sampleGrid(-1, 1, 5)));
  });

  it('sampleGrid(xMin, xMax, n, kinks) always holds xMin, xMax, 0 and every kink inside, sorted without duplicates', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 49, noNaN: true }),
        fc.double({ min: 0.001, max: 100, noNaN: true }),
        fc.integer({ min: 2, max: 1500 }),
        fc.array(fc.double({ min: -60, max: 60, noNaN: true }), { maxLength: 4 }),
        (xMin, width, n, kinks) => {
          const xMax = xMin + width;
          fc.pre(xMax > xMin);
          const grid = sampleGrid(xMin, xMax, n, kinks);
          const has = (v: number) => grid.includes(v);
          check(grid[0] === xMin && grid[grid.length - 1] === xMax, 'ends');
          if (xMin < 0 && xMax > 0) check(has(0), 'zero');
          for (const k of kinks) if (k > xMin && k < xMax) check(has(k), `kink ${k}`);
          assertStrictlyIncreasing(grid, `[${xMin}, ${xMax}]`);
          check(
            grid.length >= n - 2 * (kinks.length + 1) && grid.length <= n + kinks.length + 1,
            `length ${grid.length} for n = ${n}`,
          );
        },
      ),
    );
  });

  it('sampleGrid(-a, a, n) is symmetric: grid[i] === -grid[last - i], with 0 exact in the middle', () => {
    for (const [a, n] of [
      [4, 1000],
      [3, 481],
      [7.5, 120],
      [1, 2],
    ] as const) {
      const grid = sampleGrid(-a, a, n);
      for (let i = 0; i < grid.length; i++)
        check(
          grid[i] === -(grid[grid.length - 1 - i] as number) || grid[i] === 0,
          `asymmetric at ${i} for a = ${a}, n = ${n}`,
        );
      check(grid.includes(0), `no 0 for a = ${a}, n = ${n}`);
    }
  });

  it('sampleGrid ignores kinks outside the domain and is deterministic', () => {
    const a = sampleGrid(0.5, 2, 7, [-1, 0, 3, 1.25]);
    const b = sampleGrid(0.5, 2, 7, [-1, 0, 3, 1.25]);
    check(Array.from(a).join() === Array.from(b).join(), 'not deterministic');
    check(Array.from(a).join() === '0.5,0.75,1,1.25,1.5,1.75,2', Array.from(a).join());
  });

  it('sampleGrid lets a regular point within 1e-9 of the span give way to a kink (no sliver segments)', () => {
    const grid = sampleGrid(-1, 1, 5, [0.5 + 1e-12]);
    check(Array.from(grid).join() === `-1,-0.5,0,${0.5 + 1e-12},1`, Array.from(grid).join());
  });

  it('sampleGrid throws a RangeError for an empty or non-finite domain or n < 2', () => {
    for (const args of [
      [1, 1, 10],
      [2, 1, 10],
      [Number.NaN, 1, 10],
      [0, Infinity, 10],
      [0, 1, 1],
      [0, 1, 2.5],
    ] as const) {
      let threw = false;
      try {
        sampleGrid(args[0], args[1], args[2]);
      } catch (e) {
        threw = e instanceof RangeError;
      }
      check(threw, `sampleGrid(${args.join(', ')}) did not throw a RangeError`);
    }
  });
});

describe('sampleCurve', () => {
  it('sampleCurve(relu, grid) is one run with the corner (0, 0) as a vertex', () => {
    const runs = sampleCurve(relu, sampleGrid(-3, 3, 10, [0]));
    check(runs.length === 1, `${runs.length} runs`);
    check(runs[0]?.some(([x, y]) => x === 0 && y === 0) === true, 'no vertex at (0, 0)');
  });

  it('sampleCurve(1/x, grid) drops the infinite point at 0 and breaks the path there', () => {
    const runs = sampleCurve((x) => 1 / x, sampleGrid(-1, 1, 5));
    check(JSON.stringify(runs) === '[[[-1,-1],[-0.5,-2]],[[0.5,2],[1,1]]]', JSON.stringify(runs));
  });

  it('sampleCurve drops NaN points (√x for x < 0) and keeps the finite run', () => {
    const runs = sampleCurve(Math.sqrt, sampleGrid(-1, 1, 5));
    check(JSON.stringify(runs) === `[[[0,0],[0.5,${Math.sqrt(0.5)}],[1,1]]]`, JSON.stringify(runs));
  });

  it('sampleCurve of a function that is nowhere finite is an empty list', () => {
    check(sampleCurve(() => Number.NaN, sampleGrid(0, 1, 4)).length === 0, 'not empty');
  });
});
