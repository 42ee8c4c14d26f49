import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { activationIds, activation, allFacts } from '../../src/lib/math';
import { localeIds } from '../../src/i18n/locales';
import {
  exerciseCount,
  exercises,
  explorerExercises,
  pageExercises,
  parseExercises,
} from '../../src/markdown/exercises';
import { gluSlug } from '../../src/lib/reading-order';
import { parseGluView } from '../../src/lib/state/glu';
import { gluExample, gluExerciseWidth } from '../../src/lib/math/glu';
import { renderInline } from '../../src/markdown/inline';
import { linkDigits } from '../../src/lib/state/exercise';
import { resolveView } from '../../src/lib/state/resolve';
import { parseView } from '../../src/lib/state/view';

// Source of truth: content/exercises.yaml (views, once per page) and each language's
// frontmatter (texts); numbers come from allFacts(), views read back through parseView (the
// GLU page's through parseGluView).
const all = exercises();
const facts = allFacts();
const texts = (locale: string, slug: string) => {
  const { frontmatter } = parseFrontmatter(readFileSync(`content/${locale}/${slug}.md`, 'utf8'));
  return (frontmatter['exercises'] ?? []) as Array<{ id: string; q: string; a: string }>;
};

describe('content/exercises.yaml', () => {
  it(`every function page of the registry and the GLU page end with ${exerciseCount.min} to ${exerciseCount.max} exercises; no other page is listed`, () => {
    expect(Object.keys(all).sort()).toEqual([...activationIds, gluSlug].sort());
    for (const id of [...activationIds, gluSlug]) {
      const n = pageExercises(id).length;
      expect(n, id).toBeGreaterThanOrEqual(exerciseCount.min);
      expect(n, id).toBeLessThanOrEqual(exerciseCount.max);
    }
  });

  it('each view reads back through parseView/resolveView to its x (within the link’s rounding), inside the x-range', () => {
    for (const id of activationIds)
      for (const e of explorerExercises(id)) {
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
    const [minimum] = explorerExercises('gelu');
    expect(minimum?.spec.x).toBe('geluMinX');
    const view = resolveView('gelu', parseView(minimum?.query ?? '', 'gelu'));
    // |GELU′| near its zero is about |GELU″(x*)|·|Δx| ≲ 0.5·5e-5: the probe reads a slope of 0.0000.
    expect(Math.abs(activation('gelu').df(view.x))).toBeLessThan(5e-5);
  });

  it('rejects a file with an unknown fact, a non-page slug, a duplicate id or too few exercises', () => {
    const three = (x: string) => `a-1: { x: ${x} }\n  a-2: { x: 0 }\n  a-3: { x: 0 }`;
    expect(() => parseExercises(`gelu:\n  ${three('noSuchFact')}`)).toThrow(/unknown fact "noSuchFact"/);
    expect(() => parseExercises(`nope:\n  ${three('0')}`)).toThrow(/not a function page/);
    expect(() => parseExercises(`gelu:\n  ${three('0')}\nrelu:\n  ${three('0')}`)).toThrow(
      /already an exercise of gelu/,
    );
    expect(() => parseExercises('gelu:\n  a-1: { x: 0 }')).toThrow(/list 3 to 5 exercises/);
  });
});

describe('the GLU page’s exercises', () => {
  it('open the figure at a value a or the weight table at a width d, and the page reads the link back', () => {
    const list = pageExercises(gluSlug);
    expect(list.length).toBeGreaterThanOrEqual(exerciseCount.min);
    for (const e of list) {
      if (e.kind !== 'glu') throw new Error(`${e.id}: not a GLU exercise`);
      expect(e.anchor, e.id).toBe(e.shows.key === 'a' ? 'two-inputs' : 'weights');
      expect(parseGluView(e.query)[e.shows.key], e.id).toBe(e.shows.value);
    }
    // The page's default view (a = 1) stays out of the link.
    expect(list.find((e) => e.id === 'glu-gate-zero')?.query).toBe('');
    expect(list.find((e) => e.id === 'glu-sign-flip')?.query).toBe('a=-2');
    expect(list.find((e) => e.id === 'glu-same-cost')?.query).toBe('d=1024');
    // The answers quote gluFacts(), computed at the example and the width the links open.
    const shown = (id: string) => {
      const e = list.find((g) => g.id === id);
      return e?.kind === 'glu' ? e.state : undefined;
    };
    expect(shown('glu-sign-flip')?.a).toBe(gluExample.a);
    expect(shown('glu-same-cost')?.d).toBe(gluExerciseWidth);
  });

  it('rejects a GLU exercise without a section, with the other section’s key, or off its control', () => {
    const glu = (a: string) => `glu:\n  g-1: ${a}\n  g-2: { at: weights, d: 8 }\n  g-3: { at: weights, d: 8 }`;
    expect(() => parseExercises(glu('{ a: 1 }'))).toThrow(/name a section/);
    expect(() => parseExercises(glu('{ at: two-inputs, d: 8 }'))).toThrow(/needs a/);
    expect(() => parseExercises(glu('{ at: weights, d: 8, a: 1 }'))).toThrow(/takes d, not a/);
    expect(() => parseExercises(glu('{ at: two-inputs, a: 9 }'))).toThrow(/a = 9 is not a value/);
    expect(() => parseExercises(glu('{ at: weights, d: 1.5 }'))).toThrow(/d = 1.5 is not a value/);
    expect(() => parseExercises('gelu:\n  a-1: { at: weights, d: 8 }\n  a-2: { x: 0 }\n  a-3: { x: 0 }')).toThrow(
      /explorer's view/,
    );
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
      expect(texts(locale, gluSlug).map((e) => e.id)).toEqual(pageExercises(gluSlug).map((e) => e.id));
    });

  for (const locale of localeIds)
    it(`${locale}: every question and answer renders (known facts, valid TeX) with no NaN, undefined or stray braces`, () => {
      for (const slug of [...activationIds, gluSlug])
        for (const e of texts(locale, slug))
          for (const text of [e.q, e.a]) {
            const html = renderInline(text, locale);
            expect(html, `${locale}/${slug}/${e.id}`).not.toMatch(/NaN|undefined|\{\{|\}\}/);
          }
    });

  it('answers quote computed numbers: every answer carries at least one facts token', () => {
    for (const locale of localeIds)
      for (const slug of [...activationIds, gluSlug])
        for (const e of texts(locale, slug))
          expect(e.a, `${locale}/${slug}/${e.id}`).toMatch(/\{\{[A-Za-z0-9]+\|(e?\d|i)\}\}/);
  });

  it('the same facts tokens appear in every language’s version of an exercise', () => {
    const tokens = (s: string) => [...s.matchAll(/\{\{([A-Za-z0-9]+)\|(e?\d|i)\}\}/g)].map((m) => m[0]).sort();
    for (const slug of [...activationIds, gluSlug])
      for (const [i, e] of texts('en', slug).entries()) {
        const want = tokens(e.q + e.a);
        for (const locale of localeIds) {
          const other = texts(locale, slug)[i];
          expect(tokens((other?.q ?? '') + (other?.a ?? '')), `${locale}/${slug}/${e.id}`).toEqual(want);
        }
      }
  });
});
