import { gelu, normalCdf, relu } from '../../lib/math';
import { gateGrid, gateEstimate, gateStream } from '../../lib/ideas/gate';
import { gateStep, ideaLimits, type IdeaState } from '../../lib/ideas/state';
import { axesNodes } from '../../lib/plot/axes';
import { chartModel } from '../../lib/plot/figure';
import { seriesStyle } from '../../lib/plot/series';
import type { SvgNode } from '../../lib/plot/svg-tree';
import { formatFixed, formatTick } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { fill, polyline, type FigureView, type Strings } from './view';

/** Frame of the gate chart (viewBox units). */
export const gateFrame = { width: 640, height: 380, margin: { top: 14, right: 16, bottom: 44, left: 56 } };

/** The inputs of the figure: −3 … 3 in steps of 0.25. */
export const gateInputs: readonly number[] = Array.from(
  { length: Math.round((ideaLimits.mcX[1] - ideaLimits.mcX[0]) / gateStep) + 1 },
  (_, i) => ideaLimits.mcX[0] + i * gateStep,
);

// Dots drawn per input: enough to see the two outcomes and their mix, few enough for the DOM.
const DOTS = 20;

/** The stochastic-gate figure for one state: draws, running means, curves, readouts. */
export function renderGate(state: IdeaState, locale: Locale, s: Strings): FigureView {
  const n = state.mcN;
  const grid = gateGrid(state.mcSeed, gateInputs, n, DOTS);
  const model = chartModel(
    [
      { id: 'gelu', f: gelu },
      { id: 'relu', f: relu, kinks: [0] },
    ],
    [-3.25, 3.25],
    { frame: gateFrame, yDomain: [-3.25, 3.25] },
  );
  const f4 = (v: number) => formatFixed(v, locale, 4);
  const draws: SvgNode[] = [];
  for (const e of grid) {
    const k = e.masks.length;
    const spread = k > 1 ? 14 / (k - 1) : 0;
    e.masks.forEach((m, j) => {
      draws.push({
        tag: 'circle',
        attrs: {
          class: m ? 'draw kept' : 'draw',
          cx: Math.round((model.px(e.x) + (j - (k - 1) / 2) * spread) * 100) / 100,
          cy: model.py(e.x * m),
          r: 2.4,
        },
      });
    });
  }
  const probe = gateEstimate(state.mcX, n, gateStream(state.mcSeed, state.mcX));
  const curves: SvgNode[] = model.paths.map((p) => ({
    tag: 'path',
    attrs: {
      class: 'curve',
      d: p.d,
      stroke: seriesStyle(p.id).color,
      ...(seriesStyle(p.id).dash ? { 'stroke-dasharray': seriesStyle(p.id).dash } : {}),
    },
  }));
  const { margin, height } = gateFrame;
  const nodes: SvgNode[] = [
    ...axesNodes(model, {
      xLabel: s['idea.gate.xAxis'] ?? '',
      yLabel: s['idea.gate.yAxis'] ?? '',
      tick: (v) => formatTick(v, locale),
    }),
    { tag: 'g', attrs: { 'data-mark': s['idea.gate.legendDraws'] ?? '' }, children: draws },
    { tag: 'g', attrs: { 'data-mark': s['idea.gate.curves'] ?? '' }, children: curves },
    {
      tag: 'line',
      attrs: {
        class: 'probe-line',
        x1: model.px(state.mcX),
        x2: model.px(state.mcX),
        y1: margin.top,
        y2: height - margin.bottom,
      },
    },
    {
      tag: 'g',
      attrs: { 'data-mark': s['idea.gate.legendMean'] ?? '' },
      children: [
        { tag: 'path', attrs: { class: 'mean-line', d: polyline(grid.map((e) => [model.px(e.x), model.py(e.mean)])) } },
        ...grid.map((e) => ({
          tag: 'circle',
          attrs: { class: 'mean', cx: model.px(e.x), cy: model.py(e.mean), r: 3.2 },
        })),
        { tag: 'circle', attrs: { class: 'mean probe', cx: model.px(probe.x), cy: model.py(probe.mean), r: 6 } },
      ],
    },
  ];
  // How far the means sit from GELU across the grid: the convergence the reader watches.
  let sum = 0;
  let worst = { gap: 0, x: 0 };
  for (const e of grid) {
    const gap = Math.abs(e.mean - e.exact);
    sum += gap;
    if (gap > worst.gap) worst = { gap, x: e.x };
  }
  const z = probe.se > 0 ? Math.abs(probe.mean - probe.exact) / probe.se : 0;
  const x = formatFixed(state.mcX, locale, 2);
  return {
    nodes: { gate: nodes },
    text: {
      title: fill(s['idea.gate.chartLabel'], { n: String(n) }),
      'out.mcX': x,
      'out.seed': fill(s['idea.gate.seed'], { seed: String(state.mcSeed) }),
      at: fill(s['idea.gate.tableCaption'], { x }),
      kept: fill(s['idea.gate.kept'], { k: String(probe.kept), n: String(n) }),
      mean: f4(probe.mean),
      exact: f4(probe.exact),
      se: f4(probe.se),
      relu: f4(relu(state.mcX)),
      summary: fill(s['idea.gate.summary'], {
        count: String(grid.length),
        n: String(n),
        avg: f4(sum / grid.length),
        max: f4(worst.gap),
        xmax: formatFixed(worst.x, locale, 2),
      }),
      takeaway: fill(s['idea.gate.takeaway'], {
        x,
        k: String(probe.kept),
        n: String(n),
        p: formatFixed(normalCdf(state.mcX), locale, 3),
        mean: f4(probe.mean),
        z: formatFixed(z, locale, 1),
        exact: f4(probe.exact),
      }),
    },
  };
}
