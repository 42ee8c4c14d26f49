// The browser's view of the registry: each activation's curve (id, parameters, f, f′, series),
// without its page part (TeX, PyTorch spelling, facts). Plots, URL state and islands read this
// module; pages read ./registry.ts, which adds the rest.
import type { ActivationCurve, ActivationId, ParamValues, SeriesId, SeriesSpec } from './activation.ts';
import { paramDefaults } from './activation.ts';
import { curves } from './entries/index.ts';

export * from './activation.ts';

// Checked for duplicate ids where the full entries are built (createRegistry in ./registry.ts,
// at build time): the curves carry the same ids and series in the same order
// (test/registry/derived.test.ts), so the browser skips the check.
const byId: Readonly<Record<ActivationId, ActivationCurve>> = Object.fromEntries(curves.map((a) => [a.id, a]));

/** The ids in the site's order. */
export const activationIds: readonly ActivationId[] = Object.freeze(curves.map((a) => a.id));

/** Whether a value is the id of an activation. */
export function isActivationId(value: unknown): value is ActivationId {
  return typeof value === 'string' && Object.hasOwn(byId, value);
}

/** The curve of an id; throws on an unknown id (a bug, never reader input). */
export function curve(id: ActivationId): ActivationCurve {
  const a = byId[id];
  if (!a) throw new Error(`registry: unknown activation "${id}"`);
  return a;
}

/** A series with the activation it draws. */
export interface Series extends SeriesSpec {
  activation: ActivationCurve;
}

/** Every drawable curve, in legend order (each activation's forms after it). */
export const allSeries: readonly Series[] = Object.freeze(
  curves.flatMap((a) => a.series.map((s) => ({ ...s, activation: a }))),
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
export function seriesOf(a: ActivationCurve, p: ParamValues = {}): SeriesId {
  const q = { ...paramDefaults(a), ...p };
  const match = a.series.find((s) => Object.entries(s.fixed ?? {}).every(([k, v]) => q[k] === v));
  return (match ?? a.series[0]).id;
}
