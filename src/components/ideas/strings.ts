import { catalogs } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import type { Strings } from './view';

/**
 * Build time only: the locale's templates whose keys start with one of `prefixes`, plus the
 * exact `keys` (activation names a figure draws), for a figure and its island.
 */
export function ideaStrings(locale: Locale, prefixes: readonly string[], keys: readonly string[] = []): Strings {
  return Object.fromEntries(
    Object.entries(catalogs[locale]).filter(([k]) => keys.includes(k) || prefixes.some((p) => k.startsWith(p))),
  );
}
