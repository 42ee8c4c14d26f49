import { ticks } from 'd3-array';
import {
  chainLayer,
  depthActivations,
  depthExperiment,
  maxDepth,
  type DepthActivation,
  type DepthResult,
} from '../../lib/ideas/depth';
import type { IdeaState } from '../../lib/ideas/state';
import { axesNodes } from '../../lib/plot/axes';
import { seriesStyle, type SeriesId } from '../../lib/plot/series';
import type { SvgNode } from '../../lib/plot/svg-tree';
import { formatScientific } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { fill, frameModel, polyline, powerOfTen, type FigureView, type Strings } from './view';

/** Frame of the depth chart. */
export const depthFrame = { width: 640, height: 340, margin: { top: 14, right: 16, bottom: 44, left: 64 } };

/** Width n of every layer and inputs per run (the figure's fixed design). */
export const depthDesign = { width: 64, batch: 4 };

const seriesOf: Record<DepthActivation, SeriesId> = { relu: 'relu', gelu: 'gelu', silu: 'silu', sigmoid: 'sigmoid' };

// One seed's weights serve every depth and both initialisations: each layer is drawn the
// first time a chain needs it and reused on every later move.
let memo: { seed: number; weights: Float64Array[] } | null = null;
function weightsFor(seed: number, depth: number): Float64Array[] {
  if (memo?.seed !== seed) memo = { seed, weights: [] };
  const w = memo.weights;
  while (w.length < Math.min(depth, maxDepth)) w.push(chainLayer(seed, depthDesign.width, w.length));
  return w;
}

/** The experiment for one state (the part a slider move costs: forward and backward passes). */
export function runDepth(state: IdeaState): DepthResult {
  return depthExperiment({
    seed: state.depthSeed,
    depth: state.depthL,
    width: depthDesign.width,
    init: state.depthInit,
    batch: depthDesign.batch,
    weights: weightsFor(state.depthSeed, state.depthL),
  });
}

/**
 * The y axis group with its tick labels (exponents k, written by String) as 10ᵏ; x ticks are
 * layer numbers 1 … 50, which read the same in every locale of the site.
 */
function logTicks(node: SvgNode): SvgNode {
  if (node.attrs?.['class'] !== 'axis y' || !node.children) return node;
  return {
    ...node,
    children: node.children.map((c) =>
      c.tag === 'text' && c.attrs?.['class'] !== 'label' ? { ...c, text: powerOfTen(Number(c.text)) } : c,
    ),
  };
}

const log10 = (v: number) => (v > 0 ? Math.log10(v) : Number.NEGATIVE_INFINITY);

/** The gradients-through-depth figure: per activation, median and 10–90 % band of |gradient| per layer, log scale. */
export function renderDepth(state: IdeaState, locale: Locale, s: Strings): FigureView {
  const result = runDepth(state);
  const L = state.depthL;
  let lo = Infinity;
  let hi = -Infinity;
  for (const id of depthActivations)
    for (const b of result[id]) {
      const a = log10(b.q10);
      const c = log10(b.q90);
      if (Number.isFinite(a)) lo = Math.min(lo, a);
      if (Number.isFinite(c)) hi = Math.max(hi, c);
    }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [-1, 1];
  let y0 = Math.floor(lo);
  let y1 = Math.ceil(hi);
  if (y1 - y0 < 2) [y0, y1] = [y0 - 1, y1 + 1];
  const step = Math.max(1, Math.ceil((y1 - y0) / 7));
  const yTicks: number[] = [];
  for (let k = Math.ceil(y0 / step) * step; k <= y1; k += step) yTicks.push(k);
  const xTicks = ticks(1, Math.max(L, 2), Math.min(10, Math.max(L, 2))).filter((v) => Number.isInteger(v) && v <= L);
  const model = frameModel(depthFrame, [0.5, L + 0.5], [y0, y1], xTicks, yTicks);
  const y = (v: number) => model.py(Math.max(y0, log10(v)));
  const marks: SvgNode[] = depthActivations.map((id) => {
    const bands = result[id];
    const style = seriesStyle(seriesOf[id]);
    const top = bands.map((b, i) => [model.px(i + 1), y(b.q90)] as const);
    const bottom = bands.map((b, i) => [model.px(i + 1), y(b.q10)] as const).reverse();
    const first = bands[0];
    return {
      tag: 'g',
      attrs: { 'data-mark': s[`idea.depth.${id}`] ?? id },
      children: [
        { tag: 'path', attrs: { class: 'band', d: `${polyline([...top, ...bottom])}Z`, fill: style.color } },
        {
          tag: 'path',
          attrs: {
            class: 'curve',
            d: L > 1 ? polyline(bands.map((b, i) => [model.px(i + 1), y(b.median)])) : '',
            stroke: style.color,
            ...(style.dash ? { 'stroke-dasharray': style.dash } : {}),
          },
        },
        {
          tag: 'circle',
          attrs: { class: 'first', cx: model.px(1), cy: y(first?.median ?? 0), r: 4.5, fill: style.color },
        },
      ],
    };
  });
  const axes = axesNodes(model, {
    xLabel: s['idea.depth.xAxis'] ?? '',
    yLabel: s['idea.depth.yAxis'] ?? '',
    tick: String,
  });
  const nodes = [...axes.map(logTicks), ...marks];
  const sci = (v: number | undefined) => formatScientific(v ?? 0, locale, 2);
  const text: Record<string, string> = {
    'out.depthL': String(L),
    'out.seed': fill(s['idea.depth.seed'], { seed: String(state.depthSeed) }),
    title: fill(s['idea.depth.chartLabel'], { L: String(L) }),
  };
  for (const id of depthActivations) {
    const b = result[id][0];
    text[`${id}.median`] = sci(b?.median);
    text[`${id}.q10`] = sci(b?.q10);
    text[`${id}.q90`] = sci(b?.q90);
  }
  const med = (id: DepthActivation) => result[id][0]?.median ?? 0;
  const ratio = med('sigmoid') > 0 && med('relu') > 0 ? Math.log10(med('sigmoid') / med('relu')) : 0;
  text['takeaway'] = fill(s['idea.depth.takeaway'], {
    L: String(L),
    init: s[`idea.depth.init.${state.depthInit}`] ?? '',
    relu: sci(med('relu')),
    sigmoid: sci(med('sigmoid')),
    ratio: powerOfTen(ratio),
    gelu: sci(med('gelu')),
    silu: sci(med('silu')),
  });
  return { nodes: { depth: nodes }, text };
}
