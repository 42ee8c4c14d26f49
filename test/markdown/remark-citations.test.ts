import { describe, expect, it } from 'vitest';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import remarkFacts, { replaceFacts } from '../../src/markdown/remark-facts';
import { formatInteger } from '../../src/i18n/format';
import remarkCitations, { pageOf } from '../../src/markdown/remark-citations';
import { parseBibliography } from '../../src/markdown/bibliography';
import { parseCanon } from '../../src/markdown/canon';

const bibliography = parseBibliography(`
hendrycks2016:
  kind: preprint
  authors: ['Hendrycks, D.', 'Gimpel, K.']
  year: 2016
  title: 'Gaussian Error Linear Units (GELUs)'
  venue: 'arXiv:1606.08415'
  url: 'https://arxiv.org/abs/1606.08415'
maas2013:
  kind: inproceedings
  authors: ['Maas, A. L.', 'Hannun, A. Y.', 'Ng, A. Y.']
  year: 2013
  title: 'Rectifier Nonlinearities Improve Neural Network Acoustic Models'
  venue: 'ICML 2013 Workshop'
  url: 'https://example.org/maas'
elsewhere2020:
  kind: preprint
  authors: ['Other, A.']
  year: 2020
  title: 'Cited by another page'
  venue: 'arXiv:0000.00000'
  url: 'https://example.org/other'
`);
const canon = parseCanon(
  `
demo:
  facts:
    demo-min: 'the minimum is where it is'
    demo-origin: 'the paper that proposed it'
  refs: [hendrycks2016, maas2013]
other:
  facts:
    other-fact: 'a fact of another page'
  refs: [elsewhere2020]
`,
  bibliography,
);

/** Renders Markdown as the site does (math, facts, citations, KaTeX) for a file content/{locale}/demo.md. */
async function render(markdown: string, locale = 'en', slug = 'demo'): Promise<string> {
  const renderer = await unified({
    remarkPlugins: [remarkMath, remarkFacts, [remarkCitations, { bibliography, canon }]],
    rehypePlugins: [[rehypeKatex, { throwOnError: true, output: 'htmlAndMathml' }]],
    smartypants: false,
  }).createRenderer({});
  const result = await renderer.render(markdown, { fileURL: new URL(`file:///site/content/${locale}/${slug}.md`) });
  return result.code;
}

describe('remarkCitations', () => {
  it('remarkCitations() turns [@key] into a localized citation linking to #ref-key', async () => {
    expect(await render('GELU is smooth [@hendrycks2016].')).toBe(
      '<p>GELU is smooth (<a href="#ref-hendrycks2016" class="cite">Hendrycks &#x26; Gimpel, 2016</a>).</p>',
    );
    expect(await render('GELU 是光滑的[@hendrycks2016; @maas2013]。', 'zh')).toBe(
      '<p>GELU 是光滑的（<a href="#ref-hendrycks2016" class="cite">Hendrycks 和 Gimpel，2016</a>；<a href="#ref-maas2013" class="cite">Maas 等，2013</a>）。</p>',
    );
  });

  it('remarkCitations() prints the year alone for [-@key], the authors being named in the sentence', async () => {
    expect(await render('Maas, Hannun et Ng [-@maas2013] la proposent.', 'fr')).toBe(
      '<p>Maas, Hannun et Ng (<a href="#ref-maas2013" class="cite">2013</a>) la proposent.</p>',
    );
  });

  it('remarkCitations() removes a fact marker with one space, before it or else after it', async () => {
    expect(await render('One. {fact:demo-min} Two. {fact:demo-origin}')).toBe('<p>One. Two.</p>');
    expect(await render('最小値です。{fact:demo-min} 次の文。', 'ja')).toBe('<p>最小値です。次の文。</p>');
  });

  it('remarkCitations() fails on a key outside the page refs, even one the bibliography has', async () => {
    await expect(render('[@elsewhere2020]')).rejects.toThrow(/"elsewhere2020" is not among the refs of demo/);
    await expect(render('[@nope]')).rejects.toThrow(/"nope" is not among the refs of demo/);
  });

  it('remarkCitations() fails on an unknown fact id, a fact of another page and a malformed citation', async () => {
    await expect(render('x {fact:demo-max}')).rejects.toThrow(/"demo-max" is not a fact of demo/);
    await expect(render('x {fact:other-fact}')).rejects.toThrow(/"other-fact" is not a fact of demo/);
    await expect(render('x [@hendrycks2016, @maas2013]')).rejects.toThrow(/malformed citation/);
  });

  it('remarkCitations() fails on a page that content/canon.yaml does not list', async () => {
    await expect(render('text', 'en', 'tanh')).rejects.toThrow(/no page "tanh"/);
  });

  it('remarkCitations() leaves ordinary links and brackets alone', async () => {
    expect(await render('See [ReLU](../relu/) and [a note].')).toBe(
      '<p>See <a href="../relu/">ReLU</a> and [a note].</p>',
    );
  });

  it('pageOf() reads locale and slug from content/{lang}/{slug}.md', () => {
    expect(pageOf('/x/content/zh/leaky-relu.md')).toEqual({ locale: 'zh', slug: 'leaky-relu' });
    expect(() => pageOf('/x/content/de/gelu.md')).toThrow(/cannot tell the language/);
  });
});

describe('remarkFacts in formulas', () => {
  it('remarkFacts() gives prose formulas the decimal separator of their language', async () => {
    expect(await render('$x\\,\\sigma(1.702x)$', 'fr')).toContain(
      '<annotation encoding="application/x-tex">x\\,\\sigma(1{,}702x)</annotation>',
    );
    expect(await render('$x\\,\\sigma(1.702x)$', 'en')).toContain(
      '<annotation encoding="application/x-tex">x\\,\\sigma(1.702x)</annotation>',
    );
  });

  it('remarkFacts() fills fact tokens inside TeX as plain decimals', async () => {
    expect(await render('$y = {{geluMinY|4}}$', 'tr')).toContain(
      '<annotation encoding="application/x-tex">y = -0{,}1700</annotation>',
    );
    await expect(render('$y = {{geluMinY|e2}}$')).rejects.toThrow(/scientific or grouped token cannot go inside TeX/);
    await expect(render('$n = {{float32Epsilon|i}}$')).rejects.toThrow(
      /scientific or grouped token cannot go inside TeX/,
    );
  });
});

// Source of truth: formatInteger (Intl.NumberFormat's grouping for each locale, checked in
// test/i18n) and the token's own rule: a grouped token takes whole numbers only.
describe('replaceFacts with a grouped token ({{name|i}})', () => {
  const facts = { weights: 4_718_592, half: 0.5 };
  it('replaceFacts() writes a whole number with each locale’s digit grouping', () => {
    expect(replaceFacts('{{weights|i}} weights', 'en', facts)).toBe('4,718,592 weights');
    expect(replaceFacts('{{weights|i}}', 'fr', facts)).toBe(formatInteger(4_718_592, 'fr'));
    expect(replaceFacts('{{weights|i}}', 'tr', facts)).toBe('4.718.592');
  });
  it('replaceFacts() refuses a grouped token for a number that is not whole', () => {
    expect(() => replaceFacts('{{half|i}}', 'en', facts)).toThrow(/not a whole number/);
  });
});
