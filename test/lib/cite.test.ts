// Source of truth: APA 7th edition (group author, date, title with version, site, URL) and the
// BibTeX format (LaTeX's ten special characters; `@misc` with braced fields). Every expectation
// is an exact string: formatting has no tolerance.
import { describe, expect, it } from 'vitest';
import {
  apaDate,
  bibtexEscape,
  bibtexKey,
  citeApa,
  citeBibtex,
  dateParts,
  siteAuthors,
  type CitedPage,
} from '../../src/lib/cite';

const page = (over: Partial<CitedPage> = {}): CitedPage => ({
  slug: 'gelu',
  lang: 'en',
  langTag: 'en',
  title: 'GELU (Gaussian Error Linear Unit): an input weighted by its own probability',
  siteName: 'Activation functions, computed',
  url: 'https://activations.example.org/en/gelu/',
  version: '0.1.0',
  date: '2026-11-23',
  ...over,
});

describe('dateParts', () => {
  it('dateParts(iso) reads year, month and day', () => {
    expect(dateParts('2026-11-23')).toEqual({ year: 2026, month: 11, day: 23 });
  });

  it('dateParts() throws on a malformed or impossible date', () => {
    expect(() => dateParts('2026-02-30')).toThrow(/not a date/);
    expect(() => dateParts('23/11/2026')).toThrow(/not a date/);
    expect(() => dateParts('')).toThrow(/not a date/);
  });
});

describe('apaDate', () => {
  it('apaDate() puts the year first in each language', () => {
    expect(apaDate('2026-11-23', 'en')).toBe('2026, November 23');
    expect(apaDate('2026-11-23', 'fr')).toBe('2026, 23 novembre');
    expect(apaDate('2026-11-23', 'tr')).toBe('2026, 23 Kasım');
    expect(apaDate('2026-11-23', 'ja')).toBe('2026年11月23日');
    expect(apaDate('2026-11-23', 'zh-Hans')).toBe('2026年11月23日');
  });

  it('apaDate() does not shift the day across time zones (read as UTC)', () => {
    expect(apaDate('2026-01-01', 'en')).toBe('2026, January 1');
  });
});

describe('citeApa', () => {
  it('citeApa() writes authors, date, title with version, site and URL', () => {
    expect(citeApa(page(), 'Version 0.1.0')).toBe(
      `${siteAuthors}. (2026, November 23). GELU (Gaussian Error Linear Unit): an input weighted by its own probability (Version 0.1.0). Activation functions, computed. https://activations.example.org/en/gelu/`,
    );
  });

  it('citeApa() keeps CJK titles and the localized version words', () => {
    const ja = page({
      lang: 'ja',
      langTag: 'ja',
      title: 'GELU（ガウス誤差線形ユニット）',
      siteName: '計算で描く活性化関数',
    });
    expect(citeApa(ja, 'バージョン 0.1.0')).toBe(
      `${siteAuthors}. (2026年11月23日). GELU（ガウス誤差線形ユニット） (バージョン 0.1.0). 計算で描く活性化関数. https://activations.example.org/en/gelu/`,
    );
  });
});

