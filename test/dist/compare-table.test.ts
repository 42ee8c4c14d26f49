// The comparison table as built, in every language. Source of truth: the rows of
// src/lib/compare-table.ts (one per registry entry) formatted by src/i18n/format.ts; the
// built cells must show exactly those strings, with no NaN, undefined or unreplaced token.
import { describe, expect, it } from 'vitest';
import { compareRows, displayDigits } from '../../src/lib/compare-table';
import { activationIds } from '../../src/lib/math/registry';
import { useTranslations } from '../../src/i18n';
import { formatFixed } from '../../src/i18n/format';
import { localeIds } from '../../src/i18n/locales';
import { attr, loadSite, textOf, type Element } from './site';

const site = loadSite();
const rows = compareRows();
const child = (el: Element, tag: string): Element[] =>
  el.childNodes.filter((c): c is Element => 'tagName' in c && c.tagName === tag);

describe('the comparison table', () => {
  for (const lang of localeIds) {
    const t = useTranslations(lang);
    const page = site.pages.get(`/${lang}/compare/`);
    const table = page?.elements.find((e) => e.tagName === 'table' && attr(e, 'class')?.includes('compare'));
    const body = table && child(table, 'tbody')[0];
    const trs = body ? child(body, 'tr') : [];
    const heads = table ? child(child(child(table, 'thead')[0] ?? table, 'tr')[0] ?? table, 'th') : [];

    it(`/${lang}/compare/ has one row per activation, in registry order, each linking to its page`, () => {
      expect(table).toBeDefined();
      const links = trs.map((tr) => {
        const th = child(tr, 'th')[0];
        const a = th && child(th, 'a')[0];
        return a ? attr(a, 'href') : undefined;
      });
      expect(links.map((h) => h?.replace(/\/$/, '').split('/').pop())).toEqual([...activationIds]);
      expect(links.every((h) => h?.includes(`/${lang}/`))).toBe(true);
    });

    it(`/${lang}/compare/ shows no NaN, undefined, Infinity or {{ in the table, and every data cell has a sort value`, () => {
      const text = table ? textOf(table) : '';
      expect(text).not.toMatch(/NaN|undefined|Infinity|\{\{/);
      for (const tr of trs) for (const td of child(tr, 'td')) expect(attr(td, 'data-value')).toBeDefined();
    });

    it(`/${lang}/compare/ shows f(0) and f'(0) exactly as the numeric module and the locale's format give them`, () => {
      const col = (key: 'compare.table.col.valueAtZero' | 'compare.table.col.slopeAtZero') =>
        heads.findIndex((th) => textOf(th).trim() === t(key)) - 1;
      const v0 = col('compare.table.col.valueAtZero');
      const d0 = col('compare.table.col.slopeAtZero');
      expect(v0).toBeGreaterThanOrEqual(0);
      expect(d0).toBeGreaterThanOrEqual(0);
      rows.forEach((r, i) => {
        const tds = trs[i] ? child(trs[i], 'td') : [];
        const cell = (c: number) => (tds[c] ? textOf(tds[c]).trim() : '');
        expect(cell(v0), r.id).toBe(formatFixed(r.valueAtZero, lang, displayDigits(r.valueAtZero)));
        expect(cell(d0), r.id).toBe(formatFixed(r.slopeAtZero, lang, displayDigits(r.slopeAtZero)));
      });
    });

    it(`/${lang}/compare/ links each paper to its entry in the page's reference list, and has the #chooser guide`, () => {
      const refs = trs.flatMap((tr) =>
        child(tr, 'td').flatMap((td) => child(td, 'a').map((a) => attr(a, 'href') ?? '')),
      );
      expect(refs).toEqual(rows.map((r) => `#ref-${r.source}`));
      for (const r of rows) expect(page?.ids.has(`ref-${r.source}`), r.source).toBe(true);
      expect(page?.ids.has('chooser')).toBe(true);
    });
  }
});
