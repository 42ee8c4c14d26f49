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

/** The probe: a vertical line at x and a dot on each curve where its value is finite and visible. */
export function probeNodes(model: ChartModel, x: number, values: ReadonlyArray<{ id: SeriesId; y: number }>): SvgNode[] {
  if (x < model.xDomain[0] || x > model.xDomain[1]) return [];
  const { margin, height } = model.frame;
  const px = model.px(x);
  return [
    { tag: 'line', attrs: { class: 'probe-line', x1: px, x2: px, y1: margin.top, y2: height - margin.bottom } },
    ...values
      .filter((v) => Number.isFinite(v.y) && inside(model, x, v.y))
      .map((v) => ({
        tag: 'circle',
        attrs: { class: 'probe-dot', cx: px, cy: model.py(v.y), r: 5, fill: seriesStyle[v.id].color },
      })),
  ];
}

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
