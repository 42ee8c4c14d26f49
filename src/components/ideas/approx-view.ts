import { approxGap, approxMaxErrors, type ApproxKind } from '../../lib/ideas/approx';
import type { IdeaState } from '../../lib/ideas/state';
import { axesNodes } from '../../lib/plot/axes';
import { chartModel, type ChartModel } from '../../lib/plot/figure';
import { seriesStyle } from '../../lib/plot/series';
import type { SvgNode } from '../../lib/plot/svg-tree';
import { formatFixed, formatScientific, formatTick } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { fill, type FigureView, type Strings } from './view';

/** Frame of each difference panel. */
export const approxFrame = { width: 640, height: 210, margin: { top: 14, right: 16, bottom: 44, left: 72 } };

const series = { tanh: 'gelu-tanh', sigmoid: 'gelu-sigmoid' } as const;
const XMAX = 6;

// The panels' curves do not depend on the state: computed once per module.
let cached: { models: Record<ApproxKind, ChartModel>; max: ReturnType<typeof approxMaxErrors> } | null = null;
function scene() {
  if (cached) return cached;
  const model = (kind: ApproxKind) =>
    chartModel([{ id: series[kind], f: (x) => approxGap(kind, x) }], [-XMAX, XMAX], {
      frame: approxFrame,
      samples: 240,
    });
  cached = { models: { tanh: model('tanh'), sigmoid: model('sigmoid') }, max: approxMaxErrors() };
  return cached;
}

/** The two difference panels with the maxima marked and the probe, and their readouts. */
export function renderApprox(state: IdeaState, locale: Locale, s: Strings): FigureView {
  const { models, max } = scene();
  const x = state.apX;
  const sci = (v: number) => formatScientific(v, locale, 3);
  const nodes: Record<string, SvgNode[]> = {};
  const text: Record<string, string> = {};
  for (const kind of ['tanh', 'sigmoid'] as const) {
    const m = models[kind];
    const style = seriesStyle(series[kind]);
    const peak = max[kind];
    const { margin, height } = m.frame;
    const gap = approxGap(kind, x);
    const peakTitle = fill(s['idea.approx.maxTitle'], { err: sci(peak.error), x: formatFixed(peak.x, locale, 3) });
    nodes[kind] = [
      ...axesNodes(m, {
        xLabel: s['idea.approx.xAxis'] ?? '',
        yLabel: s[kind === 'tanh' ? 'idea.approx.yTanh' : 'idea.approx.ySigmoid'] ?? '',
        tick: (v) => formatTick(v, locale, 5),
      }),
      {
        tag: 'path',
        attrs: {
          class: 'curve',
          d: m.paths[0]?.d ?? '',
          stroke: style.color,
          ...(style.dash ? { 'stroke-dasharray': style.dash } : {}),
        },
      },
      ...[-peak.x, peak.x].map((px) => ({
        tag: 'circle',
        attrs: { class: 'peak', cx: m.px(px), cy: m.py(approxGap(kind, px)), r: 5 },
        children: [{ tag: 'title', text: peakTitle }],
      })),
      {
        tag: 'line',
        attrs: { class: 'probe-line', x1: m.px(x), x2: m.px(x), y1: margin.top, y2: height - margin.bottom },
      },
      { tag: 'circle', attrs: { class: 'probe-dot', cx: m.px(x), cy: m.py(gap), r: 4.5, fill: style.color } },
    ];
    text[`max.${kind}`] = sci(peak.error);
    text[`at.${kind}`] = fill(s['idea.approx.at'], { x: formatFixed(peak.x, locale, 3) });
    text[`gap.${kind}`] = sci(gap);
  }
  text['out.apX'] = formatFixed(x, locale, 2);
  text['probe'] = fill(s['idea.approx.probeCaption'], { x: formatFixed(x, locale, 2) });
  return { nodes, text };
}
