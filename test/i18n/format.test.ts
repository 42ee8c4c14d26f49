import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatDate,
  formatFixed,
  formatInterval,
  formatScientific,
  decimalSeparators,
  formatTick,
  pluralForm,
} from '../../src/i18n/format';
import { langTag, localeIds } from '../../src/i18n/locales';

describe('number formatting', () => {
  it('formatFixed() uses the locale decimal separator and a true minus sign', () => {
    expect(formatFixed(-0.15865525393145707, 'fr', 4)).toBe('−0,1587');
    expect(formatFixed(-0.15865525393145707, 'en', 4)).toBe('−0.1587');
    expect(formatFixed(-0.7517916243, 'tr', 4)).toBe('−0,7518');
    expect(formatFixed(0.25, 'ja', 2)).toBe('0.25');
  });

  it('formatFixed() drops the sign of a value that rounds to zero', () => {
    expect(formatFixed(-0.00001, 'en', 4)).toBe('0.0000');
    expect(formatFixed(-0, 'en', 2)).toBe('0.00');
  });

  it('formatFixed() never prints NaN or Infinity', () => {
    expect(formatFixed(NaN, 'en', 2)).toBe('–');
    expect(formatFixed(-Infinity, 'en', 2)).toBe('−∞');
  });

  it('formatScientific() writes a locale mantissa and a superscript exponent', () => {
    expect(formatScientific(4.7299e-4, 'en', 3)).toBe('4.73 × 10⁻⁴');
    expect(formatScientific(4.7299e-4, 'fr', 3)).toBe('4,73 × 10⁻⁴');
  });

  it('formatTick() trims trailing zeros', () => {
    expect(formatTick(-2.5, 'fr')).toBe('−2,5');
    expect(formatTick(-0, 'en')).toBe('0');
  });

  it('formatTick() and formatFixed() keep their own cached formatters for the same digit count', () => {
    // Either order: a formatter cached by one must not leak its fraction digits into the other.
    expect(formatTick(2.5, 'en', 2)).toBe('2.5');
    expect(formatFixed(2.5, 'en', 2)).toBe('2.50');
    expect(formatTick(2.5, 'en', 2)).toBe('2.5');
    expect(formatFixed(-1.5, 'ja', 2)).toBe('−1.50');
    expect(formatTick(-1.5, 'ja', 2)).toBe('−1.5');
  });

  it('formatDate() writes the review date in the reader\u2019s language', () => {
    expect(formatDate('2026-11-23', 'en')).toBe('November 23, 2026');
    expect(formatDate('2026-11-23', 'fr')).toBe('23 novembre 2026');
    expect(formatDate('2026-11-23', 'ja')).toBe('2026年11月23日');
  });
});

describe('formatFixed against Intl', () => {
  // Source of truth: Intl.NumberFormat with the same digits, no grouping, and U+2212 for the
  // minus sign. The two may differ only where a value lies within 1e-9 of a rounding tie
  // (Intl rounds the shortest decimal string half away from zero, toFixed the exact double).
  const intl = (v: number, tag: string, digits: number) => {
    const rounded = Number(v.toFixed(digits));
    return new Intl.NumberFormat(tag, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: false,
    })
      .format(rounded === 0 ? 0 : v)
      .replace(/-/g, '\u2212');
  };
  const tags = { en: 'en', fr: 'fr', ja: 'ja', tr: 'tr', zh: 'zh-CN' } as const;

  it('agrees with Intl in all five locales away from rounding ties', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.constantFrom(...(Object.keys(tags) as Array<keyof typeof tags>)),
        fc.integer({ min: 0, max: 6 }),
        (v, locale, digits) => {
          const scaled = Math.abs(v) * 10 ** digits;
          fc.pre(Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-9 * Math.max(1, scaled));
          expect(formatFixed(v, locale, digits)).toBe(intl(v, tags[locale], digits));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('each locale\u2019s decimal separator is the one Intl writes, between ASCII digits', () => {
    for (const locale of localeIds) {
      const parts = new Intl.NumberFormat(langTag(locale), { minimumFractionDigits: 1 }).formatToParts(12.5);
      expect(parts.map((p) => p.value).join(''), locale).toBe(`12${decimalSeparators[locale]}5`);
    }
  });

  it('formatTick() agrees with Intl (up to maxDigits digits, no trailing zeros) away from rounding ties', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e6, max: 1e6, noNaN: true }),
          fc.integer({ min: -100, max: 100 }).map((k) => k / 4),
        ),
        fc.constantFrom(...(Object.keys(tags) as Array<keyof typeof tags>)),
        fc.integer({ min: 0, max: 4 }),
        (v, locale, digits) => {
          const scaled = Math.abs(v) * 10 ** digits;
          fc.pre(Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-9 * Math.max(1, scaled));
          const intlTick = new Intl.NumberFormat(tags[locale], { maximumFractionDigits: digits, useGrouping: false })
            .format(Object.is(v, -0) ? 0 : v)
            .replace(/-/g, '\u2212');
          expect(formatTick(v, locale, digits)).toBe(intlTick);
        },
      ),
      { numRuns: 3000 },
    );
    expect(formatTick(20, 'en', 0)).toBe('20');
    expect(formatTick(-0.001, 'en', 2)).toBe('\u22120');
    expect(formatTick(Infinity, 'fr')).toBe('∞');
  });

  it('rounds the exact double at a tie, and falls back to Intl from 1e21 on', () => {
    // 1.005 is 1.00499999999999989341858963598497211933135986328125 as a double.
    expect(formatFixed(1.005, 'en', 2)).toBe('1.00');
    expect(formatFixed(-2.5, 'fr', 0)).toBe('−3');
    expect(formatFixed(1e21, 'en', 1)).toBe('1000000000000000000000.0');
  });
});

