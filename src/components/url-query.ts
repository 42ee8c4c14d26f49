/**
 * Several islands share one address: each owns some query keys and rewrites only those,
 * keeping the others' keys (a figure's seed must survive a probe move). Browser-only.
 */
let timer = 0;
const pending = new Map<string, string | null>();

/**
 * Sets the given keys (null removes one) in the page's query string, debounced: browsers
 * throttle history updates, so the address is written when the reader pauses.
 */
export function updateQuery(values: Readonly<Record<string, string | null>>): void {
  for (const [k, v] of Object.entries(values)) pending.set(k, v);
  clearTimeout(timer);
  timer = window.setTimeout(flush, 150);
}

function flush(): void {
  const params = new URLSearchParams(location.search);
  for (const [k, v] of pending) {
    if (v === null) params.delete(k);
    else params.set(k, v);
  }
  pending.clear();
  const q = params.toString().replace(/%2C/g, ',');
  const url = `${location.pathname}${q ? `?${q}` : ''}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
}

/** The page's address with every pending update applied (for "copy link"). */
export function currentHref(): string {
  clearTimeout(timer);
  flush();
  return location.href;
}
