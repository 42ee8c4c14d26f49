/**
 * The site's locales, declared once: URL segment -> BCP-47 tag, self-named label, text
 * direction, Open Graph locale and the other tags Astro routes to it. Routes, the language
 * picker, `hreflang`, the sitemap and Astro's i18n config all derive from this object; a new
 * language is one entry here plus its string and prose files.
 */
export const locales = {
  en: { label: 'English', lang: 'en', dir: 'ltr', og: 'en', codes: ['en'] },
  fr: { label: 'Français', lang: 'fr', dir: 'ltr', og: 'fr', codes: ['fr'] },
  ja: { label: '日本語', lang: 'ja', dir: 'ltr', og: 'ja', codes: ['ja'] },
  tr: { label: 'Türkçe', lang: 'tr', dir: 'ltr', og: 'tr', codes: ['tr'] },
  zh: { label: '简体中文', lang: 'zh-Hans', dir: 'ltr', og: 'zh_CN', codes: ['zh-Hans', 'zh-CN'] },
} as const satisfies Record<
  string,
  { label: string; lang: string; dir: 'ltr' | 'rtl'; og: string; codes: readonly [string, ...string[]] }
>;

/** A URL segment of a locale (`zh`, not `zh-Hans`). */
export type Locale = keyof typeof locales;

/** Every locale, default first. */
export const localeIds = Object.keys(locales) as Locale[];

/** The locale served at `/` and named by `x-default`. */
export const defaultLocale: Locale = 'en';

/** Whether a string is one of our URL segments. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(locales, value);
}

/** The BCP-47 tag of a locale, for `lang`, `hreflang` and `Intl`. */
export function langTag(locale: Locale): string {
  return locales[locale].lang;
}

/** Astro's `i18n.locales`: each URL segment with the language tags routed to it. */
export function astroLocales(): Array<{ path: string; codes: [string, ...string[]] }> {
  return localeIds.map((id) => ({ path: id, codes: [...locales[id].codes] as [string, ...string[]] }));
}

/** The sitemap's `i18n.locales`: URL segment -> hreflang tag. */
export function sitemapLocales(): Record<string, string> {
  return Object.fromEntries(localeIds.map((id) => [id, locales[id].lang]));
}

/** Each locale with its language tags, the BCP-47 tag first (for matching a browser's languages). */
export function localeTable(): Array<{ id: Locale; tags: string[] }> {
  return localeIds.map((id) => ({ id, tags: [locales[id].lang, ...locales[id].codes] }));
}
