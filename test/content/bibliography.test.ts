import { describe, expect, it } from 'vitest';
import { bibliography, parseBibliography } from '../../src/markdown/bibliography';
import { canon } from '../../src/markdown/canon';

// content/bibliography.yaml: one entry per cited work, checked by a strict schema.
const paper = `
  kind: preprint
  authors: ['Hendrycks, D.', 'Gimpel, K.']
  year: 2016
  title: 'Gaussian Error Linear Units (GELUs)'
  venue: 'arXiv:1606.08415'
  url: 'https://arxiv.org/abs/1606.08415'`;

describe('bibliography', () => {
  it('content/bibliography.yaml parses under the strict schema', () => {
    expect(Object.keys(bibliography()).length).toBeGreaterThan(10);
  });

  it('every entry is cited by some page, so none is left over', () => {
    const cited = new Set(Object.values(canon()).flatMap((p) => p.refs));
    expect(Object.keys(bibliography()).filter((k) => !cited.has(k))).toEqual([]);
  });

  it('parseBibliography() accepts a complete entry', () => {
    expect(parseBibliography(`a2016:${paper}`)['a2016']).toMatchObject({ kind: 'preprint', year: 2016 });
  });

  it('parseBibliography() rejects an unknown field, an unknown kind and a key in capitals', () => {
    expect(() => parseBibliography(`a2016:${paper}\n  pages: '1-2'`)).toThrow(/pages/);
    expect(() => parseBibliography(`a2016:${paper.replace('preprint', 'blog')}`)).toThrow(/kind/);
    expect(() => parseBibliography(`Hendrycks2016:${paper}`)).toThrow(/Hendrycks2016/);
  });

  it('parseBibliography() rejects an entry with neither URL nor DOI, a plain-http URL and a malformed DOI', () => {
    expect(() => parseBibliography(`a2016:${paper.replace(/\n\s+url:.*$/, '')}`)).toThrow(/url or a doi/);
    expect(() => parseBibliography(`a2016:${paper.replace('https://arxiv', 'http://arxiv')}`)).toThrow(/url/);
    expect(() => parseBibliography(`a2016:${paper}\n  doi: 'doi:10.1/x'`)).toThrow(/DOI/);
  });

  it('parseBibliography() rejects a paper without authors or year, and docs without exactly one of title and titleKey', () => {
    expect(() => parseBibliography(`a2016:${paper.replace(/\n\s+year:.*/, '')}`)).toThrow(/year/);
    expect(() => parseBibliography(`a2016:${paper.replace(/authors:.*/, 'authors: []')}`)).toThrow(/authors/);
    const docs = `\n  kind: docs\n  project: PyTorch\n  url: 'https://pytorch.org/x'`;
    expect(() => parseBibliography(`d:${docs}`)).toThrow(/title or titleKey/);
    expect(() => parseBibliography(`d:${docs}\n  title: torch.nn.ReLU\n  titleKey: refs.title.relu`)).toThrow(
      /title or titleKey/,
    );
    expect(parseBibliography(`d:${docs}\n  titleKey: refs.title.relu`)['d']).toMatchObject({
      titleKey: 'refs.title.relu',
    });
  });
});
