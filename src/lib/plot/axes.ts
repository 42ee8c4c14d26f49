import type { ChartModel } from './figure';
import type { SvgNode } from './svg-tree';

/** Texts of a chart's axes: labels, and how a tick value reads in the page's language. */
export interface AxisText {
  xLabel: string;
  yLabel: string;
  tick: (value: number) => string;
}

/**
 * Grid lines, zero lines, both axes with tick labels and axis titles of a chart, as nodes:
 * the same geometry at build time and after a slider changes the domain. Tick labels are
 * offset in em (`dy`), so they keep their place beside the axis at any font size.
 */
export function axesNodes(model: ChartModel, text: AxisText): SvgNode[] {
  const { width, height, margin } = model.frame;
  const left = margin.left;
  const right = width - margin.right;
  const top = margin.top;
  const bottom = height - margin.bottom;
  const line = (x1: number, x2: number, y1: number, y2: number, extra: Record<string, string> = {}): SvgNode => ({
    tag: 'line',
    attrs: { x1, x2, y1, y2, ...extra },
  });
  const zero: SvgNode[] = [];
  if (model.zero.x !== null) zero.push(line(model.zero.x, model.zero.x, top, bottom, { 'data-zero': 'x' }));
  if (model.zero.y !== null) zero.push(line(left, right, model.zero.y, model.zero.y, { 'data-zero': 'y' }));
  return [
    {
      tag: 'g',
      attrs: { class: 'grid' },
      children: [
        ...model.xTicks.map((t) => line(t.pos, t.pos, top, bottom)),
        ...model.yTicks.map((t) => line(left, right, t.pos, t.pos)),
      ],
    },
    { tag: 'g', attrs: { class: 'zero' }, children: zero },
    {
      tag: 'g',
      attrs: { class: 'axis x' },
      children: [
        line(left, right, bottom, bottom),
        ...model.xTicks.map((t) => ({
          tag: 'text',
          attrs: { x: t.pos, y: bottom + 4, dy: '0.95em', 'text-anchor': 'middle' },
          text: text.tick(t.value),
        })),
        {
          tag: 'text',
          attrs: { class: 'label', x: (left + right) / 2, y: height - 6, 'text-anchor': 'middle' },
          text: text.xLabel,
        },
      ],
    },
    {
      tag: 'g',
      attrs: { class: 'axis y' },
      children: [
        line(left, left, top, bottom),
        ...model.yTicks.map((t) => ({
          tag: 'text',
          attrs: { x: left - 6, y: t.pos, dy: '0.32em', 'text-anchor': 'end' },
          text: text.tick(t.value),
        })),
        {
          tag: 'text',
          attrs: {
            class: 'label',
            transform: `translate(14 ${(top + bottom) / 2}) rotate(-90)`,
            'text-anchor': 'middle',
          },
          text: text.yLabel,
        },
      ],
    },
  ];
}
