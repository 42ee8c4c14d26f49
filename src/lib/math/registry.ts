// The registry: the one source of truth for each activation. Pages, routes, plot series,
// overlays, URL keys, controls, colour tokens, console modules and idea figures all derive
// from these entries; adding an activation is its math file, its entry in ./entries, its
// strings and its prose.
import type { Activation, ActivationId, ParamValues, SeriesId, SeriesSpec } from './activation.ts';
import { paramDefaults } from './activation.ts';
import { entries } from './entries/index.ts';
import { getFacts } from './special.ts';
import { float32Facts } from './float32.ts';

export * from './activation.ts';

/** Builds the registry of a list of entries: id -> activation, checked for duplicates. */
export function createRegistry(list: readonly Activation[]): Readonly<Record<ActivationId, Activation>> {
  const out: Record<ActivationId, Activation> = {};
  const series = new Set<string>();
  for (const a of list) {
    if (Object.hasOwn(out, a.id)) throw new Error(`registry: duplicate activation "${a.id}"`);
    for (const s of a.series) {
      if (series.has(s.id)) throw new Error(`registry: duplicate series "${s.id}"`);
      series.add(s.id);
    }
    out[a.id] = a;
  }
  return Object.freeze(out);
}

/** The registry: id -> activation, read by every page and island. */
export const activations = createRegistry(entries);

/** The ids in the site's order. */
export const activationIds: readonly ActivationId[] = Object.freeze(entries.map((a) => a.id));

/** Whether a value is the id of an activation. */
export function isActivationId(value: unknown): value is ActivationId {
  return typeof value === 'string' && Object.hasOwn(activations, value);
}

/** The entry of an id; throws on an unknown id (a bug, never reader input). */
export function activation(id: ActivationId): Activation {
  const a = activations[id];
  if (!a) throw new Error(`registry: unknown activation "${id}"`);
  return a;
}

/** A series with the activation it draws. */
export interface Series extends SeriesSpec {
  activation: Activation;
}

/** Every drawable curve, in legend order (each activation's forms after it). */
export const allSeries: readonly Series[] = Object.freeze(
  entries.flatMap((a) => a.series.map((s) => ({ ...s, activation: a }))),
);

const seriesById = new Map(allSeries.map((s) => [s.id, s]));

/** The series of an id; throws on an unknown id. */
export function series(id: SeriesId): Series {
  const s = seriesById.get(id);
  if (!s) throw new Error(`registry: unknown series "${id}"`);
  return s;
}

/** Whether a value is the id of a series. */
export function isSeriesId(value: unknown): value is SeriesId {
  return typeof value === 'string' && seriesById.has(value);
}

/** A series' functions and kinks under the given parameters (its fixed ones win). */
export function seriesFunctions(
  id: SeriesId,
  p: ParamValues = {},
): { f: (x: number) => number; df: (x: number) => number; kinks: readonly number[] } {
  const s = series(id);
  const q = s.fixed ? { ...p, ...s.fixed } : p;
  return { f: (x) => s.activation.f(x, q), df: (x) => s.activation.df(x, q), kinks: s.activation.kinks };
}

/** The series that draws an activation with the given parameters (GELU's follows its form). */
export function seriesOf(a: Activation, p: ParamValues = {}): SeriesId {
  const q = { ...paramDefaults(a), ...p };
  const match = a.series.find((s) => Object.entries(s.fixed ?? {}).every(([k, v]) => q[k] === v));
  return (match ?? a.series[0]).id;
}

let factsMemo: Readonly<Record<string, number>> | undefined;

/**
 * Every number prose may quote: the shared ones (special.ts, float32.ts) and each entry's own;
 * names are unique.
 */
export function allFacts(): Readonly<Record<string, number>> {
  if (factsMemo) return factsMemo;
  const out: Record<string, number> = { ...getFacts(), ...float32Facts() };
  for (const a of entries)
    for (const [name, value] of Object.entries(a.facts?.() ?? {})) {
      if (Object.hasOwn(out, name)) throw new Error(`registry: fact "${name}" of ${a.id} is defined twice`);
      out[name] = value;
    }
  factsMemo = Object.freeze(out);
  return factsMemo;
}
