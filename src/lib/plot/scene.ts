import { geluMinimum, sigmoidGradMaximum, swishMinimum, type ParamValues } from '../math';
import type { ResolvedView, ViewPage } from '../state/resolve';
import { curveFunctions, seriesOf } from './curves';
import { chartModel, type ChartModel } from './figure';
import type { Frame } from './chart';
import type { SeriesId } from './series';

/** Every series a page can draw, in legend order. */
export const allSeries: readonly SeriesId[] = ['gelu', 'gelu-tanh', 'gelu-sigmoid', 'relu', 'leaky-relu', 'silu', 'sigmoid'];

/** The parameters of a view, as the registry reads them. */
export function viewParams(view: ResolvedView): ParamValues {
  return { alpha: view.alpha, beta: view.beta, approx: view.approx };
}

/** The curves a view shows: a function page's own curve first, then its overlays. */
export function shownSeries(page: ViewPage, view: ResolvedView): SeriesId[] {
  if (page === 'compare') return allSeries.filter((s) => view.compare.includes(s));
  const main = seriesOf(page, view.approx);
  return [main, ...allSeries.filter((s) => s !== main && view.compare.includes(s))];
}

/** Both charts of a view: f and f′ of every shown curve over [−range, range]. */
export function sceneModels(
  page: ViewPage,
  view: ResolvedView,
  frame?: Frame,
): { shown: SeriesId[]; f: ChartModel; df: ChartModel } {
  const shown = shownSeries(page, view);
  const params = viewParams(view);
  const fns = shown.map((id) => ({ id, ...curveFunctions(id, params) }));
  const domain = [-view.range, view.range] as const;
  const options = frame ? { frame } : {};
  return {
    shown,
    f: chartModel(fns.map((c) => ({ id: c.id, f: c.f, kinks: c.kinks })), domain, options),
    df: chartModel(fns.map((c) => ({ id: c.id, f: c.df, kinks: c.kinks })), domain, options),
  };
}

/** Kind of a special point, for its label. */
export type SpecialKind = 'minimum' | 'maxSlope';

/** The special points of the shown curves, computed live: (x, f(x)) and (x, f′(x)). */
export function specialPoints(
  shown: readonly SeriesId[],
  view: ResolvedView,
): Array<{ series: SeriesId; kind: SpecialKind; x: number; y: number; dy: number }> {
  const out: Array<{ series: SeriesId; kind: SpecialKind; x: number; y: number; dy: number }> = [];
  for (const s of shown) {
    if (s === 'gelu') {
      const m = geluMinimum();
      out.push({ series: s, kind: 'minimum', x: m.x, y: m.y, dy: 0 });
    } else if (s === 'silu') {
      const m = swishMinimum(view.beta);
      out.push({ series: s, kind: 'minimum', x: m.x, y: m.y, dy: 0 });
    } else if (s === 'sigmoid') {
      const m = sigmoidGradMaximum();
      out.push({ series: s, kind: 'maxSlope', x: m.x, y: curveFunctions('sigmoid').f(m.x), dy: m.y });
    }
  }
  return out;
}
