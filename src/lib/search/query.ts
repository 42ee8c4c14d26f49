/** The longest query the search page runs; longer input is cut (Pagefind's cost grows with it). */
export const MAX_QUERY_LENGTH = 200;

/**
 * A reader's query as the search page runs it: whitespace collapsed and trimmed, control and
 * bidi-override characters removed (they would reorder the echoed text), cut to
 * `MAX_QUERY_LENGTH` code points. A non-string (a missing `?q=`) is the empty query.
 */
export function normalizeQuery(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  const clean = raw
    .replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return [...clean].slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/** The same address with `?q=` set to `query` (removed when empty), other keys untouched. */
export function searchHref(href: string, query: string): string {
  const url = new URL(href);
  // URLSearchParams would re-encode every other key (and lossily); edit only `q`.
  const kept = url.search
    .replace(/^\?/, '')
    .split('&')
    .filter((kv) => kv !== '' && kv.split('=')[0] !== 'q');
  if (query !== '') kept.push(`q=${encodeURIComponent(query)}`);
  url.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  return url.href;
}
