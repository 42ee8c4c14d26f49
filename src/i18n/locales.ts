/** The site's locales: URL segment -> BCP-47 tag, self-named label and text direction. */
export const locales = {
  en: { label: 'English', lang: 'en' },
  fr: { label: 'Français', lang: 'fr' },
  ja: { label: '日本語', lang: 'ja' },
  tr: { label: 'Türkçe', lang: 'tr' },
  zh: { label: '简体中文', lang: 'zh-Hans' },
} as const;

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
