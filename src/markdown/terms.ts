import { parse } from 'yaml';
import { z } from 'astro/zod';
import source from '../../content/terms.yaml?raw';
import { localeIds, type Locale } from '../i18n/locales';

/** A term id, also its anchor on the terms page: lower case words joined by hyphens. */
export const termIdPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const forms = z.array(z.string().regex(/^\S(?:.*\S)?$/, 'a form has no outer spaces')).min(1);
const term = z.strictObject(Object.fromEntries(localeIds.map((l) => [l, forms])) as Record<Locale, typeof forms>);

/** The schema of `content/terms.yaml`: term id -> its surface forms in every language. */
export const termsSchema = z.record(z.string().regex(termIdPattern), term);

/** The glossary: term id -> surface forms by locale, in the glossary's order. */
export type Terms = Readonly<Record<string, Readonly<Record<Locale, readonly string[]>>>>;

/** Parses and validates terms YAML; throws with every problem listed. */
export function parseTerms(text: string, where = 'content/terms.yaml'): Terms {
  const result = termsSchema.safeParse(parse(text));
  if (!result.success) throw new Error(`${where}: ${z.prettifyError(result.error)}`);
  if (Object.keys(result.data).length === 0) throw new Error(`${where}: no term`);
  return result.data;
}

let memo: Terms | undefined;

/** The site's glossary of terms (content/terms.yaml), parsed once. */
export function terms(): Terms {
  memo ??= parseTerms(source);
  return memo;
}

/** The term ids in the glossary's order. */
export function termIds(t: Terms = terms()): string[] {
  return Object.keys(t);
}

/** The slug of the terms page (`content/{lang}/terms.md`, `/{lang}/terms/`). */
export const termsSlug = 'terms';

/**
 * The link from another page of the same language to a term's definition. Relative, like the
 * links between pages in the prose, so it holds under any base path.
 */
export function termHref(id: string): string {
  return `../${termsSlug}/#${id}`;
}

/** The term ids a rendered page links to (its term links, see remark-terms), in order of appearance. */
export function linkedTerms(html: string): string[] {
  const prefix = termHref('').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const found = [...html.matchAll(new RegExp(`href="${prefix}([a-z0-9-]+)"`, 'g'))].map((m) => m[1] ?? '');
  return [...new Set(found)];
}
