// Source of truth: Astro's heading ids (github-slugger: lower case, spaces to hyphens, CJK kept,
// a repeated heading numbered `-1`) and the translated anchor labels of src/i18n/ui-nav.
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { VFile } from 'vfile';
import rehypeHeadingAnchors, { textOf } from '../../src/markdown/rehype-heading-anchors';

const heading = (tagName: string, text: string): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children: [{ type: 'text', value: text }],
});

function run(children: Element[], path: string): Element[] {
  const tree: Root = { type: 'root', children };
  rehypeHeadingAnchors()(tree, new VFile({ path, value: '' }));
  return tree.children as Element[];
}

const anchorOf = (h: Element | undefined) =>
  h?.children.find((c): c is Element => c.type === 'element' && c.tagName === 'a');

describe('rehypeHeadingAnchors', () => {
  it('rehypeHeadingAnchors() gives each h2 and h3 its slug id and a link to it', () => {
    const [h2, h3] = run([heading('h2', 'How it works'), heading('h3', 'In PyTorch')], 'content/en/gelu.md');
    expect(h2?.properties['id']).toBe('how-it-works');
    expect(anchorOf(h2)?.properties).toEqual({
      className: ['anchor'],
      href: '#how-it-works',
      ariaLabel: 'Link to this section: How it works',
    });
    expect(h3?.properties['id']).toBe('in-pytorch');
    expect(anchorOf(h3)?.properties['href']).toBe('#in-pytorch');
  });

  it('rehypeHeadingAnchors() leaves the heading text alone (the anchor holds no text)', () => {
    const [h2] = run([heading('h2', 'Where it is used')], 'content/en/gelu.md');
    expect(h2 && textOf(h2)).toBe('Where it is used');
    expect(anchorOf(h2)?.children).toEqual([]);
  });

  it('rehypeHeadingAnchors() keeps CJK and Turkish letters in ids and translates the label', () => {
    const [ja] = run([heading('h2', '厳密な式と近似')], 'content/ja/gelu.md');
    expect(ja?.properties['id']).toBe('厳密な式と近似');
    expect(anchorOf(ja)?.properties['ariaLabel']).toBe('このセクションへのリンク：厳密な式と近似');
    const [tr] = run([heading('h2', 'Nasıl çalışır?')], 'content/tr/gelu.md');
    expect(tr?.properties['id']).toBe('nasıl-çalışır');
    expect(anchorOf(tr)?.properties['ariaLabel']).toBe('Bu bölümün bağlantısı: Nasıl çalışır?');
  });

  it('rehypeHeadingAnchors() gives a heading that names its id (`{#id}`) that id, marker removed, in any script', () => {
    const [en, tr, zh, plain] = run(
      [
        heading('h2', 'Compared with its neighbours {#compared-with-the-other-four}'),
        heading('h2', 'Komşu fonksiyonlarla karşılaştırma {#diğer-dört-fonksiyonla-karşılaştırma}'),
        heading('h3', '与相邻函数的比较{#与其他四个函数的比较}'),
        heading('h2', 'Sets {a, b}'),
      ],
      'content/en/gelu.md',
    );
    expect(en?.properties['id']).toBe('compared-with-the-other-four');
    expect(en && textOf(en)).toBe('Compared with its neighbours');
    expect(anchorOf(en)?.properties['href']).toBe('#compared-with-the-other-four');
    expect(tr?.properties['id']).toBe('diğer-dört-fonksiyonla-karşılaştırma');
    expect(zh?.properties['id']).toBe('与其他四个函数的比较');
    expect(zh && textOf(zh)).toBe('与相邻函数的比较');
    // A typed `--` reaches the plugin as the em dash smart punctuation made of it.
    const [dashed] = run(
      [heading('h2', 'Pourquoi une version « dure » {#pourquoi-une-version\u2014dure-}')],
      'content/fr/hardswish.md',
    );
    expect(dashed?.properties['id']).toBe('pourquoi-une-version--dure-');
    // Braces that are not a marker stay text, and the slug comes from the text as before.
    expect(plain && textOf(plain)).toBe('Sets {a, b}');
    expect(plain?.properties['id']).toBe('sets-a-b');
  });

  it('rehypeHeadingAnchors() numbers a repeated heading so ids stay unique', () => {
    const hs = run([heading('h2', 'Notes'), heading('h2', 'Notes')], 'content/fr/relu.md');
    expect(hs.map((h) => h.properties['id'])).toEqual(['notes', 'notes-1']);
  });

  it('rehypeHeadingAnchors() adds nothing to h1, h4 or paragraphs', () => {
    const hs = run([heading('h1', 'Title'), heading('h4', 'Small'), heading('p', 'Text')], 'content/zh/gelu.md');
    for (const h of hs) expect(anchorOf(h)).toBeUndefined();
  });

  it('rehypeHeadingAnchors() throws on a file outside content/{lang}/', () => {
    expect(() => run([heading('h2', 'x')], 'content/xx/gelu.md')).toThrow(/language/);
  });
});
