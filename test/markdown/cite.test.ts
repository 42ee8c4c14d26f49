import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { parseBibliography } from '../../src/markdown/bibliography';
import {
  citeAuthors,
  citeLabel,
  familyName,
  parseCitation,
  referenceAuthors,
  referenceParts,
  renderCitation,
  type CitePart,
} from '../../src/markdown/cite';

const bib = parseBibliography(`
one2020:
  kind: preprint
  authors: ['Shazeer, N.']
  year: 2020
  title: 'One author'
  venue: 'arXiv:2002.05202'
  url: 'https://arxiv.org/abs/2002.05202'
two2016:
  kind: article
  authors: ['Hendrycks, D.', 'Gimpel, K.']
  year: 2016
  title: 'Two authors'
  venue: 'Journal 1, 2–3'
  url: 'https://example.org/two'
  doi: '10.1000/xyz'
three2013:
  kind: inproceedings
  authors: ['Maas, A. L.', 'Hannun, A. Y.', 'Ng, A. Y.']
  year: 2013
  title: 'Three authors'
  venue: 'ICML 2013'
  url: 'https://example.org/three'
cut2020:
  kind: report
  authors: ['Brown, T. B.']
  etAl: true
  year: 2020
  title: 'Cut list'
  venue: 'Some Lab'
  doi: '10.1000/cut'
code2019:
  kind: software
  authors: ['OpenAI']
  year: 2019
  title: 'gpt-2, src/model.py'
  url: 'https://example.org/code'
docs-a:
  kind: docs
  project: PyTorch
  title: torch.nn.LSTM
  url: 'https://example.org/lstm'
docs-b:
  kind: docs
  project: PyTorch
  title: torch.nn.GRU
  url: 'https://example.org/gru'
`);

const en = useTranslations('en');
const zh = useTranslations('zh');
const fr = useTranslations('fr');
const text = (parts: CitePart[]) => parts.map((p) => p.text).join('');

describe('parseCitation', () => {
  it('parseCitation() reads keys, year-only marks and spaces around semicolons', () => {
    expect(parseCitation('@a')).toEqual([{ key: 'a', suppressAuthor: false }]);
    expect(parseCitation('@a; -@b-2')).toEqual([
      { key: 'a', suppressAuthor: false },
      { key: 'b-2', suppressAuthor: true },
    ]);
  });

  it('parseCitation() is null for anything else', () => {
    expect(parseCitation('@A')).toBeNull();
    expect(parseCitation('@a, @b')).toBeNull();
    expect(parseCitation('@a;')).toBeNull();
    expect(parseCitation('see @a')).toBeNull();
  });
});

