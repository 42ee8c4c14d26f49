/**
 * The GLU page's view as query parameters, so a course can link one exact view:
 * `/fr/glu/?a=-1.5&d=512` (the slice's value a, the model width d of the weight count).
 * Parsing never throws and never trusts its input: malformed values are dropped, a out of its
 * range is clamped, d must be a whole number in range (else dropped).
 */
import { gluDefaultValue, gluValueDomain } from '../plot/glu-slice';
import { clamp, readNumber } from './read';

/** What the page shows: the slice's value a and the model width d. */
export interface GluView {
  a: number;
  d: number;
}

/** Limits and steps of the two controls. */
export const gluViewLimits = {
  a: { min: gluValueDomain[0], max: gluValueDomain[1], step: 0.05 },
  d: { min: 1, max: 65_536, step: 1 },
} as const;

/** The view a page opened without a query shows (d = 768: Shazeer's model width). */
export const gluViewDefaults: Readonly<GluView> = Object.freeze({ a: gluDefaultValue, d: 768 });

/** The query keys the page owns. */
export const gluViewKeys = ['a', 'd'] as const;

/** A model width from text: a whole number within limits, or undefined. */
export function readWidth(raw: string | null): number | undefined {
  const d = readNumber(raw);
  return d !== undefined && Number.isInteger(d) && d >= gluViewLimits.d.min && d <= gluViewLimits.d.max ? d : undefined;
}

/** Parses a query string (with or without `?`); absent or malformed values take the defaults. */
export function parseGluView(search: string): GluView {
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(typeof search === 'string' ? search : '');
  } catch {
    return { ...gluViewDefaults };
  }
  const a = readNumber(query.get('a'));
  return {
    a: a === undefined ? gluViewDefaults.a : clamp(a, gluViewLimits.a.min, gluViewLimits.a.max),
    d: readWidth(query.get('d')) ?? gluViewDefaults.d,
  };
}

/** The query values of a view: null for a default (the key is left out of the link). */
export function serializeGluView(view: GluView): Record<(typeof gluViewKeys)[number], string | null> {
  return {
    a: view.a === gluViewDefaults.a ? null : String(view.a),
    d: view.d === gluViewDefaults.d ? null : String(view.d),
  };
}
