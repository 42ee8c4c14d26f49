import type { ChartModel } from './figure';
import { seriesStyle, type SeriesId } from './series';
import type { SvgNode } from './svg-tree';

/** A labelled point to mark (a minimum, a steepest point). */
export interface MarkedPoint {
  x: number;
  y: number;
  label: string;
}

const inside = (model: ChartModel, x: number, y: number) =>
  x >= model.xDomain[0] && x <= model.xDomain[1] && y >= model.yDomain[0] && y <= model.yDomain[1];

/** Circles with a `<title>` for the special points that lie inside the chart. */
export function pointNodes(model: ChartModel, points: readonly MarkedPoint[]): SvgNode[] {
  return points
    .filter((p) => inside(model, p.x, p.y))
    .map((p) => ({
      tag: 'circle',
      attrs: { class: 'special', cx: model.px(p.x), cy: model.py(p.y), r: 4.5 },
      children: [{ tag: 'title', text: p.label }],
    }));
}

/**
 * The probe: a vertical line at x and a dot on each curve where its value is finite and visible.
 * Each mark is a `<polyline>` whose one attribute, `points`, is all a probe move rewrites: a
 * dot is a zero-length polyline with round caps (a halo in the background colour under a dot
 * in the curve's colour). A circle's cx/cy, a path's d and a transform are CSS properties, and
 * changing one restyles the element on every move; `points` is a plain attribute.
 */
export function probeNodes(model: ChartModel, x: number, values: ReadonlyArray<{ id: SeriesId; y: number }>): SvgNode[] {
  if (x < model.xDomain[0] || x > model.xDomain[1]) return [];
  const { margin, height } = model.frame;
  const px = round(model.px(x));
  return [
    { tag: 'polyline', attrs: { class: 'probe-line', points: `${px},${margin.top} ${px},${height - margin.bottom}` } },
    ...values
      .filter((v) => Number.isFinite(v.y) && inside(model, x, v.y))
      .flatMap((v): SvgNode[] => {
        const at = `${px},${round(model.py(v.y))}`;
        const points = `${at} ${at}`;
        return [
          { tag: 'polyline', attrs: { class: 'probe-halo', points } },
          { tag: 'polyline', attrs: { class: 'probe-dot', points, stroke: seriesStyle[v.id].color } },
        ];
      }),
  ];
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
      return { tag: 'path', attrs: { class: 'input-mark', d: `M${cx},${cy - 6}L${cx + 6},${cy}L${cx},${cy + 6}L${cx - 6},${cy}Z` } };
    });
}
