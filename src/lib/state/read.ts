// Reading numbers from query values, without trusting them: shared by every page's view
// (./view.ts) and the GLU page's (./glu.ts). No imports, so an island can use it without the
// numeric module.

const numberPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const maxValueLength = 32;

/** A finite number from a query value, or undefined (no `Number('')` = 0, no hex, no `1e999`). */
export function readNumber(raw: string | null): number | undefined {
  if (raw === null || raw.length === 0 || raw.length > maxValueLength) return undefined;
  const text = raw.trim();
  if (!numberPattern.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** `value` inside [min, max], with -0 written as 0 (a link should not carry a signed zero). */
export function clamp(value: number, min: number, max: number): number {
  const v = Math.min(max, Math.max(min, value));
  return v === 0 ? 0 : v;
}

/**
 * A finite number typed by a reader, in any of the site's languages, or undefined: a comma or
 * a point as the decimal separator (`-1,3`, `-1.3`), the true minus sign (`−1,3`, as the page
 * writes it) and spaces are accepted; anything else is not a number.
 * @example readDecimal('−1,3') // -1.3
 */
export function readDecimal(text: string): number | undefined {
  const t = text.replace(/\s/g, '').replace(/\u2212/g, '-');
  // One separator at most: `1.234,5` is ambiguous, refused rather than guessed.
  return /[.,].*[.,]/.test(t) ? undefined : readNumber(t.replace(',', '.'));
}
