import { describe, expect, it } from 'vitest';
import { renameKeys, seriesParamText } from '../../../src/lib/plot/series';
import { activationIds, activation, paramDefaults } from '../../../src/lib/math';
import { activationParams, defaultView, resolveView } from '../../../src/lib/state/resolve';
import { parseView } from '../../../src/lib/state/view';

const fmt = (v: number, digits: number) => v.toFixed(digits);

// Source of truth: the registry's parameter metadata (symbol, default, digits); exact strings.
describe('seriesParamText', () => {
  it('seriesParamText() is empty for every curve at its defaults', () => {
    for (const id of activationIds) {
      const a = activation(id);
      for (const s of a.series) expect(seriesParamText(s.id, () => paramDefaults(a), fmt)[0]).toBe('');
    }
  });

  it('seriesParamText() names each numeric parameter away from its default, with its symbol and digits', () => {
    for (const id of activationIds) {
      const a = activation(id);
      for (const p of a.params) {
        if (p.kind !== 'range') continue;
        const value = p.default === p.max ? p.min : p.max;
        const view = resolveView(id, parseView(`${p.key}=${value}`, id));
        const [text] = seriesParamText(a.series[0].id, (act) => activationParams(id, view, act), fmt);
        expect(text).toBe(`${p.symbol} = ${value.toFixed(p.digits)}`);
      }
    }
  });

  it('seriesParamText() ignores choice parameters (they pick a curve of their own)', () => {
    for (const id of activationIds) {
      const a = activation(id);
      const view = defaultView(id);
      for (const s of a.series)
        expect(seriesParamText(s.id, (act) => activationParams(id, view, act), fmt)[0]).toBe('');
    }
  });
});

// Source of truth: the registry's `renames` on SiLU's β (SiLU is Swish-β at β = 1; Ramachandran
// et al. 2017) and the UI strings; exact keys.
describe('the name a parameter gives a curve (seriesParamText()[1])', () => {
  it('renames SiLU to Swish exactly when β is off its default, on its page and on the comparison page', () => {
    const at = (page: 'silu' | 'compare', query: string) => {
      const view = resolveView(page, parseView(query, page));
      return seriesParamText('silu', (act) => activationParams(page, view, act), fmt)[1];
    };
    expect(at('silu', '')).toBeUndefined();
    expect(at('silu', 'beta=1')).toBeUndefined();
    expect(at('silu', 'beta=1.5')).toBe('fn.swish');
    expect(at('silu', 'beta=0.01')).toBe('fn.swish');
    expect(at('compare', 'beta=2')).toBe('fn.swish');
  });

  it('keeps every other curve its own name at any parameter value', () => {
    for (const id of activationIds) {
      const a = activation(id);
      for (const p of a.params) {
        if (p.kind !== 'range' || p.renames) continue;
        const view = resolveView(id, parseView(`${p.key}=${p.max}`, id));
        for (const s of a.series)
          expect(seriesParamText(s.id, (act) => activationParams(id, view, act), fmt)[1]).toBeUndefined();
      }
    }
  });

  it('renameKeys() lists each key once, and every locale names it', async () => {
    expect(renameKeys()).toEqual(['fn.swish']);
    const { localeIds } = await import('../../../src/i18n/locales');
    const { useTranslations } = await import('../../../src/i18n');
    for (const l of localeIds) expect(useTranslations(l)('fn.swish')).toBe('Swish');
  });
});
