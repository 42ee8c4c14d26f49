// The words around the weight count, shared by the build-time table and its island (no DOM).
import type { FfnRow } from '../../lib/math/ffn';
import { formatFixed, formatInteger } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { fill } from '../dom';

/** Texts of the weight count, translated at build time. */
export interface FfnStrings {
  /** Same weights: {d}, {hidden}, {plainHidden}, {weights}. */
  same: string;
  /** Rounding left the gated block {diff} weights short: {d}, {hidden}, {plainHidden}, {weights}, {plainWeights}. */
  fewer: string;
  /** Rounding gave it {diff} more. */
  more: string;
  /** The typed width is not a whole number from 1 to {max}. */
  invalid: string;
}

/** A ratio to the two-matrix block: `1.0×`, `1.5×`, or four decimals when rounding moved it. */
export function ratioText(ratio: number, locale: Locale): string {
  const digits = Number.isInteger(ratio * 10) ? 1 : 4;
  return `${formatFixed(ratio, locale, digits)}×`;
}

/** The sentence under the table: the same weights, or how many fewer or more after rounding. */
export function ffnSummary(rows: readonly FfnRow[], d: number, s: FfnStrings, locale: Locale): string {
  const [plain, gated] = rows;
  if (!plain || !gated) return '';
  const n = (v: number) => formatInteger(v, locale);
  const values = {
    d: n(d),
    hidden: n(gated.hidden),
    plainHidden: n(plain.hidden),
    weights: n(gated.weights),
    plainWeights: n(plain.weights),
    diff: n(Math.abs(gated.weights - plain.weights)),
  };
  if (gated.weights === plain.weights) return fill(s.same, values);
  return fill(gated.weights < plain.weights ? s.fewer : s.more, values);
}
