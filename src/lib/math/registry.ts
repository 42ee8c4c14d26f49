// The registry: the one source of truth for each activation. Pages, routes, plot series,
// overlays, URL keys, controls, colour tokens, console modules and idea figures all derive
// from these entries; adding an activation is its math file, its entry in ./entries, its
// strings and its prose. ./curves.ts is the part browser bundles carry.
import type { Activation, ActivationCurve, ActivationId } from './activation.ts';

export * from './curves.ts';
import { entries } from './entries/index.ts';
import { getFacts } from './special.ts';
import { float32Facts } from './float32.ts';

/** Builds an id -> entry map of a list of entries, checked for duplicate activations and series. */
export function createRegistry<T extends ActivationCurve>(list: readonly T[]): Readonly<Record<ActivationId, T>> {
  const out: Record<ActivationId, T> = {};
  const seen = new Set<string>();
  for (const a of list) {
    if (Object.hasOwn(out, a.id)) throw new Error(`registry: duplicate activation "${a.id}"`);
    for (const s of a.series) {
      if (seen.has(s.id)) throw new Error(`registry: duplicate series "${s.id}"`);
      seen.add(s.id);
    }
    out[a.id] = a;
  }
  return Object.freeze(out);
}

/** The registry: id -> activation, read by every page. */
export const activations = createRegistry(entries);

/** The entry of an id; throws on an unknown id (a bug, never reader input). */
export function activation(id: ActivationId): Activation {
  const a = activations[id];
  if (!a) throw new Error(`registry: unknown activation "${id}"`);
  return a;
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