describe('bibtexKey', () => {
  it('bibtexKey(slug, lang) is activations-slug-lang', () => {
    expect(bibtexKey('gelu', 'en')).toBe('activations-gelu-en');
    expect(bibtexKey('leaky-relu', 'zh')).toBe('activations-leaky-relu-zh');
  });

  it('bibtexKey() keeps only lower-case ASCII letters, digits and single hyphens', () => {
    expect(bibtexKey('Leaky ReLU!', 'FR')).toBe('activations-leaky-relu-fr');
    expect(bibtexKey('ガウス', 'ja')).toBe('activations-ja');
    expect(bibtexKey('a{b}%c', 'en')).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('bibtexEscape', () => {
  it('bibtexEscape() escapes the ten LaTeX special characters', () => {
    expect(bibtexEscape('a & b % c $ d # e _ f { g } h ~ i ^ j \\ k')).toBe(
      'a \\& b \\% c \\$ d \\# e \\_ f \\{ g \\} h \\textasciitilde{} i \\textasciicircum{} j \\textbackslash{} k',
    );
  });

  it('bibtexEscape() leaves colons, accents, Turkish letters, CJK and the minus sign unchanged', () => {
    for (const title of [
      "GELU (Gaussian Error Linear Unit) : l'entrée pondérée par la loi normale",
      'Tanh – hiperbolik tanjant: −1 ile 1 arasında, sıfır merkezli S eğrisi',
      'GELU（高斯误差线性单元）：按概率给输入加权的激活函数',
      'シグモイド関数（Sigmoid）：どんな入力も 0 と 1 の間に収める S 字形の活性化関数',
    ])
      expect(bibtexEscape(title)).toBe(title);
  });

  it('bibtexEscape() output has balanced braces for any input', () => {
    const depth = (s: string) => {
      let d = 0;
      for (let i = 0; i < s.length; i++) {
        if (s[i] === '\\') {
          i++; // an escaped character is not a group delimiter
          continue;
        }
        if (s[i] === '{') d++;
        if (s[i] === '}' && --d < 0) return -1;
      }
      return d;
    };
    for (const s of ['}{', '{{{', '\\}', 'a}b{c', '\\\\{']) expect(depth(bibtexEscape(s))).toBe(0);
  });
});

describe('citeBibtex', () => {
  it('citeBibtex() writes a @misc entry with title, URL, version and date', () => {
    expect(citeBibtex(page(), 'Version 0.1.0, last changed 2026-11-23')).toBe(
      [
        '@misc{activations-gelu-en,',
        '  author       = {{The activation explainer authors}},',
        '  title        = {{GELU (Gaussian Error Linear Unit): an input weighted by its own probability}},',
        '  howpublished = {Activation functions, computed},',
        '  year         = {2026},',
        '  month        = nov,',
        '  version      = {0.1.0},',
        '  url          = {https://activations.example.org/en/gelu/},',
        '  note         = {Version 0.1.0, last changed 2026-11-23},',
        '  language     = {en}',
        '}',
      ].join('\n'),
    );
  });

  it('citeBibtex() escapes specials in the title and the site name', () => {
    const out = citeBibtex(page({ title: 'R&D: 100% of x_1', siteName: 'A#B' }), 'n');
    expect(out).toContain('title        = {{R\\&D: 100\\% of x\\_1}},');
    expect(out).toContain('howpublished = {A\\#B},');
  });

  it('citeBibtex() keeps a CJK title and uses the page language', () => {
    const zh = page({
      slug: 'gelu',
      lang: 'zh',
      langTag: 'zh-Hans',
      title: 'GELU（高斯误差线性单元）：按概率给输入加权的激活函数',
    });
    const out = citeBibtex(zh, '版本 0.1.0，最后修改于 2026-11-23');
    expect(out.startsWith('@misc{activations-gelu-zh,\n')).toBe(true);
    expect(out).toContain('title        = {{GELU（高斯误差线性单元）：按概率给输入加权的激活函数}},');
    expect(out).toContain('note         = {版本 0.1.0，最后修改于 2026-11-23},');
    expect(out).toContain('language     = {zh-Hans}');
  });

  it('citeBibtex() refuses a URL that would break the url field', () => {
    expect(() => citeBibtex(page({ url: 'https://x.org/a}b' }), 'n')).toThrow(/URL/);
    expect(() => citeBibtex(page({ url: 'https://x.org/a b' }), 'n')).toThrow(/URL/);
  });

  it('citeBibtex() throws on a bad date instead of printing NaN', () => {
    expect(() => citeBibtex(page({ date: '2026-13-01' }), 'n')).toThrow(/not a date/);
  });
});
