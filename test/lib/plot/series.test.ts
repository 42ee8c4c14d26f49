import { describe, expect, it } from 'vitest';
import { seriesParamText } from '../../../src/lib/plot/series';
import { activationIds, activation, paramDefaults } from '../../../src/lib/math';
import { activationParams, defaultView, resolveView } from '../../../src/lib/state/resolve';
import { parseView } from '../../../src/lib/state/view';

const fmt = (v: number, digits: number) => v.toFixed(digits);

// Source of truth: the registry's parameter metadata (symbol, default, digits); exact strings.
describe('seriesParamText', () => {
  it('seriesParamText() is empty for every curve at its defaults', () => {
    for (const id of activationIds) {
      const a = activation(id);
      for (const s of a.series) expect(seriesParamText(s.id, () => paramDefaults(a), fmt)).toBe('');
    }
  });

  it('seriesParamText() names each numeric parameter away from its default, with its symbol and digits', () => {
    for (const id of activationIds) {
      const a = activation(id);
      for (const p of a.params) {
        if (p.kind !== 'range') continue;
        const value = p.default === p.max ? p.min : p.max;
        const view = resolveView(id, parseView(`${p.key}=${value}`, id));
        const text = seriesParamText(a.series[0].id, (act) => activationParams(id, view, act), fmt);
        expect(text).toBe(`${p.symbol} = ${value.toFixed(p.digits)}`);
      }
    }
  });

  it('seriesParamText() ignores choice parameters (they pick a curve of their own)', () => {
    for (const id of activationIds) {
      const a = activation(id);
      const view = defaultView(id);
      for (const s of a.series) expect(seriesParamText(s.id, (act) => activationParams(id, view, act), fmt)).toBe('');
    }
  });
});
