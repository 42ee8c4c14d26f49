import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../src/markdown/bibliography';
import { canon, pageCanon, parseCanon } from '../../src/markdown/canon';

const bib = parseBibliography(`
a2016:
  kind: preprint
  authors: ['A, B.']
  year: 2016
  title: 'A work'
  venue: 'arXiv:1'
  url: 'https://example.org/a'
`);

describe('canon', () => {
  it('content/canon.yaml parses and every ref is in the bibliography', () => {
    expect(Object.keys(canon())).toEqual(expect.arrayContaining(['gelu', 'relu', 'leaky-relu', 'silu', 'sigmoid']));
    expect(Object.keys(pageCanon('gelu').facts)).toContain('gelu-tanh-gpt2');
  });

  it('parseCanon() keeps facts and refs in file order', () => {
    const c = parseCanon(
      `p:\n  facts:\n    p-b: 'second in the alphabet'\n    p-a: 'first in the alphabet'\n  refs: [a2016]`,
      bib,
    );
    expect(Object.keys(c['p']?.facts ?? {})).toEqual(['p-b', 'p-a']);
  });

  it('parseCanon() rejects an unknown ref, a ref listed twice and a fact id on two pages', () => {
    expect(() => parseCanon(`p:\n  facts:\n    p-a: 'a fact of page p'\n  refs: [b2017]`, bib)).toThrow(
      /unknown reference "b2017"/,
    );
    expect(() => parseCanon(`p:\n  facts:\n    p-a: 'a fact of page p'\n  refs: [a2016, a2016]`, bib)).toThrow(
      /listed twice/,
    );
    const twice = `p:\n  facts:\n    same: 'a fact of page p'\n  refs: [a2016]\nq:\n  facts:\n    same: 'a fact of page q'\n  refs: [a2016]`;
    expect(() => parseCanon(twice, bib)).toThrow(/"same" is already a fact of p/);
  });

  it('parseCanon() rejects an unknown field, a page without facts and a malformed fact id', () => {
    expect(() => parseCanon(`p:\n  facts:\n    p-a: 'a fact of page p'\n  refs: [a2016]\n  notes: x`, bib)).toThrow(
      /notes/,
    );
    expect(() => parseCanon(`p:\n  facts: {}\n  refs: [a2016]`, bib)).toThrow(/at least one fact/);
    expect(() => parseCanon(`p:\n  facts:\n    P_A: 'a fact of page p'\n  refs: [a2016]`, bib)).toThrow(/P_A/);
  });

  it('pageCanon() throws for a page the canon does not list', () => {
    expect(() => pageCanon('tanh', {})).toThrow(/no page "tanh"/);
  });
});
