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
