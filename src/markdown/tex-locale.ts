import { formatFixed } from '../i18n/format';
import { defaultLocale, localeIds, type Locale } from '../i18n/locales';

/**
 * TeX whose decimal numbers use the locale's separator, as the prose around it does:
 * `0.044715` stays in English and becomes `0{,}044715` in French and Turkish (the braces keep
 * TeX from adding the space it puts after a punctuation comma).
 * @example localizeTexDecimals('x\\,\\sigma(1.702x)', 'fr') // 'x\\,\\sigma(1{,}702x)'
 */
export function localizeTexDecimals(tex: string, locale: Locale): string {
  const separator = formatFixed(1.5, locale, 1).charAt(1);
  if (separator === '.') return tex;
  const texSeparator = separator === ',' ? '{,}' : `\\text{${separator}}`;
  return tex.replace(/(\d)\.(?=\d)/g, `$1${texSeparator}`);
}

/** Our locale of an Astro locale code (`Astro.currentLocale`: `fr`, `zh-Hans`) by its language subtag; the default locale when unknown. */
export function localeOfCode(code: string | undefined): Locale {
  const language = (code ?? '').split('-')[0]?.toLowerCase();
  return localeIds.find((id) => id === language) ?? defaultLocale;
}
