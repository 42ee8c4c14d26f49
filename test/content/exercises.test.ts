import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { activationIds, activation, allFacts } from '../../src/lib/math';
import { localeIds } from '../../src/i18n/locales';
import { exerciseCount, exercises, pageExercises, parseExercises } from '../../src/markdown/exercises';
import { renderInline } from '../../src/markdown/inline';
import { linkDigits } from '../../src/lib/state/exercise';
import { resolveView } from '../../src/lib/state/resolve';
import { parseView } from '../../src/lib/state/view';

// Source of truth: content/exercises.yaml (views, once per page) and each language's
// frontmatter (texts); numbers come from allFacts(), views read back through parseView.
const all = exercises();
const facts = allFacts();
const texts = (locale: string, slug: string) => {
  const { frontmatter } = parseFrontmatter(readFileSync(`content/${locale}/${slug}.md`, 'utf8'));
  return (frontmatter['exercises'] ?? []) as Array<{ id: string; q: string; a: string }>;
};

describe('content/exercises.yaml', () => {
  it(`every function page of the registry ends with ${exerciseCount.min} to ${exerciseCount.max} exercises; no other page is listed`, () => {
    expect(Object.keys(all).sort()).toEqual([...activationIds].sort());
    for (const id of activationIds) {
      const n = pageExercises(id).length;
      expect(n, id).toBeGreaterThanOrEqual(exerciseCount.min);
      expect(n, id).toBeLessThanOrEqual(exerciseCount.max);
    }
  });

  it('each view reads back through parseView/resolveView to its x (within the link’s rounding), inside the x-range', () => {
    for (const id of activationIds)
      for (const e of pageExercises(id)) {
        const view = resolveView(id, parseView(e.query, id));
        const x = typeof e.spec.x === 'number' ? e.spec.x : (facts[e.spec.x] ?? Number.NaN);
        // Tolerance: half a unit of the link's last decimal.
        expect(Math.abs(view.x - x), `${id}/${e.id}`).toBeLessThanOrEqual(0.5 * 10 ** -linkDigits);
        expect(Math.abs(view.x), `${id}/${e.id}`).toBeLessThanOrEqual(view.range);
        for (const [key, value] of Object.entries(e.spec.params ?? {}))
          expect(view.params[key], `${id}/${e.id} ${key}`).toBe(typeof value === 'number' ? value : facts[value]);
        expect(view.compare, `${id}/${e.id}`).toEqual([...(e.spec.compare ?? [])]);
        if (e.spec.range !== undefined) expect(view.range).toBe(e.spec.range);
      }
  });

  it('the probe of an exercise whose x names a fact sits at that fact (GELU’s minimum: f′ = 0 there)', () => {
    const [minimum] = pageExercises('gelu');
    expect(minimum?.spec.x).toBe('geluMinX');
    const view = resolveView('gelu', parseView(minimum?.query ?? '', 'gelu'));
    // |GELU′| near its zero is about |GELU″(x*)|·|Δx| ≲ 0.5·5e-5: the probe reads a slope of 0.0000.
    expect(Math.abs(activation('gelu').df(view.x))).toBeLessThan(5e-5);
  });

  it('rejects a file with an unknown fact, a non-page slug, a duplicate id or too few exercises', () => {
    const three = (x: string) => `a-1: { x: ${x} }\n  a-2: { x: 0 }\n  a-3: { x: 0 }`;
    expect(() => parseExercises(`gelu:\n  ${three('noSuchFact')}`)).toThrow(/unknown fact "noSuchFact"/);
    expect(() => parseExercises(`glu:\n  ${three('0')}`)).toThrow(/not a function page/);
    expect(() => parseExercises(`gelu:\n  ${three('0')}\nrelu:\n  ${three('0')}`)).toThrow(
      /already an exercise of gelu/,
    );
    expect(() => parseExercises('gelu:\n  a-1: { x: 0 }')).toThrow(/list 3 to 5 exercises/);
  });
});

describe('exercise texts in every language', () => {
  for (const locale of localeIds)
    it(`${locale}: each page lists the same exercise ids in the same order as content/exercises.yaml`, () => {
      for (const slug of activationIds)
        expect(
          texts(locale, slug).map((e) => e.id),
          `content/${locale}/${slug}.md`,
        ).toEqual(pageExercises(slug).map((e) => e.id));
      // The GLU page has no explorer view to link to, and no exercises.
      expect(texts(locale, 'glu')).toEqual([]);
    });

  for (const locale of localeIds)
    it(`${locale}: every question and answer renders (known facts, valid TeX) with no NaN, undefined or stray braces`, () => {
      for (const slug of activationIds)
        for (const e of texts(locale, slug))
          for (const text of [e.q, e.a]) {
            const html = renderInline(text, locale);
            expect(html, `${locale}/${slug}/${e.id}`).not.toMatch(/NaN|undefined|\{\{|\}\}/);
          }
    });

  it('answers quote computed numbers: every answer carries at least one facts token', () => {
    for (const locale of localeIds)
      for (const slug of activationIds)
        for (const e of texts(locale, slug))
          expect(e.a, `${locale}/${slug}/${e.id}`).toMatch(/\{\{[A-Za-z0-9]+\|e?\d\}\}/);
  });

  it('the same facts tokens appear in every language’s version of an exercise', () => {
    const tokens = (s: string) => [...s.matchAll(/\{\{([A-Za-z0-9]+)\|e?\d\}\}/g)].map((m) => m[0]).sort();
    for (const slug of activationIds)
      for (const [i, e] of texts('en', slug).entries()) {
        const want = tokens(e.q + e.a);
        for (const locale of localeIds) {
          const other = texts(locale, slug)[i];
          expect(tokens((other?.q ?? '') + (other?.a ?? '')), `${locale}/${slug}/${e.id}`).toEqual(want);
        }
      }
  });
});
