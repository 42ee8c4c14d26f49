/**
 * Several islands share one address: each owns some query keys and rewrites only those,
 * keeping the others' keys (a figure's seed must survive a probe move). Browser-only.
 */
import { debounce } from './debounce';

/** An island's keys and their values (null removes a key), read when the address is written. */
export type QueryKeys = () => Readonly<Record<string, string | null>>;

const sources = new Set<QueryKeys>();

/** A query pair's key as the browser reads it (URLSearchParams never throws on bad escapes). */
const keyOf = (pair: string) => new URLSearchParams(pair).keys().next().value;

/**
 * The query with the islands' keys set: pairs of keys the site does not own are kept byte for
 * byte (URLSearchParams would re-encode them, turning a malformed `%E0%A4%A` into U+FFFD), an
 * owned key keeps its place, and new keys go last.
 */
export function rewriteQuery(search: string, updates: ReadonlyMap<string, string | null>): string {
  const left = new Map(updates);
  const pair = (key: string) => {
    const v = left.get(key);
    left.delete(key);
    return v == null ? [] : [`${encodeURIComponent(key)}=${encodeURIComponent(v).replace(/%2C/g, ',')}`];
  };
  const out = search
    .replace(/^\?/, '')
    .split('&')
    .flatMap((p) => {
      const key = keyOf(p);
      if (key === undefined || !updates.has(key)) return p === '' ? [] : [p];
      return pair(key);
    });
  return [...out, ...[...left.keys()].flatMap(pair)].join('&');
}

function write(): void {
  const updates = new Map<string, string | null>();
  for (const source of sources) for (const [k, v] of Object.entries(source())) updates.set(k, v);
  sources.clear();
  const q = rewriteQuery(location.search, updates);
  const url = `${location.pathname}${q ? `?${q}` : ''}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
}

const later = debounce(write, 150);

/**
 * Marks an island's keys for rewriting. The address is written when the reader pauses
 * (browsers throttle history updates), and `keys` is only called then, so a slider move does
 * not serialise the view.
 */
export function updateQuery(keys: QueryKeys): void {
  sources.add(keys);
  later();
}

/**
 * Marks an island's keys without setting a timer: for an island that keeps its own "reader
 * paused" timer and then calls `flushQuery` (one timer per move instead of two). Until then,
 * `currentHref` and any other island's write already include these keys.
 */
export function markQuery(keys: QueryKeys): void {
  sources.add(keys);
}

/** Writes every pending update now. */
export function flushQuery(): void {
  later.flush();
  if (sources.size > 0) write();
}

/** The page's address with every pending update applied (for "copy link"). */
export function currentHref(): string {
  flushQuery();
  return location.href;
}

/**
 * Links matching `selector` (the language switcher's) carry the page's current view: their
 * query and hash are set from the address when the reader is about to follow them (pointer
 * down, focus, click), so `/en/gelu/?x=-1.3&approx=tanh#formulas` → Français keeps the view.
 */
export function carryViewOn(selector: string): void {
  const update = (e: Event) => {
    const link = (e.target as Element | null)?.closest?.<HTMLAnchorElement>(selector);
    if (!link) return;
    flushQuery();
    link.search = location.search;
    link.hash = location.hash;
  };
  for (const type of ['pointerdown', 'focusin', 'click']) document.addEventListener(type, update, true);
}
