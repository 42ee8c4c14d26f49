import { describe, expect, it } from 'vitest';
import { gelu, normalCdf } from '../../../src/lib/math';
import { gateEstimate, gateGrid, gateStream } from '../../../src/lib/ideas/gate';
import { assertAbsClose } from '../math/helpers';

describe('gateEstimate', () => {
  it('gateEstimate() with seed 1 lands within 4 standard errors of GELU(x) at several x (n = 1000 and 10000)', () => {
    // Source of truth: GELU(x) = x·Φ(x) = E[x·m], m ~ Bernoulli(Φ(x)); the estimator's SE is
    // |x|·√(Φ(1−Φ)/n). Tolerance: 4 SE (a fixed seed, so the check is deterministic).
    for (const n of [1000, 10000])
      for (const x of [-3, -2, -1, -0.5, 0.25, 0.5, 1, 2, 3]) {
        const e = gateEstimate(x, n, gateStream(1, x));
        assertAbsClose(e.mean, gelu(x), 4 * e.se, `x = ${x}, n = ${n}`);
      }
  });

  it('gateEstimate() reports kept draws, the exact mean x·kept/n, the exact SE and GELU(x)', () => {
    const e = gateEstimate(1, 100, gateStream(5, 1), 10);
    expect(e.mean).toBe(e.kept / 100);
    expect(e.exact).toBe(gelu(1));
    const p = normalCdf(1);
    expect(e.se).toBe(Math.sqrt((p * (1 - p)) / 100));
    expect(e.masks.length).toBe(10);
  });

  it('gateEstimate() at x = 0 is exactly 0 with SE 0, and n = 0 gives 0, never NaN', () => {
    const e = gateEstimate(0, 10, gateStream(1, 0));
    expect([e.mean, e.se, e.exact]).toEqual([0, 0, 0]);
    const empty = gateEstimate(2, 0, gateStream(1, 2));
    expect([empty.mean, empty.se]).toEqual([0, 0]);
  });

  it('gateEstimate() with n = 10 sees the first ten draws of n = 1000 (a running mean)', () => {
    const small = gateEstimate(0.5, 10, gateStream(9, 0.5), 10);
    const big = gateEstimate(0.5, 1000, gateStream(9, 0.5), 10);
    expect(big.masks).toEqual(small.masks);
  });
});

describe('gateGrid', () => {
  it('gateGrid() is deterministic for a seed and changes with the seed', () => {
    const xs = [-1, 0.5, 2];
    const a = gateGrid(4, xs, 100).map((e) => e.kept);
    expect(gateGrid(4, xs, 100).map((e) => e.kept)).toEqual(a);
    expect(gateGrid(5, xs, 100).map((e) => e.kept)).not.toEqual(a);
  });
});
