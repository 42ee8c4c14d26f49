import {
  curve,
  activationIds,
  allSeries,
  paramDefaults,
  seriesOf,
  type ActivationId,
  type ParamValue,
  type ParamValues,
  type SeriesId,
} from '../math/curves';
import type { SceneSpec } from '../plot/scene';
import { pageParams, type ViewPage, type ViewState } from './view';

/** A complete view: every field has a value. */
export interface ResolvedView {
  x: number;
  range: number;
  deriv: boolean;
  /** Overlays on a function page; the shown curves on the comparison page. */
  compare: SeriesId[];
  /** The page's parameters by query key (see pageParams). */
  params: Record<string, ParamValue>;
}

/** The default view of a page (what a link without parameters shows). */
export function defaultView(page: ViewPage): ResolvedView {
  return {
    x: 1,
    range: 4,
    deriv: true,
    compare:
      page === 'compare'
        ? activationIds.filter((id) => curve(id).compareDefault).map((id) => curve(id).series[0].id)
        : [],
    params: Object.fromEntries(pageParams(page).map(({ param }) => [param.key, param.default])),
  };
}

/** The parameters of one activation in a view (its defaults where the page does not carry them). */
export function activationParams(page: ViewPage, view: ResolvedView, id: ActivationId): ParamValues {
  const out: Record<string, ParamValue> = { ...paramDefaults(curve(id)) };
  for (const { activation: a, param } of pageParams(page)) {
    const v = view.params[param.key];
    if (a === id && v !== undefined) out[param.id] = v;
  }
  return out;
}

/** The curve a function page is about, under the view's parameters (null on the comparison page). */
export function mainSeries(page: ViewPage, view: ResolvedView): SeriesId | null {
  return page === 'compare' ? null : seriesOf(curve(page), activationParams(page, view, page));
}

/**
 * The view of a page from a parsed query: defaults filled in, the probe kept inside the
 * x-range, and a function page's own curve never listed as its overlay.
 */
export function resolveView(page: ViewPage, state: ViewState): ResolvedView {
  const d = defaultView(page);
  const range = state.range ?? d.range;
  const x = Math.min(range, Math.max(-range, state.x ?? d.x));
  const view: ResolvedView = {
    x: x === 0 ? 0 : x,
    range,
    deriv: state.deriv ?? d.deriv,
    compare: [],
    params: { ...d.params, ...state.params },
  };
  const main = mainSeries(page, view);
  const compare = state.compare ?? d.compare;
  view.compare = allSeries.map((s) => s.id).filter((id) => id !== main && compare.includes(id));
  return view;
}

/** The curves a view shows: a function page's own curve first, then its overlays. */
export function shownSeries(page: ViewPage, view: ResolvedView): SeriesId[] {
  const main = mainSeries(page, view);
  return main === null ? [...view.compare] : [main, ...view.compare.filter((s) => s !== main)];
}

/** What the charts of a view draw: its curves, each activation's parameters, its x-range. */
export function sceneOf(page: ViewPage, view: ResolvedView): SceneSpec {
  return { shown: shownSeries(page, view), params: (id) => activationParams(page, view, id), range: view.range };
}
