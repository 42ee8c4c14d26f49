import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { linkedTerms, parseTerms, termHref, termIds, terms } from '../../src/markdown/terms';
import { termSections } from '../../src/markdown/term-sections';
import { localeIds } from '../../src/i18n/locales';

// Source of truth: content/terms.yaml declares the glossary's term ids once, in order; every
// language's content/{lang}/terms.md defines exactly those, under `## Name {#id}` headings.
const body = (locale: string) => parseFrontmatter(readFileSync(`content/${locale}/terms.md`, 'utf8')).content;

/** The `{#id}` anchors of a terms page, in order, and each term's definition text. */
function definitions(markdown: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = markdown.split(/^## /m).slice(1);
  for (const part of parts) {
    const id = /\{#([a-z0-9-]+)\}\s*$/m.exec(part.split('\n')[0] ?? '')?.[1] ?? `(no id: ${part.slice(0, 30)})`;
    out.set(id, part.split('\n').slice(1).join('\n').trim());
  }
  return out;
}

describe('the glossary of terms', () => {
  it('content/terms.yaml parses and lists the terms the site defines', () => {
    expect(termIds()).toEqual([
      'activation-function',
      'derivative',
      'backpropagation',
      'vanishing-gradient',
      'dying-relu',
      'saturation',
      'monotonic',
      'smooth',
      'zero-centred',
      'cdf',
      'erf',
      'transformer',
      'feed-forward',
      'gating',
      'float32',
      'autograd',
    ]);
  });

  for (const locale of localeIds)
    it(`content/${locale}/terms.md defines every term of content/terms.yaml, no more, no less, in its order`, () => {
      const defs = definitions(body(locale));
      expect([...defs.keys()]).toEqual(termIds());
      for (const [id, text] of defs) expect(text.length, `${locale} ${id}`).toBeGreaterThan(80);
    });

  it('the vanishing-gradient definition uses the word readers search for in each language', () => {
    const word = { en: 'vanishing', fr: 'évanescent', ja: '勾配消失', tr: 'gradyan', zh: '梯度消失' } as const;
    for (const locale of localeIds)
      expect(definitions(body(locale)).get('vanishing-gradient'), locale).toContain(word[locale]);
  });

  it('every term has at least one surface form in every language that occurs in its own definition', () => {
    const t = terms();
    for (const locale of localeIds) {
      const defs = definitions(body(locale));
      for (const id of termIds()) {
        const text = (defs.get(id) ?? '').toLocaleLowerCase(locale).replace(/['’]/g, "'");
        const stems = (t[id]?.[locale] ?? []).map(
          (f) => f.replace(/\*/g, '').toLocaleLowerCase(locale).split(/\s+/)[0] ?? '',
        );
        expect(
          stems.some((s) => text.includes(s)),
          `${locale} ${id}: none of ${stems.join(', ')}`,
        ).toBe(true);
      }
    }
  });

  it('parseTerms() rejects a term without a language, a form with outer spaces and an id in capitals', () => {
    const ok = `a-b:\n  en: [x]\n  fr: [x]\n  ja: [x]\n  tr: [x]\n  zh: [x]\n`;
    expect(termIds(parseTerms(ok))).toEqual(['a-b']);
    expect(() => parseTerms(ok.replace('  zh: [x]\n', ''))).toThrow(/zh/);
    expect(() => parseTerms(ok.replace('en: [x]', "en: [' x']"))).toThrow(/outer spaces/);
    expect(() => parseTerms(ok.replace('a-b', 'A-b'))).toThrow(/A-b/);
    expect(() => parseTerms('{}')).toThrow(/no term/);
  });
});

describe('term links in rendered HTML', () => {
  it('termHref() is relative to a page of the same language', () => {
    expect(termHref('vanishing-gradient')).toBe('../terms/#vanishing-gradient');
  });

  it('linkedTerms() lists the terms a page links to, once each, in order of appearance', () => {
    const html = `<p><a href="../terms/#smooth" class="term">s</a> <a href="../gelu/">g</a> <a href="../terms/#cdf">c</a> <a href="../terms/#smooth">s</a></p>`;
    expect(linkedTerms(html)).toEqual(['smooth', 'cdf']);
    expect(linkedTerms('<p>none</p>')).toEqual([]);
  });

  it('termSections() cuts the page at its h2 headings and checks their ids', () => {
    const html = '<p>intro</p><h2 id="a">A</h2><p>a</p><h2 id="b">B</h2><p>b</p>';
    expect(termSections(html, ['a', 'b'])).toEqual({
      intro: '<p>intro</p>',
      sections: [
        { id: 'a', html: '<h2 id="a">A</h2><p>a</p>' },
        { id: 'b', html: '<h2 id="b">B</h2><p>b</p>' },
      ],
    });
    expect(termSections('<h2 id="a">A</h2>', ['a']).intro).toBe('');
    expect(() => termSections(html, ['b', 'a'])).toThrow(/sections \[a, b\], expected \[b, a\]/);
  });
});
