/**
 * What an embed shows besides the view itself: query keys that only the embed route reads
 * (`/en/embed/gelu/?controls=0`). The view's own keys (x, range, deriv, ...) are in ./view.ts.
 */
import { readBool } from './view';

/** The embed route's own presentation state. */
export interface EmbedState {
  /** Whether the embed shows its controls (probe, parameters, range, derivative). */
  controls: boolean;
}

/** The query keys only the embed route owns, in the order links write them. */
export const embedKeys = ['controls'] as const;

/** The embed state of a query string (with or without `?`); never throws, defaults on bad input. */
export function parseEmbed(search: string): EmbedState {
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(typeof search === 'string' ? search : '');
  } catch {
    return { controls: true };
  }
  return { controls: readBool(query.get('controls')) ?? true };
}

/** The embed keys that differ from the defaults, as query pairs (`controls=0`). */
export function embedQueryPairs(state: EmbedState): Array<[string, string]> {
  return state.controls ? [] : [['controls', '0']];
}
