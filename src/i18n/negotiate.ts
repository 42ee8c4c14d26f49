import type { Locale } from './locales';

/** Each locale with its language tags (`localeTable()` in ./locales.ts builds it). */
export type LocaleTable = ReadonlyArray<{ id: Locale; tags: readonly string[] }>;

// Traditional-script Chinese: our `zh` is Simplified, so these readers are not sent to it as
// "their" language; the next language they list decides.
const traditional = /^zh-(hant|tw|hk|mo)\b/i;

/**
 * The first of the reader's languages (`navigator.languages`, most preferred first) that the
 * site has: an exact tag of a locale (`zh-CN`), else the same primary language (`fr-CA` -> fr).
 * Null when none matches; malformed entries are skipped. The table comes from the page (the
 * browser script never imports the locale declarations: see src/pages/index.astro).
 * @example preferredLocale(['de-DE', 'fr-CA', 'en'], localeTable()) // 'fr'
 */
export function preferredLocale(languages: readonly unknown[], table: LocaleTable): Locale | null {
  for (const raw of languages) {
    if (typeof raw !== 'string' || !/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(raw)) continue;
    const tag = raw.toLowerCase();
    if (traditional.test(tag)) continue;
    const exact = table.find((l) => l.tags.some((c) => c.toLowerCase() === tag));
    if (exact) return exact.id;
    const primary = tag.split('-')[0];
    const same = table.find((l) => (l.tags[0] ?? '').toLowerCase().split('-')[0] === primary);
    if (same) return same.id;
  }
  return null;
}
