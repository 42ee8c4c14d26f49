import type { Translate, UiKey } from '../i18n';
import { bibEntry, type BibEntry, type Bibliography } from './bibliography';

/** One key of a citation group: `@key`, or `-@key` to print the year only (author named in the sentence). */
export interface CiteItem {
  key: string;
  suppressAuthor: boolean;
}

/** A piece of a rendered in-text citation: plain text, or a link to an entry of the reference list. */
export type CitePart = { kind: 'text'; text: string } | { kind: 'link'; key: string; text: string };

/** The anchor id of a reference list entry: `ref-hendrycks2016`. */
export function refId(key: string): string {
  return `ref-${key}`;
}

const itemPattern = /^(-?)@([a-z][a-z0-9-]*)$/;

/**
 * The keys of a citation's inner text (`@a; -@b`); null when the text is not a citation.
 * @example parseCitation('@hendrycks2016; @devlin2019')
 */
export function parseCitation(inner: string): CiteItem[] | null {
  const items = inner.split(';').map((s) => s.trim());
  const parsed = items.map((s) => itemPattern.exec(s));
  if (parsed.some((m) => m === null)) return null;
  return parsed.map((m) => ({ key: m?.[2] ?? '', suppressAuthor: m?.[1] === '-' }));
}

/** Family name of an author written `Family, G.` (an organisation is its whole name). */
export function familyName(author: string): string {
  const comma = author.indexOf(',');
  return comma < 0 ? author : author.slice(0, comma);
}

/** The title of a documentation page, translated when it is a UI-string key. */
function docsTitle(e: Extract<BibEntry, { kind: 'docs' }>, t: Translate): string {
  return e.titleKey ? t(e.titleKey as UiKey) : (e.title ?? '');
}

/** The authors of an in-text citation: `Hendrycks & Gimpel`, `Maas et al.` (localized words). */
export function citeAuthors(authors: readonly string[], etAl: boolean, t: Translate): string {
  const first = familyName(authors[0] ?? '');
  if (etAl || authors.length >= 3) return t('cite.etAl', { a: first });
  if (authors.length === 2) return t('cite.two', { a: first, b: familyName(authors[1] ?? '') });
  return first;
}

/** The link text of one cited entry: `Hendrycks & Gimpel, 2016`, `2016` (year only) or `PyTorch documentation: torch.nn.GELU`. */
export function citeLabel(e: BibEntry, t: Translate, suppressAuthor = false): string {
  if (e.kind === 'docs') {
    if (suppressAuthor) throw new Error('a documentation page has no year: cite it as @key, not -@key');
    return t('refs.docs', { project: e.project, title: docsTitle(e, t) });
  }
  if (suppressAuthor) return String(e.year);
  return t('cite.year', { authors: citeAuthors(e.authors, e.etAl ?? false, t), year: e.year });
}

/**
 * An in-text citation as text and links, localized: `(Radford et al., 2019; Brown et al., 2020)`.
 * Neighbouring pages of one project's documentation share its name:
 * `(PyTorch documentation: torch.nn.LSTM, torch.nn.GRU)`.
 */
export function renderCitation(items: readonly CiteItem[], t: Translate, bib?: Bibliography): CitePart[] {
  const parts: CitePart[] = [{ kind: 'text', text: t('cite.open') }];
  let previous: BibEntry | undefined;
  items.forEach((item, i) => {
    const e = bibEntry(item.key, bib);
    const sameProject = e.kind === 'docs' && previous?.kind === 'docs' && previous.project === e.project;
    if (i > 0) parts.push({ kind: 'text', text: sameProject ? t('cite.list') : t('cite.separator') });
    const text = sameProject && e.kind === 'docs' ? docsTitle(e, t) : citeLabel(e, t, item.suppressAuthor);
    parts.push({ kind: 'link', key: item.key, text });
    previous = e;
  });
  parts.push({ kind: 'text', text: t('cite.close') });
  return parts;
}

/** One reference list entry, in parts a component renders: `authors (year). <a>title</a>. after` */
export interface ReferenceParts {
  id: string;
  /** `Hendrycks, D., & Gimpel, K.`; empty for documentation pages. */
  authors: string;
  year: string;
  /** The linked text. */
  title: string;
  href: string;
  /** What follows the title: venue, report, `[source code]` (localized fixed words). */
  after: string;
  /** A DOI link, when the entry has both a URL and a DOI. */
  doi?: { href: string; text: string };
}

/** The author list of a reference: `Maas, A. L., Hannun, A. Y., & Ng, A. Y.`, `Brown, T. B., et al.` */
export function referenceAuthors(authors: readonly string[], etAl: boolean, t: Translate): string {
  if (etAl) return t('refs.etAl', { a: authors.join(', ') });
  if (authors.length <= 1) return authors[0] ?? '';
  // A comma before "&" after "Family, G." names (APA), none between two organisations.
  const last = authors[authors.length - 1] ?? '';
  const head = authors.slice(0, -1).join(', ');
  return authors.some((a) => a.includes(',')) ? `${head}, & ${last}` : `${head} & ${last}`;
}

/** The reference list entry of a key, with only its fixed words translated. */
export function referenceParts(key: string, t: Translate, bib?: Bibliography): ReferenceParts {
  const e = bibEntry(key, bib);
  const id = refId(key);
  if (e.kind === 'docs')
    return {
      id,
      authors: '',
      year: '',
      title: t('refs.docs', { project: e.project, title: docsTitle(e, t) }),
      href: e.url,
      after: '',
    };
  const href = e.url ?? `https://doi.org/${e.doi ?? ''}`;
  const doi = e.url && e.doi ? { href: `https://doi.org/${e.doi}`, text: `doi:${e.doi}` } : undefined;
  const after =
    e.kind === 'inproceedings'
      ? t('refs.in', { venue: e.venue })
      : e.kind === 'report'
        ? t('refs.report', { institution: e.venue })
        : e.kind === 'software'
          ? t('refs.software')
          : e.venue;
  return {
    id,
    authors: referenceAuthors(e.authors, e.etAl ?? false, t),
    year: String(e.year),
    title: e.title,
    href,
    after,
    ...(doi ? { doi } : {}),
  };
}
