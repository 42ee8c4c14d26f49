// Source of truth: Turkish and French typography (an apostrophe, U+2019, joins a suffix to a word).
import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import rehypeApostrophe from '../../src/markdown/rehype-apostrophe';

const formula = { type: 'element' as const, tagName: 'span', properties: { className: ['katex'] }, children: [] };
const run = (children: Root['children']): Root => {
  const tree: Root = { type: 'root', children };
  rehypeApostrophe()(tree);
  return tree;
};

describe('rehypeApostrophe', () => {
  it('rehypeApostrophe() turns the opening quote after a formula into an apostrophe', () => {
    const tree = run([
      { type: 'element', tagName: 'p', properties: {}, children: [formula, { type: 'text', value: '‘in türevi' }] },
    ]);
    expect(JSON.stringify(tree)).toContain('"’in türevi"');
  });

  it('rehypeApostrophe() leaves a real opening quote that does not follow a formula', () => {
    const tree = run([
      {
        type: 'element',
        tagName: 'p',
        properties: {},
        children: [
          { type: 'text', value: 'a ' },
          { type: 'text', value: '‘quoted’' },
        ],
      },
    ]);
    expect(JSON.stringify(tree)).toContain('"‘quoted’"');
  });
});
