import { localeIds, locales, type Locale } from './locales';

// Traditional-script Chinese: our `zh` is Simplified, so these readers are not sent to it as
// "their" language; the next language they list decides.
const traditional = /^zh-(hant|tw|hk|mo)\b/i;

/**
 * The first of the reader's languages (`navigator.languages`, most preferred first) that the
 * site has: an exact tag of a locale (`zh-CN`), else the same primary language (`fr-CA` -> fr).
 * Null when none matches; malformed entries are skipped.
 * @example preferredLocale(['de-DE', 'fr-CA', 'en']) // 'fr'
 */
export function preferredLocale(languages: readonly unknown[]): Locale | null {
  for (const raw of languages) {
    if (typeof raw !== 'string' || !/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(raw)) continue;
    const tag = raw.toLowerCase();
    if (traditional.test(tag)) continue;
    const exact = localeIds.find((id) => [locales[id].lang, ...locales[id].codes].some((c) => c.toLowerCase() === tag));
    if (exact) return exact;
    const primary = tag.split('-')[0];
    const same = localeIds.find((id) => locales[id].lang.toLowerCase().split('-')[0] === primary);
    if (same) return same;
  }
  return null;
}
