import { describe, expect, it } from 'vitest';
import { geluGrad, normalCdf, reluGrad } from '../../../src/lib/math';
import { deadEpsilon, deadShare, deadUnits, geluDeadBelow } from '../../../src/lib/ideas/dead';
import { assertAbsClose, assertRelClose } from '../math/helpers';

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

  it('deadUnits() GELU share matches P(b < edge − max x) = Φ(edge − max x) within 4 SE, edge = geluDeadBelow(ε)', () => {
    // |GELU′| grows with z left of −√2, so a unit is dead iff all its z = x + b lie below the
    // edge where |GELU′| = ε, i.e. iff b < edge − max_i x_i.
    const edge = geluDeadBelow(deadEpsilon);
    for (const shift of [-4, -3, -2]) {
      const r = deadUnits({ seed: 7, shift, alpha: 0.01, units: 20000, inputs: 100 });
      const p = normalCdf(edge - r.maxInput);
      assertAbsClose(r.share.gelu, p, 4 * Math.sqrt((p * (1 - p)) / 20000) + 1e-12, `shift ${shift}`);
    }
  });

  it('deadUnits() counts a unit dead when |f′| < ε everywhere: Leaky ReLU with α ≥ ε never, with α < ε like ReLU', () => {
    const r = deadUnits({ seed: 1, shift: -4, alpha: 0.01 });
    expect(r.epsilon).toBe(deadEpsilon);
    expect(r.share.relu).toBeGreaterThan(0.5);
    expect(r.share.leaky).toBe(0);
    expect(deadUnits({ seed: 1, shift: -4, alpha: 0 }).share.leaky).toBe(r.share.relu);
    expect(deadUnits({ seed: 1, shift: -4, alpha: deadEpsilon / 2 }).share.leaky).toBe(r.share.relu);
  });

  it('deadUnits() with ε = 0 counts no GELU unit: its slope is never exactly 0 on these inputs', () => {
    expect(deadUnits({ seed: 1, shift: -4, alpha: 0.01, epsilon: 0 }).share.gelu).toBe(0);
    expect(deadUnits({ seed: 1, shift: -4, alpha: 0.01, epsilon: 1e-6 }).share.gelu).toBeLessThan(
      deadUnits({ seed: 1, shift: -4, alpha: 0.01 }).share.gelu,
    );
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

describe('geluDeadBelow', () => {
  it("geluDeadBelow(1e-3) is mpmath's −3.8103714360016395, where |GELU′| = ε", () => {
    assertRelClose(geluDeadBelow(1e-3), -3.8103714360016395, 1e-12, 'edge');
    assertRelClose(Math.abs(geluGrad(geluDeadBelow(1e-3))), 1e-3, 1e-12, '|GELU′(edge)|');
  });

  it('geluDeadBelow() moves left as ε shrinks and rejects ε outside (0, max |GELU′| on the left)', () => {
    expect(geluDeadBelow(1e-6)).toBeLessThan(geluDeadBelow(1e-3));
    expect(() => geluDeadBelow(0)).toThrow(RangeError);
    expect(() => geluDeadBelow(0.2)).toThrow(RangeError);
  });
});

describe('deadShare', () => {
  it('deadShare() counts units off at every input (bias −2 with inputs ≤ 1: dead; bias 0: alive)', () => {
    expect(deadShare(reluGrad, Float64Array.from([-2, 0]), Float64Array.from([0.5, 1]))).toBe(0.5);
    expect(deadShare(reluGrad, new Float64Array(0), Float64Array.from([1]))).toBe(0);
  });

  it('deadShare() compares |f′| with ε: a slope of −1e-4 everywhere is dead for ε = 1e-3, alive for ε = 1e-5', () => {
    const flat = () => -1e-4;
    expect(deadShare(flat, Float64Array.from([0]), Float64Array.from([1, 2]), 1e-3)).toBe(1);
    expect(deadShare(flat, Float64Array.from([0]), Float64Array.from([1, 2]), 1e-5)).toBe(0);
  });
});
