/**
 * The explorer view that answers an exercise: declared once per page (content/exercises.yaml)
 * with the probe's x and any number parameter naming a computed fact (`x: geluMinX`) or given
 * as a number the question itself states (`x: -5`), turned here into a view state and the
 * query string of its "show me" link. Every check throws: a bad declaration is our bug and
 * must stop the build, never reach a reader.
 */
import type { ParamValue } from '../math';
import { defaultView, resolveView } from './resolve';
import { pageParams, serializeView, viewLimits, type ViewPage, type ViewState } from './view';

/** A number, or the name of a fact that computes it. */
export type FactOrNumber = number | string;

/** An exercise's view as declared: the probe, and what else the view sets (query keys). */
export interface ExerciseView {
  x: FactOrNumber;
  range?: number | undefined;
  deriv?: boolean | undefined;
  /** Overlaid series ids. */
  compare?: readonly string[] | undefined;
  /** Parameter values by query key: a number parameter's value may name a fact. */
  params?: Readonly<Record<string, FactOrNumber>> | undefined;
}

/** Decimals a link keeps of a computed x: the probe readout's, so the link shows what it says. */
export const linkDigits = 4;

/** A number from a literal or a fact name; throws on an unknown fact or a non-finite value. */
export function factOrNumber(value: FactOrNumber, facts: Readonly<Record<string, number>>, where: string): number {
  const v = typeof value === 'number' ? value : Object.hasOwn(facts, value) ? facts[value] : undefined;
  if (v === undefined) throw new Error(`${where}: unknown fact "${String(value)}"`);
  if (!Number.isFinite(v)) throw new Error(`${where}: ${String(value)} is not a finite number`);
  return v;
}

/** Rounds to the link's decimals, without a signed zero. */
function linkNumber(v: number): number {
  const r = Number(v.toFixed(linkDigits));
  return r === 0 ? 0 : r;
}

/**
 * The view state of an exercise on `page`, with facts resolved and x rounded for the link.
 * Throws if a key is not the page's, a value is out of its range, a series is unknown or
 * the page's own, or the probe would be clamped (x outside the view's x-range).
 */
export function exerciseState(
  page: ViewPage,
  spec: ExerciseView,
  facts: Readonly<Record<string, number>>,
  where = `exercise on ${page}`,
): ViewState {
  const state: ViewState = { x: linkNumber(factOrNumber(spec.x, facts, where)) };
  if (spec.range !== undefined) {
    const { min, max, step } = viewLimits.range;
    if (!(spec.range >= min && spec.range <= max && Number.isInteger(spec.range / step)))
      throw new Error(`${where}: range ${spec.range} is not a slider value in [${min}, ${max}]`);
    state.range = spec.range;
  }
  if (spec.deriv !== undefined) state.deriv = spec.deriv;
  if (spec.params) {
    const params: Record<string, ParamValue> = {};
    for (const [key, raw] of Object.entries(spec.params)) {
      const param = pageParams(page).find((p) => p.param.key === key)?.param;
      if (!param) throw new Error(`${where}: "${key}" is not a parameter of ${page}`);
      if (param.kind === 'choice') {
        if (!param.options.some((o) => o.value === raw))
          throw new Error(`${where}: "${String(raw)}" is not an option of ${key}`);
        params[key] = raw;
      } else {
        const v = factOrNumber(raw, facts, where);
        if (!(v >= param.min && v <= param.max)) throw new Error(`${where}: ${key} = ${v} is outside its range`);
        params[key] = v;
      }
    }
    state.params = params;
  }
  if (spec.compare) state.compare = [...spec.compare];
  const view = resolveView(page, state);
  for (const id of spec.compare ?? [])
    if (!view.compare.includes(id)) throw new Error(`${where}: "${id}" cannot be overlaid on ${page}`);
  if (view.x !== state.x) throw new Error(`${where}: x = ${state.x} lies outside the x-range ±${view.range}`);
  return state;
}

/** The query string (without `?`) of an exercise's "show me" link; defaults left out. */
export function exerciseQuery(page: ViewPage, state: ViewState): string {
  // A default such as x = 1 is left out of the link and still reads back as itself.
  return serializeView(state, page, defaultView(page));
}
