import { allSeries } from '../lib/math';
import { renameKeys } from '../lib/plot/series';
import type { UiKey } from '../i18n';

/**
 * The names a page sends to its scripts: each curve's, under its series id, and each name a
 * parameter can give a curve (`fn.swish`), under its key. Ids never hold a dot, so the two
 * kinds of key cannot meet.
 */
export function curveNames(t: (key: UiKey) => string): Record<string, string> {
  const pairs: Array<[string, string]> = [
    ...allSeries.map((s): [string, string] => [s.id, t(s.nameKey as UiKey)]),
    ...renameKeys().map((k): [string, string] => [k, t(k as UiKey)]),
  ];
  return Object.fromEntries(pairs);
}
