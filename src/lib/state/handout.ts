// What a printed function page states about its view beyond the plots: the main curve's table
// of values at the view's parameters. Shared by the build (the default view) and the print
// module (the reader's view), so both print the same table for the same address.
import { sceneCurves } from '../plot/scene';
import { seriesParamText, type SeriesId } from '../plot/series';
import { activationParams, resolveView, sceneOf, type ResolvedView } from './resolve';
import { pageParams, parseView, type ViewPage } from './view';

/** The inputs of the table of values (also the screen's table). */
export const handoutXs: readonly number[] = [-3, -2, -1, -0.5, 0, 0.5, 1, 2, 3];

/** The handout's table of values for a view: the main curve, its numeric parameters, one row per input. */
export interface HandoutValues {
  readonly series: SeriesId;
  /** The name key a parameter off its default gives the curve (`fn.swish`), if any. */
  readonly rename: string | undefined;
  /** The view's numeric parameters (`α = 1.50`), in the registry's order. */
  readonly params: ReadonlyArray<{ readonly symbol: string; readonly value: number; readonly digits: number }>;
  readonly rows: ReadonlyArray<{ readonly x: number; readonly f: number; readonly df: number }>;
}

/** The table of values of a function page's main curve in a view. */
export function handoutValues(page: ViewPage, view: ResolvedView, xs: readonly number[] = handoutXs): HandoutValues {
  const main = sceneCurves(sceneOf(page, view))[0];
  const params = pageParams(page).flatMap(({ param }) => {
    const value = view.params[param.key];
    return param.kind === 'range' && typeof value === 'number'
      ? [{ symbol: param.symbol, value, digits: param.digits }]
      : [];
  });
  return {
    series: main?.id ?? page,
    rename: main && seriesParamText(main.id, (a) => activationParams(page, view, a), String)[1],
    params,
    rows: xs.map((x) => ({ x, f: main ? main.f(x) : NaN, df: main ? main.df(x) : NaN })),
  };
}

/** The same for an address's query string (never trusted: parsed and clamped like the explorer does). */
export function handoutValuesOf(page: ViewPage, search: string): HandoutValues {
  return handoutValues(page, resolveView(page, parseView(search, page)));
}
