import { ticks } from '../../lib/plot/ticks';
import {
  chainLayer,
  depthExperiment,
  depthIds,
  depthReferences,
  maxDepth,
  type DepthResult,
  type GradientBand,
} from '../../lib/ideas/depth';
import { ideaFocus } from '../../lib/ideas/members';
import type { IdeaState } from '../../lib/ideas/state';
import { activation, series, seriesOf, type ActivationId } from '../../lib/math';
import { axesNodes } from '../../lib/plot/axes';
import { seriesStyle } from '../../lib/plot/series';
import type { SvgNode } from '../../lib/plot/svg-tree';
import { formatScientific, formatTick } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { fill, frameModel, polyline, powerOfTen, type FigureView, type Strings } from './view';

/** Frame of the depth chart. */
export const depthFrame = { width: 640, height: 340, margin: { top: 14, right: 16, bottom: 44, left: 64 } };

/** Width n of every layer and inputs per run (the figure's fixed design). */
export const depthDesign = { width: 64, batch: 4 };

/** One curve of the figure: an activation, its series (colour, dash) and the key of its name. */
export interface DepthCurve {
  id: ActivationId;
  series: string;
  nameKey: string;
}

/** The curves of the figure on the page of `focus` (none: the comparison page), in the site's order. */
export function depthCurves(focus?: unknown): DepthCurve[] {
  return depthIds(focus).map((id) => {
    const s = series(seriesOf(activation(id)));
    return { id, series: s.id, nameKey: s.nameKey };
  });
}

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
export function runDepth(state: IdeaState, ids: readonly ActivationId[] = depthIds()): DepthResult {
  return depthExperiment({
    ids,
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

/**
 * The gradients-through-depth figure: per activation, median and 10–90 % band of |gradient|
 * per layer, log scale; the page's activation (`focus`) drawn last and stronger.
 */
export function renderDepth(state: IdeaState, locale: Locale, s: Strings, focus?: string): FigureView {
  const curves = depthCurves(focus);
  const own = ideaFocus('depth', focus);
  const result = runDepth(
    state,
    curves.map((c) => c.id),
  );
  const bandsOf = (id: ActivationId): readonly GradientBand[] => result[id] ?? [];
  const L = state.depthL;
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of curves)
    for (const b of bandsOf(c.id)) {
      const a = log10(b.q10);
      const d = log10(b.q90);
      if (Number.isFinite(a)) lo = Math.min(lo, a);
      if (Number.isFinite(d)) hi = Math.max(hi, d);
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
  // The page's own curve is drawn last, on top of the references.
  const drawOrder = [...curves.filter((c) => c.id !== own), ...curves.filter((c) => c.id === own)];
  const marks: SvgNode[] = drawOrder.map((c) => {
    const bands = bandsOf(c.id);
    const style = seriesStyle(c.series);
    const top = bands.map((b, i) => [model.px(i + 1), y(b.q90)] as const);
    const bottom = bands.map((b, i) => [model.px(i + 1), y(b.q10)] as const).reverse();
    const first = bands[0];
    const role = own === undefined ? {} : { class: c.id === own ? 'focus' : 'other' };
    return {
      tag: 'g',
      attrs: { 'data-mark': s[c.nameKey] ?? c.id, ...role },
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
  for (const c of curves) {
    const b = bandsOf(c.id)[0];
    text[`${c.id}.median`] = sci(b?.median);
    text[`${c.id}.q10`] = sci(b?.q10);
    text[`${c.id}.q90`] = sci(b?.q90);
  }
  const med = (id: ActivationId) => bandsOf(id)[0]?.median ?? 0;
  const [relu, gelu, sigmoid] = depthReferences;
  const ratio = med(sigmoid) > 0 && med(relu) > 0 ? Math.log10(med(sigmoid) / med(relu)) : 0;
  text['takeaway'] = fill(s['idea.depth.takeaway'], {
    L: String(L),
    init: s[`idea.depth.init.${state.depthInit}`] ?? '',
    relu: sci(med(relu)),
    sigmoid: sci(med(sigmoid)),
    ratio: powerOfTen(ratio),
    gelu: sci(med(gelu)),
  });
  // Beside the references, each curve gets a sentence of its own (idea.depth.note.<id>).
  for (const id of depthNoteIds(curves))
    text[`note.${id}`] = fill(s[`idea.depth.note.${id}`], {
      median: sci(med(id)),
      top: sci(bandsOf(id).at(-1)?.median),
      slope0: formatTick(activation(id).df(0), locale, 3),
      gelu: sci(med(gelu)),
    });
  return { nodes: { depth: nodes }, text };
}

/** The curves that get a note of their own under the takeaway: all but the references. */
export function depthNoteIds(curves: readonly DepthCurve[]): ActivationId[] {
  return curves.map((c) => c.id).filter((id) => !(depthReferences as readonly string[]).includes(id));
}
