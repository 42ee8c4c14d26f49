import { describe, expect, it } from 'vitest';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import remarkTerms, { formPattern, termMatcher } from '../../src/markdown/remark-terms';
import rehypeApostrophe from '../../src/markdown/rehype-apostrophe';
import { parseTerms } from '../../src/markdown/terms';

// A small glossary of its own, so the expectations do not move with the site's wording.
const glossary = parseTerms(`
derivative:
  en: ['derivative*', 'gradient*']
  fr: ['dérivée*', 'gradient*']
  ja: ['導関数', '勾配']
  tr: ['türev*', 'gradyan*']
  zh: ['导数', '梯度']
vanishing-gradient:
  en: ['vanishing gradient*']
  fr: ['disparition du gradient', 'gradient* évanescent*']
  ja: ['勾配消失']
  tr: ['kaybolan gradyan*']
  zh: ['梯度消失']
activation-function:
  en: ['activation function*']
  fr: ["fonction* d'activation"]
  ja: ['活性化関数']
  tr: ['aktivasyon fonksiyon*']
  zh: ['激活函数']
transformer:
  en: ['Transformer*']
  fr: ['Transformer*']
  ja: ['トランスフォーマー', 'Transformer']
  tr: ['Transformer*']
  zh: ['Transformer']
`);

/** Renders Markdown as the site does (math, smart quotes, term links, KaTeX) for content/{locale}/{slug}.md. */
async function render(markdown: string, locale = 'en', slug = 'demo'): Promise<string> {
  const renderer = await unified({
    remarkPlugins: [remarkMath, [remarkTerms, { terms: glossary }]],
    rehypePlugins: [[rehypeKatex, { throwOnError: true, output: 'html' }], rehypeApostrophe],
    smartypants: true,
  }).createRenderer({});
  const result = await renderer.render(markdown, { fileURL: new URL(`file:///site/content/${locale}/${slug}.md`) });
  return result.code;
}

const link = (id: string, text: string) => `<a href="../terms/#${id}" class="term">${text}</a>`;

describe('remarkTerms on a function page', () => {
  it('remarkTerms() links the first occurrence of each term to /{lang}/terms/#id, and only the first', async () => {
    expect(await render('The gradient flows back. The gradient again, and the derivative.')).toBe(
      `<p>The ${link('derivative', 'gradient')} flows back. The gradient again, and the derivative.</p>`,
    );
  });

  it('remarkTerms() prefers the longest form at a position, and a later form of a linked term stays text', async () => {
    expect(await render('A vanishing gradient is a gradient problem. Another vanishing gradient.')).toBe(
      `<p>A ${link('vanishing-gradient', 'vanishing gradient')} is a ${link('derivative', 'gradient')} problem. Another vanishing gradient.</p>`,
    );
  });

  it('remarkTerms() never links inside a heading, a link, inline code or a formula', async () => {
    const html = await render(
      '## The gradient\n\n[gradient](../x/) `gradient` $\\text{gradient}$\n\n```\ngradient\n```\n\nThe gradient.',
    );
    expect(html.match(/class="term"/g)).toHaveLength(1);
    expect(html).toContain(`<p>The ${link('derivative', 'gradient')}.</p>`);
    expect(html).toContain('<h2 id="the-gradient">The gradient</h2>');
  });

  it('remarkTerms() respects word boundaries in Latin script and takes the rest of a starred word', async () => {
    expect(await render('Antigradients are not gradients.')).toBe(
      `<p>Antigradients are not ${link('derivative', 'gradients')}.</p>`,
    );
    expect(await render('GELU is an activation function.')).toBe(
      `<p>GELU is an ${link('activation-function', 'activation function')}.</p>`,
    );
  });

  it('remarkTerms() matches across case, any space and either apostrophe (French elision, after smart quotes)', async () => {
    expect(await render("La fonction d'activation et le Gradient évanescent.", 'fr')).toBe(
      `<p>La ${link('activation-function', 'fonction d’activation')} et le ${link('vanishing-gradient', 'Gradient évanescent')}.</p>`,
    );
    expect(await render('Les fonctions\u00a0d’activation.', 'fr')).toContain(
      link('activation-function', 'fonctions\u00a0d’activation'),
    );
  });

  it("remarkTerms() keeps a Turkish suffix inside the link, with its apostrophe as an apostrophe (Transformer'ın)", async () => {
    expect(await render("Transformer'ın ileri beslemeli bloğu, kaybolan gradyanı azaltır.", 'tr')).toBe(
      `<p>${link('transformer', 'Transformer’ın')} ileri beslemeli bloğu, ${link('vanishing-gradient', 'kaybolan gradyanı')} azaltır.</p>`,
    );
  });

  it('remarkTerms() finds Japanese and Chinese terms without word boundaries, Latin words inside CJK text too', async () => {
    expect(await render('これが勾配消失で、Transformerの勾配です。', 'ja')).toBe(
      `<p>これが${link('vanishing-gradient', '勾配消失')}で、${link('transformer', 'Transformer')}の${link('derivative', '勾配')}です。</p>`,
    );
    expect(await render('这就是梯度消失。', 'zh')).toBe(`<p>这就是${link('vanishing-gradient', '梯度消失')}。</p>`);
  });

  it('remarkTerms() leaves text without any term untouched', async () => {
    expect(await render('Nothing to see here.')).toBe('<p>Nothing to see here.</p>');
  });
});

describe('remarkTerms on the terms page', () => {
  const page = (ids: string[]) => ids.map((id) => `## Name of ${id} {#${id}}\n\nA gradient.`).join('\n\n');

  it('remarkTerms() gives each term heading its anchor, removes the marker and links nothing', async () => {
    const html = await render(
      page(['derivative', 'vanishing-gradient', 'activation-function', 'transformer']),
      'en',
      'terms',
    );
    expect(html).toContain('<h2 id="vanishing-gradient">Name of vanishing-gradient</h2>');
    expect(html).not.toContain('{#');
    expect(html).not.toContain('class="term"');
  });

  it('remarkTerms() fails when a language misses a term, adds one, reorders them or leaves a heading without id', async () => {
    await expect(
      render(page(['derivative', 'vanishing-gradient', 'activation-function']), 'fr', 'terms'),
    ).rejects.toThrow(/defines \[derivative, vanishing-gradient, activation-function\]/);
    await expect(
      render(page(['derivative', 'vanishing-gradient', 'activation-function', 'transformer', 'extra']), 'ja', 'terms'),
    ).rejects.toThrow(/extra/);
    await expect(
      render(page(['vanishing-gradient', 'derivative', 'activation-function', 'transformer']), 'tr', 'terms'),
    ).rejects.toThrow(/content\/terms.yaml lists/);
    await expect(render('## No anchor\n\ntext', 'zh', 'terms')).rejects.toThrow(/without \{#id\}/);
  });
});

describe('formPattern and termMatcher', () => {
  it('formPattern() escapes regex characters and allows either apostrophe', () => {
    expect(new RegExp(formPattern("f(x)'s"), 'iu').test('f(x)’s')).toBe(true);
    expect(new RegExp(formPattern('a.b'), 'iu').test('axb')).toBe(false);
  });

  it('termMatcher() orders forms longest first and maps each group to its term', () => {
    const { ids } = termMatcher(glossary, 'en');
    expect(ids[0]).toBe('activation-function');
    expect(ids).toContain('derivative');
    expect(ids.length).toBe(5);
  });
});