describe('formatInterval', () => {
  const fmt = (locale: 'en' | 'fr' | 'ja' | 'tr' | 'zh') => (v: number) => formatFixed(v, locale, 4);
  const min = { value: -0.16997120747990363, closed: true };
  const inf = { value: Infinity, closed: false };

  it('formatInterval() keeps a comma between the ends where the decimal separator is a point', () => {
    expect(formatInterval(min, inf, 'en', fmt('en'))).toBe('[−0.1700, ∞)');
    expect(formatInterval(min, inf, 'ja', fmt('ja'))).toBe('[−0.1700, ∞)');
    expect(formatInterval(min, inf, 'zh', fmt('zh'))).toBe('[−0.1700, ∞)');
  });

  it('formatInterval() writes French intervals with a semicolon and outward brackets for open ends', () => {
    expect(formatInterval(min, inf, 'fr', fmt('fr'))).toBe('[−0,1700\u202f; +∞[');
    expect(
      formatInterval({ value: 0, closed: false }, { value: 1, closed: false }, 'fr', (v) => formatFixed(v, 'fr', 0)),
    ).toBe(']0\u202f; 1[');
  });

  it('formatInterval() separates Turkish ends with a semicolon', () => {
    expect(formatInterval(min, inf, 'tr', fmt('tr'))).toBe('[−0,1700; ∞)');
    expect(formatInterval({ value: -Infinity, closed: true }, inf, 'tr', fmt('tr'))).toBe('(−∞; ∞)');
  });
});

describe('pluralForm', () => {
  it('pluralForm() is one for a single figure in English, French and Turkish, other in Japanese and Chinese', () => {
    expect(['en', 'fr', 'tr', 'ja', 'zh'].map((l) => pluralForm(1, l as 'en'))).toEqual([
      'one',
      'one',
      'one',
      'other',
      'other',
    ]);
    expect(pluralForm(2, 'en')).toBe('other');
    expect(pluralForm(0, 'fr')).toBe('one');
    expect(pluralForm(1000000, 'fr')).toBe('other');
  });
});

// format.ts hands Intl the URL segment (`zh`) instead of the page tag (`zh-Hans`), to keep the
// locale declarations out of browser bundles. Source of truth: Intl with the page tag itself.
describe('the URL segment as Intl locale', () => {
  it('formats numbers, dates and plurals exactly as the page tag does, for every locale', async () => {
    const { langTag, localeIds } = await import('../../src/i18n/locales');
    const numbers = [-0.17, 1234567.891, 0.5, -3, 1e-7, 42];
    for (const id of localeIds) {
      const tag = langTag(id);
      for (const opts of [{ maximumFractionDigits: 4 }, { minimumFractionDigits: 2, maximumFractionDigits: 2 }, {}])
        for (const n of numbers)
          expect(new Intl.NumberFormat(id, opts).format(n), `${id} ${n}`).toBe(
            new Intl.NumberFormat(tag, opts).format(n),
          );
      const date = new Date(Date.UTC(2026, 10, 23));
      const d = { dateStyle: 'long', timeZone: 'UTC' } as const;
      expect(new Intl.DateTimeFormat(id, d).format(date)).toBe(new Intl.DateTimeFormat(tag, d).format(date));
      for (const n of [0, 1, 2, 5, 21])
        expect(new Intl.PluralRules(id).select(n)).toBe(new Intl.PluralRules(tag).select(n));
    }
  });
});
