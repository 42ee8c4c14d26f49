import { describe, expect, it } from 'vitest';
import { activation, activationIds, paramDefaults } from '../../../src/lib/math/registry';
import { handoutValuesOf, handoutXs } from '../../../src/lib/state/handout';

/** |actual − expected| within `rel` of |expected| (or absolutely near 0). */
function assertInDelta(actual: number, expected: number, rel: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(expected)));
}

describe('handoutValuesOf', () => {
  it('handoutValuesOf(id, "") is each entry at its defaults, at the screen table inputs (1e-15)', () => {
    expect(handoutXs).toEqual([-3, -2, -1, -0.5, 0, 0.5, 1, 2, 3]);
    for (const id of activationIds) {
      const a = activation(id);
      const table = handoutValuesOf(id, '');
      expect(table.series).toBe(id);
      table.rows.forEach((r, i) => {
        expect(r.x).toBe(handoutXs[i]);
        assertInDelta(r.f, a.f(r.x, paramDefaults(a)), 1e-15);
        assertInDelta(r.df, a.df(r.x, paramDefaults(a)), 1e-15);
      });
    }
  });

  it("handoutValuesOf('elu', '?alpha=1.5') is ELU with α = 1.5: 1.5·(e⁻¹ − 1) at −1 (1e-15)", () => {
    const t = handoutValuesOf('elu', '?alpha=1.5');
    expect(t.params).toEqual([{ symbol: 'α', value: 1.5, digits: 2 }]);
    assertInDelta(t.rows[2]!.f, -0.9481808382428365, 1e-15);
    expect(t.rows[4]!.df).toBe(1.5);
  });

  it("handoutValuesOf('gelu', '?approx=tanh') tabulates the tanh form: 0.8411919906082768 at 1 (1e-15)", () => {
    const t = handoutValuesOf('gelu', '?approx=tanh');
    expect(t.series).toBe('gelu-tanh');
    expect(t.params).toEqual([]);
    assertInDelta(t.rows[6]!.f, 0.8411919906082768, 1e-15);
  });

  it("handoutValuesOf('silu', '?beta=1.5') names the curve Swish; at β = 1 it keeps SiLU's name", () => {
    expect(handoutValuesOf('silu', '?beta=1.5').rename).toBe('fn.swish');
    expect(handoutValuesOf('silu', '?beta=1').rename).toBeUndefined();
    expect(handoutValuesOf('gelu', '?approx=tanh').rename).toBeUndefined();
  });

  it('handoutValuesOf reads a hostile query like the explorer: clamped, malformed values dropped', () => {
    expect(handoutValuesOf('elu', '?alpha=99').params).toEqual([{ symbol: 'α', value: 3, digits: 2 }]);
    expect(handoutValuesOf('elu', '?alpha=<b>x</b>').params).toEqual([{ symbol: 'α', value: 1, digits: 2 }]);
    const t = handoutValuesOf('gelu', '?approx=%3Cscript%3E&x=NaN');
    expect(t.series).toBe('gelu');
    for (const r of t.rows) expect(Number.isFinite(r.f) && Number.isFinite(r.df)).toBe(true);
  });
});
