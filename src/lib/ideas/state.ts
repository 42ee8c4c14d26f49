/**
 * URL state of the idea figures, in keys of their own (`mcSeed`, `mcN`, `mcX`, `apX`,
 * `depthL`, `depthInit`, `depthSeed`, `deadShift`, `deadAlpha`, `deadSeed`), apart from the
 * explorer's. Parsing never throws: unknown keys are ignored, malformed values dropped,
 * out-of-range values clamped (integers rounded, the gate's probe snapped to its grid).
 * `depthInit=lecun` reads as `xavier`, the same variance 1/n on the figure's square layers.
 */
import { gateSampleCounts } from './gate';
import { maxDepth, type DepthInit } from './depth';

/** The query keys the idea figures own. */
export const ideaKeys = [
  'mcSeed',
  'mcN',
  'mcX',
  'apX',
  'depthL',
  'depthInit',
  'depthSeed',
  'deadShift',
  'deadAlpha',
  'deadSeed',
] as const;

/** One idea key. */
export type IdeaKey = (typeof ideaKeys)[number];

/** The state of every idea figure, all fields filled in. */
export interface IdeaState {
  mcSeed: number;
  mcN: (typeof gateSampleCounts)[number];
  mcX: number;
  apX: number;
  depthL: number;
  depthInit: DepthInit;
  depthSeed: number;
  deadShift: number;
  deadAlpha: number;
  deadSeed: number;
}

/** The figures' defaults: what a link without these keys shows. */
export const ideaDefaults: Readonly<IdeaState> = {
  mcSeed: 1,
  mcN: 10,
  mcX: 0.5,
  apX: 2.7,
  depthL: 20,
  depthInit: 'he',
  depthSeed: 1,
  deadShift: -2,
  deadAlpha: 0.01,
  deadSeed: 1,
};

/** Limits of the numeric keys: [min, max]. */
export const ideaLimits = {
  mcSeed: [1, 999999],
  mcX: [-3, 3],
  apX: [-6, 6],
  depthL: [1, maxDepth],
  depthSeed: [1, 999999],
  deadShift: [-4, 2],
  deadAlpha: [0, 0.3],
  deadSeed: [1, 999999],
} as const satisfies Partial<Record<IdeaKey, readonly [number, number]>>;

/** Step of the gate figure's input grid (and of its probe). */
export const gateStep = 0.25;

const numberPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function readNumber(raw: string | null): number | undefined {
  if (raw === null || raw.length === 0 || raw.length > 32) return undefined;
  const text = raw.trim();
  if (!numberPattern.test(text)) return undefined;
  const v = Number(text);
  return Number.isFinite(v) ? v : undefined;
}

const clamp = (v: number, [lo, hi]: readonly [number, number]) => {
  const c = Math.min(hi, Math.max(lo, v));
  return c === 0 ? 0 : c;
};

/** Reads the idea keys of a query string (with or without `?`); absent or bad values fall back to the defaults. */
export function parseIdeas(search: string): IdeaState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(typeof search === 'string' ? search : '');
  } catch {
    params = new URLSearchParams();
  }
  const state: IdeaState = { ...ideaDefaults };
  const num = (key: keyof typeof ideaLimits, integer: boolean) => {
    const v = readNumber(params.get(key));
    if (v === undefined) return undefined;
    return clamp(integer ? Math.round(v) : v, ideaLimits[key]);
  };
  state.mcSeed = num('mcSeed', true) ?? state.mcSeed;
  state.depthSeed = num('depthSeed', true) ?? state.depthSeed;
  state.deadSeed = num('deadSeed', true) ?? state.deadSeed;
  state.depthL = num('depthL', true) ?? state.depthL;
  const mcX = num('mcX', false);
  if (mcX !== undefined) state.mcX = Math.round(mcX / gateStep) * gateStep || 0;
  state.apX = num('apX', false) ?? state.apX;
  state.deadShift = num('deadShift', false) ?? state.deadShift;
  state.deadAlpha = num('deadAlpha', false) ?? state.deadAlpha;
  const n = readNumber(params.get('mcN'));
  const count = gateSampleCounts.find((c) => c === n);
  if (count !== undefined) state.mcN = count;
  const init = params.get('depthInit')?.trim().toLowerCase();
  if (init === 'he' || init === 'xavier') state.depthInit = init;
  // LeCun's variance 1/fan_in (SELU's) equals Xavier's on the figure's square layers: a link
  // may say either, and the figure writes back the one option it offers for both.
  if (init === 'lecun') state.depthInit = 'xavier';
  return state;
}

/**
 * The query values of `keys` for a state: a key equal to its default maps to null (drop it
 * from the link), so an untouched figure adds nothing to the address.
 */
export function ideaQuery(state: IdeaState, keys: readonly IdeaKey[]): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const k of keys) out[k] = state[k] === ideaDefaults[k] ? null : String(state[k]);
  return out;
}
