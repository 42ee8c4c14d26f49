// How to cite one page of the site: an APA reference and a BibTeX entry, as plain strings.
// Pure string formatting; the page supplies its title, address, version and date.

/** The author of every page: the site's authors as a group (the same name as in CITATION.cff). */
export const siteAuthors = 'The activation explainer authors';

/** What a citation of one page says. */
export interface CitedPage {
  /** The page's slug (`gelu`, `glu`): the BibTeX key is derived from it. */
  slug: string;
  /** The page's URL language segment (`en`, `zh`). */
  lang: string;
  /** The page's BCP-47 tag (`zh-Hans`), for the date's month names and BibTeX's `language`. */
  langTag: string;
  title: string;
  /** The site's name in the page's language. */
  siteName: string;
  /** The page's canonical absolute URL. */
  url: string;
  /** The site's version (package.json). */
  version: string;
  /** The date of the last change to the page's content, `YYYY-MM-DD`. */
  date: string;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The year, month (1-12) and day of an ISO date; throws on anything else (a bad date must fail the build). */
export function dateParts(iso: string): { year: number; month: number; day: number } {
  const m = isoDate.exec(iso);
  const [year, month, day] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (!m || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    throw new Error(`cite: not a date: "${iso}"`);
  return { year, month, day };
}

/**
 * The date of an APA reference, year first as APA writes it, in the language's words:
 * `2026, November 23`, `2026, 23 novembre`, `2026, 23 Kasım`; a language whose long date
 * already starts with the year keeps it whole (`2026年11月23日`).
 */
export function apaDate(iso: string, langTag: string): string {
  const { year, month, day } = dateParts(iso);
  const date = new Date(Date.UTC(year, month - 1, day));
  const long = new Intl.DateTimeFormat(langTag, { dateStyle: 'long', timeZone: 'UTC' });
  if (long.formatToParts(date)[0]?.type === 'year') return long.format(date);
  const dayMonth = new Intl.DateTimeFormat(langTag, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
  return `${year}, ${dayMonth}`;
}

/**
 * An APA (7th edition) reference to a web page with a group author and a version:
 * `Authors. (date). Title (version). Site. URL`. `versionText` is the localized `Version 0.1.0`.
 */
export function citeApa(page: CitedPage, versionText: string): string {
  const title = page.title.trim();
  return `${siteAuthors}. (${apaDate(page.date, page.langTag)}). ${title} (${versionText}). ${page.siteName}. ${page.url}`;
}

/**
 * The BibTeX key of a page: `activations-gelu-fr`, from its slug and language (lower-case
 * ASCII letters, digits and hyphens only, so any BibTeX or biber accepts it).
 */
export function bibtexKey(slug: string, lang: string): string {
  const clean = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return ['activations', clean(slug), clean(lang)].filter((s) => s !== '').join('-');
}

const bibtexSpecials: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/**
 * Text for a BibTeX field: LaTeX's special characters escaped (`&` → `\&`, `%` → `\%`, `\` →
 * `\textbackslash{}`). Letters outside ASCII (é, ı, ş, CJK) are kept as UTF-8, which biber and
 * BibTeX with a UTF-8 LaTeX read as they are.
 */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}$&%#_^~]/g, (c) => bibtexSpecials[c] ?? c);
}

const bibtexMonths = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A BibTeX `@misc` entry for a page. The title and the group author are wrapped in a second
 * pair of braces, so bibliography styles keep their capitals (`GELU`) and do not read the group
 * name as a person's given and family names. The URL is not escaped: `url` fields are verbatim.
 * `noteText` is the localized `Version 0.1.0, last changed 2026-11-23`.
 */
export function citeBibtex(page: CitedPage, noteText: string): string {
  const { year, month } = dateParts(page.date);
  if (/[\s{}"\\]/.test(page.url))
    throw new Error(`cite: a URL cannot contain spaces, braces, quotes or backslashes: ${page.url}`);
  const fields: Array<[string, string]> = [
    ['author', `{{${bibtexEscape(siteAuthors)}}}`],
    ['title', `{{${bibtexEscape(page.title.trim())}}}`],
    ['howpublished', `{${bibtexEscape(page.siteName)}}`],
    ['year', `{${year}}`],
    ['month', bibtexMonths[month - 1] ?? ''],
    ['version', `{${bibtexEscape(page.version)}}`],
    ['url', `{${page.url}}`],
    ['note', `{${bibtexEscape(noteText)}}`],
    ['language', `{${bibtexEscape(page.langTag)}}`],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = ${value}`).join(',\n');
  return `@misc{${bibtexKey(page.slug, page.lang)},\n${body}\n}`;
}
