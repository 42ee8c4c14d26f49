import type { MarkedPoint } from '../../lib/plot/marks';
import type { SeriesId } from '../../lib/plot/series';
import type { SpecialPoint } from '../../lib/math';

/** The words of the special points' tooltips and direct labels, in the page's language. */
export interface PointWords {
  names: Record<SeriesId, string>;
  minimum: string;
  maxSlope: string;
  /** Direct labels: `min {v}`, `max {v}` (the largest slope, on the f′ chart), `steepest`. */
  markMin: string;
  markMax: string;
  markSteepest: string;
}

/**
 * The marked points of both charts: every special point with its tooltip, and direct labels
 * on the page's own curve only (`main`), so that overlays never crowd the chart with text:
 * on f, its minimum with the value and its steepest point; on f′, the largest slope.
 */
export function markedPoints(
  specials: ReadonlyArray<SpecialPoint & { series: SeriesId }>,
  words: PointWords,
  fmt: (v: number, digits?: number) => string,
  main: SeriesId | null,
): { f: MarkedPoint[]; df: MarkedPoint[] } {
  const label = (p: SpecialPoint & { series: SeriesId }, y: number) =>
    `${words.names[p.series] ?? p.series}, ${words[p.kind]}: (${fmt(p.x)}, ${fmt(y)})`;
  const v = (text: string, y: number) => text.replace('{v}', fmt(y, 3));
  return {
    f: specials.map((p) => ({
      x: p.x,
      y: p.y,
      label: label(p, p.y),
      ...(p.series === main
        ? p.kind === 'minimum'
          ? { tag: v(words.markMin, p.y), below: true }
          : { tag: words.markSteepest }
        : {}),
    })),
    df: specials.map((p) => ({
      x: p.x,
      y: p.dy,
      label: label(p, p.dy),
      ...(p.series === main && p.kind === 'maxSlope' ? { tag: v(words.markMax, p.dy) } : {}),
    })),
  };
}
