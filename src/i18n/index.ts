import enBase from './ui/en.json';
import frBase from './ui/fr.json';
import jaBase from './ui/ja.json';
import trBase from './ui/tr.json';
import zhBase from './ui/zh.json';
// The idea figures keep their strings apart (ui-ideas/), merged into one catalogue per locale.
import enIdeas from './ui-ideas/en.json';
import frIdeas from './ui-ideas/fr.json';
import jaIdeas from './ui-ideas/ja.json';
import trIdeas from './ui-ideas/tr.json';
import zhIdeas from './ui-ideas/zh.json';
import { catalogProblems, interpolate, type Catalog } from './catalog';
import type { Locale } from './locales';

const en = { ...enBase, ...enIdeas };
const fr: Catalog = { ...frBase, ...frIdeas };
const ja: Catalog = { ...jaBase, ...jaIdeas };
const tr: Catalog = { ...trBase, ...trIdeas };
const zh: Catalog = { ...zhBase, ...zhIdeas };

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
