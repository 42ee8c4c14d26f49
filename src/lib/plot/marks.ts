import type { ChartModel } from './figure';
import { seriesStyle, type SeriesId } from './series';
import type { SvgNode } from './svg-tree';

/** A labelled point to mark (a minimum, a steepest point). */
export interface MarkedPoint {
  x: number;
  y: number;
  /** Its full description (the circle's tooltip). */
  label: string;
  /** A short text written next to the mark on the chart ("min −0.170"); none: no direct label. */
  tag?: string;
  /** Whether the label goes under the mark (a minimum) rather than above it. */
  below?: boolean;
}

const inside = (model: ChartModel, x: number, y: number) =>
  x >= model.xDomain[0] && x <= model.xDomain[1] && y >= model.yDomain[0] && y <= model.yDomain[1];

/** Line height of a direct label: labels closer than this are pushed apart. */
const LABEL_GAP = 15;

/**
 * Circles with a `<title>` for the special points that lie inside the chart, and beside each
 * point that has a `tag` a direct label: above the mark (under it if `below`), right of it or
 * left where it would run past the plot's right edge; labels that would overlap are pushed
 * down one under the other, and all stay inside the plot.
 */
export function pointNodes(model: ChartModel, points: readonly MarkedPoint[]): SvgNode[] {
  const shown = points.filter((p) => inside(model, p.x, p.y));
  const circles: SvgNode[] = shown.map((p) => ({
    tag: 'circle',
    attrs: { class: 'special', cx: model.px(p.x), cy: model.py(p.y), r: 4.5 },
    children: [{ tag: 'title', text: p.label }],
  }));
  const { width, height, margin } = model.frame;
  const right = width - margin.right;
  let last = -Infinity;
  const labels = shown
    .filter((p) => p.tag)
    // Under a minimum (the curve lies above it), above any other point.
    .map((p) => ({ px: model.px(p.x), py: model.py(p.y) + (p.below ? 22 : -8), tag: p.tag ?? '' }))
    .sort((a, b) => a.py - b.py)
    .map(({ px, py, tag }): SvgNode => {
      // A rough width (7 px a character, 12 for CJK): enough to choose a side.
      const w = [...tag].reduce((sum, c) => sum + (c.charCodeAt(0) > 0x2e80 ? 12 : 7), 0);
      const end = px + 8 + w > right;
      const y = Math.min(height - margin.bottom - 4, Math.max(py, margin.top + 11, last + LABEL_GAP));
      last = y;
      return {
        tag: 'text',
        attrs: {
          class: 'special-label',
          x: round(end ? px - 8 : px + 8),
          y: round(y),
          'text-anchor': end ? 'end' : 'start',
        },
        text: tag,
      };
    });
  return [...circles, ...labels];
}

/**
 * The probe: a vertical line at x and a dot on each curve where its value is finite and visible.
 * Each mark is one `<polyline>` whose one attribute, `points`, is all a probe move rewrites: a
 * dot is a zero-length polyline whose round-capped stroke, in the background colour, is a halo,
 * and whose marker (`markerId(series)`, a disc in the curve's colour, see Chart.astro) is the
 * dot. A circle's cx/cy, a path's d and a transform are CSS properties, and changing one restyles
 * the element on every move; `points` is a plain attribute, and one element per dot instead of a
 * halo and a dot halves the elements a move lays out.
 */
export function probeNodes(
  model: ChartModel,
  x: number,
  values: ReadonlyArray<{ id: SeriesId; y: number }>,
  markerId: (series: SeriesId) => string,
): SvgNode[] {
  if (x < model.xDomain[0] || x > model.xDomain[1]) return [];
  const { margin, height } = model.frame;
  const px = round(model.px(x));
  return [
    { tag: 'polyline', attrs: { class: 'probe-line', points: `${px},${margin.top} ${px},${height - margin.bottom}` } },
    ...values
      .filter((v) => Number.isFinite(v.y) && inside(model, x, v.y))
      .map((v): SvgNode => {
        const at = `${px},${round(model.py(v.y))}`;
        return {
          tag: 'polyline',
          attrs: {
            class: 'probe-dot',
            'data-series': v.id,
            'marker-start': `url(#${markerId(v.id)})`,
            points: `${at} ${at}`,
          },
        };
      }),
  ];
}

/** The marker ids of one chart: `${prefix}-${series}`, defined by probeMarkerNodes. */
export const probeMarkerId = (prefix: string) => (series: SeriesId) => `${prefix}-${series}`;

/** One marker per series, a disc of the dot's size in the curve's colour, centred on the vertex. */
export function probeMarkerNodes(prefix: string, series: readonly SeriesId[]): SvgNode[] {
  const id = probeMarkerId(prefix);
  const r = 5;
  return series.map((s) => ({
    tag: 'marker',
    attrs: {
      id: id(s),
      markerUnits: 'userSpaceOnUse',
      markerWidth: 2 * r,
      markerHeight: 2 * r,
      refX: r,
      refY: r,
      overflow: 'visible',
    },
    children: [{ tag: 'circle', attrs: { cx: r, cy: r, r, fill: seriesStyle(s).color } }],
  }));
}

/** A coordinate to 1/100 of a viewBox unit (far below a pixel), as short attribute text. */
const round = (v: number) => Math.round(v * 100) / 100;

/** Small diamonds at (x, f(x)) for the PyTorch example's inputs that fall inside the chart. */
export function inputNodes(model: ChartModel, points: ReadonlyArray<{ x: number; y: number }>): SvgNode[] {
  return points
    .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y) && inside(model, p.x, p.y))
    .map((p) => {
      const cx = model.px(p.x);
      const cy = model.py(p.y);
      return {
        tag: 'path',
        attrs: { class: 'input-mark', d: `M${cx},${cy - 6}L${cx + 6},${cy}L${cx},${cy + 6}L${cx - 6},${cy}Z` },
      };
    });
}
