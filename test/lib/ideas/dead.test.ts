import { describe, expect, it } from 'vitest';
import {
  eluGrad,
  geluGrad,
  hardswishGrad,
  leakyReluGrad,
  normalCdf,
  reluGrad,
  softplusGrad,
} from '../../../src/lib/math';
import {
  deadBelow,
  deadEpsilon,
  deadExtras,
  deadReferences,
  deadShare,
  deadUnits,
  geluDeadBelow,
} from '../../../src/lib/ideas/dead';
import { ideaMembers } from '../../../src/lib/ideas/members';
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

describe('deadBelow', () => {
  it('deadBelow(hardswishGrad) is exactly −3: Hardswish′ is 0 below −3 and −0.5 at −3', () => {
    expect(deadBelow(hardswishGrad)).toBe(-3);
  });

  it('deadBelow(eluGrad) is ln ε (αeˣ = ε at α = 1) and deadBelow(softplusGrad) is ln(ε/(1 − ε)) (σ(x) = ε)', () => {
    // Closed forms, evaluated in double precision: ln(1e-3) and ln(1e-3 / 0.999).
    assertRelClose(deadBelow(eluGrad), -6.907755278982137, 1e-12, 'ELU');
    assertRelClose(
      deadBelow((x) => eluGrad(x, 2)),
      Math.log(1e-3 / 2),
      1e-12,
      'ELU α = 2',
    );
    assertRelClose(deadBelow(softplusGrad), -6.906754778648554, 1e-12, 'Softplus');
  });

  it('deadBelow(geluGrad) agrees with geluDeadBelow() to the last bit', () => {
    expect(deadBelow(geluGrad)).toBe(geluDeadBelow());
  });

  it('deadBelow() is −∞ when the slope is never below ε on the left (Leaky ReLU, α = 0.01) and NaN when it always is', () => {
    expect(deadBelow((x) => leakyReluGrad(x, 0.01))).toBe(Number.NEGATIVE_INFINITY);
    expect(deadBelow(() => 0)).toBeNaN();
  });
});

describe('deadExtras', () => {
  it('deadExtras(focus) adds the page’s own activation when it lists the figure and is not a reference', () => {
    expect(deadExtras('elu')).toEqual(['elu']);
    expect(deadExtras('softplus')).toEqual(['softplus']);
    expect(deadExtras('hardswish')).toEqual(['hardswish']);
    expect(deadExtras('relu')).toEqual([]);
    expect(deadExtras('leaky-relu')).toEqual([]);
    expect(deadExtras()).toEqual([]);
  });

  it('deadExtras() covers every entry listing the figure, together with the references', () => {
    const references: string[] = deadReferences.map((r) => r.id);
    for (const id of ideaMembers('dead')) expect(references.includes(id) || deadExtras(id).includes(id), id).toBe(true);
  });

  it('deadExtras() ignores unknown ids and entries that do not list the figure', () => {
    for (const bad of ['tanh', 'gelu', 'nope', '__proto__', 7]) expect(deadExtras(bad)).toEqual([]);
  });
});

describe('deadUnits with extra activations', () => {
  const extra = ['elu', 'softplus', 'hardswish'];

  it('deadUnits() Hardswish share matches P(b < −3 − max x) = Φ(−3 − max x) within 4 SE, like ReLU’s at 0', () => {
    // Hardswish′(z) = 0 iff z < −3 (and |Hardswish′| ≥ ε elsewhere but within 0.003 of −1.5, where
    // no unit keeps all its inputs), so a unit is dead iff b < −3 − max_i x_i.
    for (const shift of [-4, -3, -2]) {
      const r = deadUnits({ seed: 13, shift, alpha: 0.01, units: 20000, inputs: 100, extra: ['hardswish'] });
      const p = normalCdf(-3 - r.maxInput);
      assertAbsClose(
        r.share['hardswish'] ?? Number.NaN,
        p,
        4 * Math.sqrt((p * (1 - p)) / 20000) + 1e-12,
        `shift ${shift}`,
      );
    }
  });

  it('deadUnits(): an edge further left never counts more dead units (ELU, Softplus ≤ GELU ≤ ReLU; Hardswish ≤ ReLU)', () => {
    for (const shift of [-4, -3, -2, 0]) {
      const r = deadUnits({ seed: 3, shift, alpha: 0.01, extra });
      const [elu, softplus, hardswish] = extra.map((id) => r.share[id] ?? Number.NaN);
      expect(elu).toBeLessThanOrEqual(r.share.gelu);
      expect(softplus).toBeLessThanOrEqual(r.share.gelu);
      expect(r.share.gelu).toBeLessThanOrEqual(r.share.relu);
      expect(hardswish).toBeLessThanOrEqual(r.share.relu);
    }
  });

  it('deadUnits() at μ = −4 counts Hardswish units dead and no ELU or Softplus unit (their edge is near −6.9)', () => {
    const r = deadUnits({ seed: 1, shift: -4, alpha: 0.01, extra });
    expect(r.share['hardswish']).toBeGreaterThan(0);
    expect(r.share['elu']).toBe(0);
    expect(r.share['softplus']).toBe(0);
  });

  it('deadUnits() keeps the references’ shares when extras are added, and every share is a number in [0, 1]', () => {
    const plain = deadUnits({ seed: 4, shift: -3, alpha: 0.05 });
    const more = deadUnits({ seed: 4, shift: -3, alpha: 0.05, extra });
    expect([more.share.relu, more.share.leaky, more.share.gelu]).toEqual([
      plain.share.relu,
      plain.share.leaky,
      plain.share.gelu,
    ]);
    for (const v of Object.values(more.share)) expect(v >= 0 && v <= 1).toBe(true);
  });
});
