// Strings are kept by area (ui/ the base, ui-ideas/ the idea figures, ui-*/ one per feature),
// merged into one catalogue per locale. A new area is one folder of five files plus its imports here.
import enBase from './ui/en.json';
import frBase from './ui/fr.json';
import jaBase from './ui/ja.json';
import trBase from './ui/tr.json';
import zhBase from './ui/zh.json';
import enIdeas from './ui-ideas/en.json';
import frIdeas from './ui-ideas/fr.json';
import jaIdeas from './ui-ideas/ja.json';
import trIdeas from './ui-ideas/tr.json';
import zhIdeas from './ui-ideas/zh.json';
import enSearch from './ui-search/en.json';
import frSearch from './ui-search/fr.json';
import jaSearch from './ui-search/ja.json';
import trSearch from './ui-search/tr.json';
import zhSearch from './ui-search/zh.json';
import enNav from './ui-nav/en.json';
import frNav from './ui-nav/fr.json';
import jaNav from './ui-nav/ja.json';
import trNav from './ui-nav/tr.json';
import zhNav from './ui-nav/zh.json';
import enTerms from './ui-terms/en.json';
import frTerms from './ui-terms/fr.json';
import jaTerms from './ui-terms/ja.json';
import trTerms from './ui-terms/tr.json';
import zhTerms from './ui-terms/zh.json';
import enExercises from './ui-exercises/en.json';
import frExercises from './ui-exercises/fr.json';
import jaExercises from './ui-exercises/ja.json';
import trExercises from './ui-exercises/tr.json';
import zhExercises from './ui-exercises/zh.json';
import enCompare from './ui-compare/en.json';
import frCompare from './ui-compare/fr.json';
import jaCompare from './ui-compare/ja.json';
import trCompare from './ui-compare/tr.json';
import zhCompare from './ui-compare/zh.json';
import enEmbed from './ui-embed/en.json';
import frEmbed from './ui-embed/fr.json';
import jaEmbed from './ui-embed/ja.json';
import trEmbed from './ui-embed/tr.json';
import zhEmbed from './ui-embed/zh.json';
import enPrint from './ui-print/en.json';
import frPrint from './ui-print/fr.json';
import jaPrint from './ui-print/ja.json';
import trPrint from './ui-print/tr.json';
import zhPrint from './ui-print/zh.json';
import enExplorer from './ui-explorer/en.json';
import frExplorer from './ui-explorer/fr.json';
import jaExplorer from './ui-explorer/ja.json';
import trExplorer from './ui-explorer/tr.json';
import zhExplorer from './ui-explorer/zh.json';
import { catalogProblems, interpolate, type Catalog } from './catalog';
import type { Locale } from './locales';

const en = {
  ...enBase,
  ...enIdeas,
  ...enSearch,
  ...enNav,
  ...enTerms,
  ...enExercises,
  ...enCompare,
  ...enEmbed,
  ...enPrint,
  ...enExplorer,
};
const fr: Catalog = {
  ...frBase,
  ...frIdeas,
  ...frSearch,
  ...frNav,
  ...frTerms,
  ...frExercises,
  ...frCompare,
  ...frEmbed,
  ...frPrint,
  ...frExplorer,
};
const ja: Catalog = {
  ...jaBase,
  ...jaIdeas,
  ...jaSearch,
  ...jaNav,
  ...jaTerms,
  ...jaExercises,
  ...jaCompare,
  ...jaEmbed,
  ...jaPrint,
  ...jaExplorer,
};
const tr: Catalog = {
  ...trBase,
  ...trIdeas,
  ...trSearch,
  ...trNav,
  ...trTerms,
  ...trExercises,
  ...trCompare,
  ...trEmbed,
  ...trPrint,
  ...trExplorer,
};
const zh: Catalog = {
  ...zhBase,
  ...zhIdeas,
  ...zhSearch,
  ...zhNav,
  ...zhTerms,
  ...zhExercises,
  ...zhCompare,
  ...zhEmbed,
  ...zhPrint,
  ...zhExplorer,
};

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
