import { catalogs } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import type { Strings } from './view';

/** Build time only: the locale's templates whose keys start with one of `prefixes`, for a figure and its island. */
export function ideaStrings(locale: Locale, prefixes: readonly string[]): Strings {
  return Object.fromEntries(Object.entries(catalogs[locale]).filter(([k]) => prefixes.some((p) => k.startsWith(p))));
}
