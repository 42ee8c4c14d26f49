import { describe, expect, it } from 'vitest';
import { normalCdf, reluGrad } from '../../../src/lib/math';
import { deadShare, deadUnits } from '../../../src/lib/ideas/dead';
import { assertAbsClose } from '../math/helpers';

describe('deadUnits', () => {
  it('deadUnits() ReLU share matches P(b ≤ −max x) = Φ(−max x) within 4 SE, at several shifts', () => {
    // Closed form: b ~ N(0, 1) and ReLU′(z) = 0 iff z ≤ 0, so a unit is dead for the drawn
    // inputs iff b ≤ −max_i x_i. Tolerance 4·√(p(1−p)/units) (binomial SE, 20000 units).
    for (const shift of [-4, -3, -2, -1, 0]) {
      const r = deadUnits({ seed: 11, shift, alpha: 0.01, units: 20000, inputs: 100 });
      const p = normalCdf(-r.maxInput);
      assertAbsClose(r.share.relu, p, 4 * Math.sqrt((p * (1 - p)) / 20000) + 1e-12, `shift ${shift}`);
    }
  });

  it('deadUnits() Leaky ReLU with α > 0 and GELU have no dead unit; Leaky ReLU with α = 0 is ReLU', () => {
    const r = deadUnits({ seed: 1, shift: -4, alpha: 0.01 });
    expect(r.share.relu).toBeGreaterThan(0.5);
    expect(r.share.leaky).toBe(0);
    expect(r.share.gelu).toBe(0);
    expect(deadUnits({ seed: 1, shift: -4, alpha: 0 }).share.leaky).toBe(r.share.relu);
  });

  it('deadUnits() histogram counts every unit once; its last bin is the dead units', () => {
    const r = deadUnits({ seed: 2, shift: -2, alpha: 0.1, units: 500 });
    expect(r.histogram.reduce((a, b) => a + b, 0)).toBe(500);
    expect((r.histogram.at(-1) ?? 0) / 500).toBe(r.share.relu);
  });

  it('deadUnits() is deterministic for a seed', () => {
    expect(deadUnits({ seed: 5, shift: -1, alpha: 0.2 })).toEqual(deadUnits({ seed: 5, shift: -1, alpha: 0.2 }));
  });
});

describe('deadShare', () => {
  it('deadShare() counts units off at every input (bias −2 with inputs ≤ 1: dead; bias 0: alive)', () => {
    expect(deadShare(reluGrad, Float64Array.from([-2, 0]), Float64Array.from([0.5, 1]))).toBe(0.5);
    expect(deadShare(reluGrad, new Float64Array(0), Float64Array.from([1]))).toBe(0);
  });
});
