import { localeIds, type Locale } from './locales';

/** A page of the site, relative to a locale: '' (glossary index), 'gelu', 'compare', ... */
export type PageSlug = string;

function base(): string {
  const b = import.meta.env.BASE_URL ?? '/';
  return b.endsWith('/') ? b : `${b}/`;
}

/** The path of a page in one locale, respecting the configured base: `/fr/gelu/`. */
export function localePath(locale: Locale, slug: PageSlug = ''): string {
  return slug === '' ? `${base()}${locale}/` : `${base()}${locale}/${slug}/`;
}

/** The site root path (the language choice). */
export function rootPath(): string {
  return base();
}

/** The same page in every locale, for hreflang alternates and the language switcher. */
export function alternates(slug: PageSlug): Array<{ locale: Locale; path: string }> {
  return localeIds.map((locale) => ({ locale, path: localePath(locale, slug) }));
}
