/**
 * The view a link reopens: probe, parameters, x-range, derivative and overlays, as URL query
 * parameters (`?x=-1&approx=tanh&compare=relu,silu`). Parsing never throws and never trusts
 * its input: unknown keys are ignored, malformed or non-finite values dropped, out-of-range
 * values clamped. Values inside their range are kept exactly as given, even between slider steps.
 */

/** Curves a view can show or overlay. */
export const curveIds = ['gelu', 'relu', 'leaky-relu', 'silu', 'sigmoid', 'gelu-tanh', 'gelu-sigmoid'] as const;
/** One of the curve ids. */
export type CurveId = (typeof curveIds)[number];
/** GELU's three forms. */
export const approxIds = ['erf', 'tanh', 'sigmoid'] as const;
/** One of GELU's forms. */
export type Approx = (typeof approxIds)[number];

/** The query keys the view owns (other islands may add their own). */
export const viewKeys = ['x', 'alpha', 'beta', 'approx', 'range', 'deriv', 'compare'] as const;

/** A parsed view: every field optional (absent means "the page's default"). */
export interface ViewState {
  x?: number;
  alpha?: number;
  beta?: number;
  approx?: Approx;
  range?: number;
  deriv?: boolean;
  compare?: CurveId[];
}

/** Limits of the numeric fields: [min, max]; beta's minimum is exclusive of 0. */
export const stateLimits = {
  x: [-10, 10],
  alpha: [0, 1],
  beta: [0.01, 10],
  range: [1, 10],
} as const satisfies Record<string, readonly [number, number]>;

const numberPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const maxValueLength = 32;

/** A finite number from a query value, or undefined (no `Number('')` = 0, no hex, no `1e999`). */
function readNumber(raw: string | null): number | undefined {
  if (raw === null || raw.length === 0 || raw.length > maxValueLength) return undefined;
  const text = raw.trim();
  if (!numberPattern.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

function clamp(value: number, [lo, hi]: readonly [number, number]): number {
  // Normalise -0 to 0: a link should not carry a signed zero.
  const v = Math.min(hi, Math.max(lo, value));
  return v === 0 ? 0 : v;
}

function readBool(raw: string | null): boolean | undefined {
  if (raw === null) return undefined;
  const v = raw.trim().toLowerCase();
  if (v === '1' || v === 'true' || v === 'on' || v === 'yes') return true;
  if (v === '0' || v === 'false' || v === 'off' || v === 'no') return false;
  return undefined;
}

function readChoice<T extends string>(raw: string | null, options: readonly T[]): T | undefined {
  if (raw === null) return undefined;
  const v = raw.trim().toLowerCase();
  return (options as readonly string[]).includes(v) ? (v as T) : undefined;
}

function readList(raw: string | null): CurveId[] | undefined {
  if (raw === null) return undefined;
  const seen = new Set<CurveId>();
  for (const part of raw.slice(0, 200).split(',')) {
    const id = readChoice(part, curveIds);
    if (id) seen.add(id);
  }
  // Canonical order, so equal views serialise to equal links.
  return curveIds.filter((id) => seen.has(id));
}

/** Parses a query string (with or without `?`) into a view; never throws. */
export function parseView(search: string): ViewState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(typeof search === 'string' ? search : '');
  } catch {
    return {};
  }
  const state: ViewState = {};
  const num = (key: keyof typeof stateLimits) => {
    const v = readNumber(params.get(key));
    return v === undefined ? undefined : clamp(v, stateLimits[key]);
  };
  const x = num('x');
  if (x !== undefined) state.x = x;
  const alpha = num('alpha');
  if (alpha !== undefined) state.alpha = alpha;
  const beta = num('beta');
  if (beta !== undefined) state.beta = beta;
  const range = num('range');
  if (range !== undefined) state.range = range;
  const approx = readChoice(params.get('approx'), approxIds);
  if (approx !== undefined) state.approx = approx;
  const deriv = readBool(params.get('deriv'));
  if (deriv !== undefined) state.deriv = deriv;
  const compare = readList(params.get('compare'));
  if (compare !== undefined) state.compare = compare;
  return state;
}

// Shortest text that reads back as the same double.
function writeNumber(value: number): string {
  return String(value);
}

/**
 * Serialises a view into a query string (without `?`), in a fixed key order, leaving out
 * fields equal to `defaults`. `serializeView(parseView(s))` is stable under another round.
 */
export function serializeView(state: ViewState, defaults: ViewState = {}): string {
  const out = new URLSearchParams();
  const put = (key: string, value: string | undefined, fallback: string | undefined) => {
    if (value !== undefined && value !== fallback) out.set(key, value);
  };
  const n = (v: number | undefined) => (v === undefined ? undefined : writeNumber(v));
  const b = (v: boolean | undefined) => (v === undefined ? undefined : v ? '1' : '0');
  const l = (v: CurveId[] | undefined) => (v === undefined ? undefined : v.join(','));
  put('x', n(state.x), n(defaults.x));
  put('alpha', n(state.alpha), n(defaults.alpha));
  put('beta', n(state.beta), n(defaults.beta));
  put('approx', state.approx, defaults.approx);
  put('range', n(state.range), n(defaults.range));
  put('deriv', b(state.deriv), b(defaults.deriv));
  put('compare', l(state.compare), l(defaults.compare));
  // Commas stay readable in links a teacher pastes.
  return out.toString().replace(/%2C/g, ',');
}
