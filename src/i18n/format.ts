import type { Locale } from './locales';

/**
 * The Intl locale of a site locale: its URL segment (`zh`), not its page tag (`zh-Hans`). Intl
 * formats numbers, dates and plurals the same for both (test/i18n/format.test.ts checks each
 * locale), and this keeps the locale declarations (labels, codes) out of the browser bundles.
 */
const intl = (locale: Locale): string => locale;

const superscripts: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '-': '⁻',
};

/** Digits and minus sign as Unicode superscripts (`-4` -> `⁻⁴`); other characters unchanged. */
export function superscript(text: string): string {
  return [...text].map((c) => superscripts[c] ?? c).join('');
}

// Building an Intl.NumberFormat costs far more than formatting with one (a slider formats on
// every move): one per locale, digit count and fixed/compact style, made on first use.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(locale: Locale, digits: number, fixed = true): Intl.NumberFormat {
  const key = `${locale}:${digits}:${fixed ? 'fixed' : 'max'}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(intl(locale), {
      minimumFractionDigits: fixed ? digits : 0,
      maximumFractionDigits: digits,
      useGrouping: false,
    });
    formatters.set(key, f);
  }
  return f;
}

// Intl writes a hyphen-minus in most locales; readers get the true minus sign U+2212.
function trueMinus(text: string): string {
  return text.replace(/-/g, '\u2212');
}

/**
 * Each locale's decimal separator (all five write ASCII digits). Written here rather than read
 * from Intl in the browser: the first number format a page builds loads the locale's data,
 * tens of milliseconds on a phone, in the task that starts the explorer. `Record<Locale, …>`
 * makes a new locale a type error until it has its entry, and test/i18n/format.test.ts checks
 * every entry against Intl's own formatting.
 */
export const decimalSeparators: Readonly<Record<Locale, string>> = { en: '.', fr: ',', ja: '.', tr: ',', zh: '.' };

/**
 * A number for readers of one locale with a fixed count of fraction digits and a true minus
 * sign: `formatFixed(-0.1587, 'fr', 4)` is `−0,1587`. Non-finite values read as ∞ / −∞ / "–".
 * A negative value that rounds to zero keeps no sign (`0.0000`, not `−0.0000`).
 *
 * Rounding is `toFixed`'s: the double's exact binary value, correctly rounded (1.005 is stored
 * as 1.00499999999999989… and reads `1.00`). The locale only supplies the separator, so a
 * slider readout formats in a microsecond instead of a cold trip through Intl on every move.
 */
export function formatFixed(value: number, locale: Locale, digits: number): string {
  if (Number.isNaN(value)) return '–';
  if (value === Infinity) return '∞';
  if (value === -Infinity) return '\u2212∞';
  const sep = decimalSeparators[locale];
  // toFixed switches to exponent notation from 1e21 on; Intl writes every digit.
  if (Math.abs(value) >= 1e21) {
    const rounded = Number(value.toFixed(digits));
    return trueMinus(formatter(locale, digits).format(rounded === 0 ? 0 : value));
  }
  let text = value.toFixed(digits);
  if (Number(text) === 0) text = (0).toFixed(digits);
  return trueMinus(sep === '.' ? text : text.replace('.', sep));
}

/**
 * Scientific notation with `significant` digits, `4.73 × 10⁻⁴`, mantissa formatted for the
 * locale (`4,73 × 10⁻⁴` in French).
 */
export function formatScientific(value: number, locale: Locale, significant: number): string {
  if (!Number.isFinite(value) || value === 0) return formatFixed(value, locale, significant - 1);
  const [mantissa = '0', exponent = '0'] = value.toExponential(significant - 1).split('e');
  const exp = String(Number(exponent));
  const sup = superscript(exp);
  return `${formatFixed(Number(mantissa), locale, significant - 1)} × 10${sup}`;
}

/**
 * A compact number for axis ticks: up to `maxDigits` fraction digits, trailing zeros dropped
 * (`−2,5` in French). Rounding is `toFixed`'s, as in formatFixed.
 */
export function formatTick(value: number, locale: Locale, maxDigits = 2): string {
  if (!(Math.abs(value) < 1e21)) return trueMinus(formatter(locale, maxDigits, false).format(value));
  let text = (value || 0).toFixed(maxDigits);
  if (text.includes('.')) text = text.replace(/\.?0+$/, '');
  return trueMinus(text.replace('.', decimalSeparators[locale]));
}

/** A calendar date (`2026-11-23`) written for the locale, e.g. `23 novembre 2026`. */
export function formatDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat(intl(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** One end of an interval: a value, and whether the interval contains it. */
export interface IntervalEnd {
  value: number;
  closed: boolean;
}

// How each language writes an interval. Where the decimal separator is a comma, a comma
// cannot also separate the ends: French writes [−0,1700 ; +∞[ (outward brackets for open
// ends, a narrow no-break space before the semicolon), Turkish [−0,1700; ∞).
const intervalStyles: Record<Locale, { separator: string; openLeft: string; openRight: string; infinity: string }> = {
  en: { separator: ', ', openLeft: '(', openRight: ')', infinity: '∞' },
  fr: { separator: '\u202f; ', openLeft: ']', openRight: '[', infinity: '+∞' },
  ja: { separator: ', ', openLeft: '(', openRight: ')', infinity: '∞' },
  tr: { separator: '; ', openLeft: '(', openRight: ')', infinity: '∞' },
  zh: { separator: ', ', openLeft: '(', openRight: ')', infinity: '∞' },
};

/**
 * An interval in the locale's notation, each finite end formatted by `format`; infinite ends
 * read ∞ (+∞ in French) and −∞ and are always open.
 * @example formatInterval({ value: -0.17, closed: true }, { value: Infinity, closed: false }, 'fr', f) // '[−0,1700 ; +∞['
 */
export function formatInterval(
  lo: IntervalEnd,
  hi: IntervalEnd,
  locale: Locale,
  format: (v: number) => string,
): string {
  const style = intervalStyles[locale];
  const end = (v: number) => (v === Infinity ? style.infinity : v === -Infinity ? '\u2212∞' : format(v));
  const left = lo.closed && Number.isFinite(lo.value) ? '[' : style.openLeft;
  const right = hi.closed && Number.isFinite(hi.value) ? ']' : style.openRight;
  return `${left}${end(lo.value)}${style.separator}${end(hi.value)}${right}`;
}

/**
 * The plural form a count takes in the locale, as our catalogues spell it: `one` or `other`
 * (keys such as `idea.intro.one` / `idea.intro.other`). Forms a locale has beyond these
 * (French `many`) read as `other`; Japanese and Chinese always use `other`.
 * @example t(`idea.intro.${pluralForm(figures.length, lang)}`, { count: figures.length })
 */
export function pluralForm(count: number, locale: Locale): 'one' | 'other' {
  return new Intl.PluralRules(intl(locale)).select(count) === 'one' ? 'one' : 'other';
}

const groupedFormatters = new Map<Locale, Intl.NumberFormat>();

/**
 * A whole number with the locale's digit grouping, for counts such as a layer's weights:
 * `4,718,592` in English, `4 718 592` in French, `4.718.592` in Turkish.
 */
export function formatInteger(value: number, locale: Locale): string {
  let f = groupedFormatters.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(intl(locale), { maximumFractionDigits: 0 });
    groupedFormatters.set(locale, f);
  }
  return trueMinus(f.format(value));
}
