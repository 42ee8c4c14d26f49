import en from './ui/en.json';
import fr from './ui/fr.json';
import ja from './ui/ja.json';
import tr from './ui/tr.json';
import zh from './ui/zh.json';
import { catalogProblems, interpolate, type Catalog } from './catalog';
import type { Locale } from './locales';

/** A UI-string key; English is the reference catalogue. */
export type UiKey = keyof typeof en;

/** Every catalogue, by locale. */
export const catalogs: Record<Locale, Catalog> = { en, fr, ja, tr, zh };

// Checked once on first use: an incomplete catalogue must fail the build, not a reader.
let checked = false;
function assertComplete(): void {
  if (checked) return;
  const problems = (Object.keys(catalogs) as Locale[]).flatMap((locale) =>
    catalogProblems(en, catalogs[locale], locale),
  );
  if (problems.length > 0) throw new Error(`UI strings incomplete:\n${problems.join('\n')}`);
  checked = true;
}

/** The translator of one locale: `t('plot.label', { name: 'GELU', min: '−4', max: '4' })`. */
export function useTranslations(locale: Locale) {
  assertComplete();
  const catalog = catalogs[locale];
  return (key: UiKey, params?: Readonly<Record<string, string | number>>): string =>
    interpolate(catalog[key] ?? en[key], params);
}

/** The translator type, for component props. */
export type Translate = ReturnType<typeof useTranslations>;