describe('in-text citations', () => {
  it('familyName() is the part before the comma, or an organisation whole', () => {
    expect(familyName('Chang, M.-W.')).toBe('Chang');
    expect(familyName('Google Research')).toBe('Google Research');
  });

  it('citeAuthors() names one or two authors and cuts three or a cut list to "et al." in the locale', () => {
    expect(citeAuthors(['Shazeer, N.'], false, en)).toBe('Shazeer');
    expect(citeAuthors(['Hendrycks, D.', 'Gimpel, K.'], false, en)).toBe('Hendrycks & Gimpel');
    expect(citeAuthors(['Hendrycks, D.', 'Gimpel, K.'], false, fr)).toBe('Hendrycks et Gimpel');
    expect(citeAuthors(['Maas, A. L.', 'Hannun, A. Y.', 'Ng, A. Y.'], false, en)).toBe('Maas et al.');
    expect(citeAuthors(['Brown, T. B.'], true, zh)).toBe('Brown 等');
  });

  it('citeLabel() is "authors, year", the year alone, or the documentation page', () => {
    expect(citeLabel(bib['two2016']!, en)).toBe('Hendrycks & Gimpel, 2016');
    expect(citeLabel(bib['two2016']!, zh)).toBe('Hendrycks 和 Gimpel，2016');
    expect(citeLabel(bib['two2016']!, en, true)).toBe('2016');
    expect(citeLabel(bib['docs-a']!, en)).toBe('PyTorch documentation: torch.nn.LSTM');
    expect(() => citeLabel(bib['docs-a']!, en, true)).toThrow(/no year/);
  });

  it('renderCitation() brackets, separates and links every key, with the locale punctuation', () => {
    const items = parseCitation('@three2013; @cut2020') ?? [];
    expect(text(renderCitation(items, en, bib))).toBe('(Maas et al., 2013; Brown et al., 2020)');
    expect(text(renderCitation(items, zh, bib))).toBe('（Maas 等，2013；Brown 等，2020）');
    expect(text(renderCitation(items, fr, bib))).toBe('(Maas et al., 2013\u202f; Brown et al., 2020)');
    expect(renderCitation(items, en, bib).filter((p) => p.kind === 'link')).toEqual([
      { kind: 'link', key: 'three2013', text: 'Maas et al., 2013' },
      { kind: 'link', key: 'cut2020', text: 'Brown et al., 2020' },
    ]);
  });

  it('renderCitation() names a project once for neighbouring pages of its documentation', () => {
    const items = parseCitation('@docs-a; @docs-b; @one2020') ?? [];
    expect(text(renderCitation(items, en, bib))).toBe(
      '(PyTorch documentation: torch.nn.LSTM, torch.nn.GRU; Shazeer, 2020)',
    );
    expect(text(renderCitation(items, zh, bib))).toBe('（PyTorch 文档：torch.nn.LSTM、torch.nn.GRU；Shazeer，2020）');
  });

  it('renderCitation() throws on a key the bibliography does not have', () => {
    expect(() => renderCitation([{ key: 'nope', suppressAuthor: false }], en, bib)).toThrow(
      /unknown bibliography key "nope"/,
    );
  });
});

describe('reference list entries', () => {
  it('referenceAuthors() joins "Family, G." names APA-style and cuts a list with the locale "et al."', () => {
    expect(referenceAuthors(['Hendrycks, D.', 'Gimpel, K.'], false, en)).toBe('Hendrycks, D., & Gimpel, K.');
    expect(referenceAuthors(['Maas, A. L.', 'Hannun, A. Y.', 'Ng, A. Y.'], false, en)).toBe(
      'Maas, A. L., Hannun, A. Y., & Ng, A. Y.',
    );
    expect(referenceAuthors(['Brown, T. B.'], true, en)).toBe('Brown, T. B., et al.');
    expect(referenceAuthors(['Brown, T. B.'], true, useTranslations('tr'))).toBe('Brown, T. B. vd.');
    expect(referenceAuthors(['OpenAI'], false, en)).toBe('OpenAI');
  });

  it('referenceParts() gives the same content in every language, with only fixed words translated', () => {
    expect(referenceParts('three2013', en, bib)).toEqual({
      id: 'ref-three2013',
      authors: 'Maas, A. L., Hannun, A. Y., & Ng, A. Y.',
      year: '2013',
      title: 'Three authors',
      href: 'https://example.org/three',
      after: 'In ICML 2013',
    });
    expect(referenceParts('three2013', zh, bib).after).toBe('载于 ICML 2013');
    expect(referenceParts('three2013', zh, bib).title).toBe('Three authors');
  });

  it('referenceParts() links the DOI when there is no URL, and adds it when there is one', () => {
    expect(referenceParts('cut2020', en, bib)).toMatchObject({
      href: 'https://doi.org/10.1000/cut',
      after: 'Technical report, Some Lab',
    });
    expect(referenceParts('cut2020', en, bib).doi).toBeUndefined();
    expect(referenceParts('two2016', en, bib)).toMatchObject({
      href: 'https://example.org/two',
      after: 'Journal 1, 2–3',
      doi: { href: 'https://doi.org/10.1000/xyz', text: 'doi:10.1000/xyz' },
    });
  });

  it('referenceParts() of source code and documentation pages', () => {
    expect(referenceParts('code2019', fr, bib)).toMatchObject({
      authors: 'OpenAI',
      year: '2019',
      after: 'Code source',
    });
    expect(referenceParts('docs-b', fr, bib)).toEqual({
      id: 'ref-docs-b',
      authors: '',
      year: '',
      title: 'Documentation PyTorch\u00a0: torch.nn.GRU',
      href: 'https://example.org/gru',
      after: '',
    });
  });
});
