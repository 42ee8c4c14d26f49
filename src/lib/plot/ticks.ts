// Nice tick values: the same values as d3-array's `ticks` (test/lib/plot/ticks.test.ts checks
// them against it), written here because d3-array ships one prebuilt file: importing `ticks`
// from it also kept its bisector's module-level calls in every page's bundle (~0.4 KB gzip).

// Thresholds between the step multipliers 1, 2, 5 and 10: their geometric means.
const to10 = Math.sqrt(50);
const to5 = Math.sqrt(10);
const to2 = Math.sqrt(2);

/**
 * The integer range [lo, hi] and the step of nice ticks in [start, stop] (start <= stop).
 * A negative `step` means "divide by −step": tick i is i / −step, which is exact for steps
 * like 0.1 where i × 0.1 would not be.
 */
function niceRange(start: number, stop: number, count: number): [lo: number, hi: number, step: number] {
  const raw = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(raw));
  const mantissa = raw / 10 ** power;
  const factor = mantissa >= to10 ? 10 : mantissa >= to5 ? 5 : mantissa >= to2 ? 2 : 1;
  let lo: number;
  let hi: number;
  let step: number;
  if (power < 0) {
    const inverse = 10 ** -power / factor;
    lo = Math.round(start * inverse);
    hi = Math.round(stop * inverse);
    if (lo / inverse < start) lo += 1;
    if (hi / inverse > stop) hi -= 1;
    step = -inverse;
  } else {
    step = 10 ** power * factor;
    lo = Math.round(start / step);
    hi = Math.round(stop / step);
    if (lo * step < start) lo += 1;
    if (hi * step > stop) hi -= 1;
  }
  // Too few ticks for a small count: try again with twice as many.
  if (hi < lo && count >= 0.5 && count < 2) return niceRange(start, stop, count * 2);
  return [lo, hi, step];
}

/**
 * About `count` round values (1, 2 or 5 times a power of ten apart) between `start` and
 * `stop`, inclusive, in the order of the arguments.
 * @example ticks(-4, 4, 8) // [-4, -3, -2, -1, 0, 1, 2, 3, 4]
 */
export function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const reverse = stop < start;
  const [lo, hi, step] = reverse ? niceRange(stop, start, count) : niceRange(start, stop, count);
  if (!(hi >= lo)) return [];
  const at = (i: number) => (step < 0 ? i / -step : i * step);
  return Array.from({ length: hi - lo + 1 }, (_, k) => at(reverse ? hi - k : lo + k));
}
