/**
 * The view a link reopens: probe, parameters, x-range, derivative and overlays, as URL query
 * parameters (`?x=-1&approx=tanh&compare=relu,silu`). The keys and limits of a page come from
 * the registry (`pageParams`). Parsing never throws and never trusts its input: unknown keys
 * are ignored, malformed or non-finite values dropped, out-of-range values clamped. Values
 * inside their range are kept exactly as given, even between slider steps.
 */
import {
  curve,
  allSeries,
  isActivationId,
  activationIds,
  type ActivationId,
  type Param,
  type ParamValue,
  type SeriesId,
} from '../math/curves';
import { clamp, readNumber } from './read';

/** The page a view belongs to: an activation's id, or `compare` for the comparison page. */
export type ViewPage = ActivationId;

/** Whether a value names a page that has a view. */
export function isViewPage(value: unknown): value is ViewPage {
  return value === 'compare' || isActivationId(value);
}

/** A control of a page: one parameter of one activation, under its query key. */
export interface PageParam {
  activation: ActivationId;
  param: Param;
}

/**
 * The parameters a page's view carries: an activation page's own, and on the comparison
 * page those marked `onCompare` (their keys are unique there; the registry test checks it).
 */
export function pageParams(page: ViewPage): readonly PageParam[] {
  let params = pageParamsCache.get(page);
  if (!params) {
    params =
      page === 'compare'
        ? activationIds.flatMap((id) =>
            curve(id)
              .params.filter((param) => param.onCompare)
              .map((param) => ({ activation: id, param })),
          )
        : curve(page).params.map((param) => ({ activation: page, param }));
    pageParamsCache.set(page, params);
  }
  return params;
}

// The registry is frozen: each page's parameters are worked out once.
const pageParamsCache = new Map<ViewPage, readonly PageParam[]>();

/** The query keys of the view itself, whatever the page. */
export const viewFields = ['x', 'range', 'deriv', 'compare'] as const;

/** Every query key a page's view owns, in the order links write them. */
export function viewKeys(page: ViewPage): string[] {
  return ['x', ...pageParams(page).map((p) => p.param.key), 'range', 'deriv', 'compare'];
}

/** A parsed view: every field optional (absent means "the page's default"). */
export interface ViewState {
  x?: number;
  range?: number;
  deriv?: boolean;
  compare?: SeriesId[];
  /** Parameter values by query key. */
  params?: Record<string, ParamValue>;
}

/** Limits of the probe and of the x-range: [min, max], and their slider steps. */
export const viewLimits = {
  x: { min: -10, max: 10, step: 0.01 },
  range: { min: 1, max: 10, step: 1 },
} as const;

// Numbers and clamping are shared with the GLU page's view, which must not pull in the registry.
export { clamp, readNumber };

/** A boolean from a query value (1/0, true/false, on/off, yes/no), or undefined. */
export function readBool(raw: string | null): boolean | undefined {
  const i = ['0', 'false', 'off', 'no', '1', 'true', 'on', 'yes'].indexOf(raw?.trim().toLowerCase() ?? '');
  return i < 0 ? undefined : i > 3;
}

/** One of `options` from a query value (trimmed, case-insensitive), or undefined. */
export function readChoice<T extends string>(raw: string | null, options: readonly T[]): T | undefined {
  if (raw === null) return undefined;
  const v = raw.trim().toLowerCase();
  return options.find((o) => o === v);
}

const seriesIds = allSeries.map((s) => s.id);

function readList(raw: string | null): SeriesId[] | undefined {
  if (raw === null) return undefined;
  const seen = new Set<SeriesId>();
  for (const part of raw.slice(0, 400).split(',')) {
    const id = readChoice(part, seriesIds);
    if (id) seen.add(id);
  }
  // Canonical order, so equal views serialise to equal links.
  return seriesIds.filter((id) => seen.has(id));
}

/** One parameter's value from a query value: clamped number or known option, else undefined. */
export function readParam(param: Param, raw: string | null): ParamValue | undefined {
  if (param.kind === 'choice')
    return readChoice(
      raw,
      param.options.map((o) => o.value),
    );
  const v = readNumber(raw);
  return v === undefined ? undefined : clamp(v, param.min, param.max);
}

/** Parses a query string (with or without `?`) into the view of `page`; never throws. */
export function parseView(search: string, page: ViewPage): ViewState {
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(typeof search === 'string' ? search : '');
  } catch {
    return {};
  }
  const state: ViewState = {};
  const x = readNumber(query.get('x'));
  if (x !== undefined) state.x = clamp(x, viewLimits.x.min, viewLimits.x.max);
  const params: Record<string, ParamValue> = {};
  for (const { param } of pageParams(page)) {
    const v = readParam(param, query.get(param.key));
    if (v !== undefined) params[param.key] = v;
  }
  if (Object.keys(params).length > 0) state.params = params;
  const range = readNumber(query.get('range'));
  if (range !== undefined) state.range = clamp(range, viewLimits.range.min, viewLimits.range.max);
  const deriv = readBool(query.get('deriv'));
  if (deriv !== undefined) state.deriv = deriv;
  const compare = readList(query.get('compare'));
  if (compare !== undefined) state.compare = compare;
  return state;
}

/**
 * Serialises the view of `page` into a query string (without `?`), in a fixed key order,
 * leaving out fields equal to `defaults`. `serializeView(parseView(s))` is stable under
 * another round.
 */
export function serializeView(state: ViewState, page: ViewPage, defaults: ViewState = {}): string {
  const out = new URLSearchParams();
  const put = (key: string, value: string | undefined, fallback: string | undefined) => {
    if (value !== undefined && value !== fallback) out.set(key, value);
  };
  // String(number) is the shortest text that reads back as the same double.
  const text = (v: ParamValue | undefined) => (v === undefined ? undefined : String(v));
  const b = (v: boolean | undefined) => (v === undefined ? undefined : v ? '1' : '0');
  const l = (v: SeriesId[] | undefined) => (v === undefined ? undefined : v.join(','));
  put('x', text(state.x), text(defaults.x));
  for (const { param } of pageParams(page))
    put(param.key, text(state.params?.[param.key]), text(defaults.params?.[param.key]));
  put('range', text(state.range), text(defaults.range));
  put('deriv', b(state.deriv), b(defaults.deriv));
  put('compare', l(state.compare), l(defaults.compare));
  // Commas stay readable in links a teacher pastes.
  return out.toString().replace(/%2C/g, ',');
}
