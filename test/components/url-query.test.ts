import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentHref, flushQuery, markQuery, rewriteQuery, updateQuery } from '../../src/components/url-query';

/** A stand-in for the browser's address: replaceState rewrites path, query and hash. */
function fakeAddress(start: string) {
  const url = new URL(start);
  const writes: string[] = [];
  const location = {
    get pathname() {
      return url.pathname;
    },
    get search() {
      return url.search;
    },
    get hash() {
      return url.hash;
    },
    get href() {
      return url.href;
    },
  };
  const history = {
    state: null,
    replaceState(_state: unknown, _title: string, next: string) {
      writes.push(next);
      const u = new URL(next, url);
      url.pathname = u.pathname;
      url.search = u.search;
      url.hash = u.hash;
    },
  };
  vi.stubGlobal('location', location);
  vi.stubGlobal('history', history);
  return writes;
}

describe('url-query', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('markQuery sets no timer: nothing is written until flushQuery', () => {
    const writes = fakeAddress('https://example.test/en/gelu/?seed=7#ideas');
    markQuery(() => ({ x: '-1.23' }));
    vi.advanceTimersByTime(10_000);
    expect(writes).toEqual([]);
    flushQuery();
    // Another island's key and the hash survive; the comma list is kept readable.
    expect(writes).toEqual(['/en/gelu/?seed=7&x=-1.23#ideas']);
  });

  it('reads the keys when it writes, not when they are marked', () => {
    const writes = fakeAddress('https://example.test/fr/compare/');
    let x = '0';
    markQuery(() => ({ x, compare: 'gelu,relu' }));
    x = '2.5';
    flushQuery();
    expect(writes).toEqual(['/fr/compare/?x=2.5&compare=gelu,relu']);
  });

  it('a null value removes its key; an unchanged address is not rewritten', () => {
    const writes = fakeAddress('https://example.test/en/gelu/?x=1&alpha=0.2');
    markQuery(() => ({ alpha: null }));
    flushQuery();
    expect(writes).toEqual(['/en/gelu/?x=1']);
    markQuery(() => ({ x: '1' }));
    flushQuery();
    expect(writes).toHaveLength(1);
  });

  it('updateQuery writes 150 ms after the last call', () => {
    const writes = fakeAddress('https://example.test/en/gelu/');
    for (let i = 0; i < 5; i++) {
      updateQuery(() => ({ x: String(i) }));
      vi.advanceTimersByTime(100);
    }
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(50);
    expect(writes).toEqual(['/en/gelu/?x=4']);
  });

  it('currentHref includes marked and scheduled keys at once', () => {
    fakeAddress('https://example.test/ja/silu/');
    markQuery(() => ({ beta: '2' }));
    updateQuery(() => ({ seed: '3' }));
    expect(currentHref()).toBe('https://example.test/ja/silu/?beta=2&seed=3');
  });
});

// Source of truth: the pair-by-pair rule of rewriteQuery's contract (keys the site does not own
// are kept byte for byte); expectations are literal strings.
const set = (o: Record<string, string | null>) => new Map(Object.entries(o));

describe('rewriteQuery', () => {
  it('rewriteQuery(search, updates) keeps foreign pairs byte for byte, even malformed ones', () => {
    expect(rewriteQuery('?utm=%E0%A4%A&x=1', set({ x: '-1.3' }))).toBe('utm=%E0%A4%A&x=-1.3');
    expect(rewriteQuery('?a=b+c&lesson=%F0%9F%98%80', set({ x: '2' }))).toBe('a=b+c&lesson=%F0%9F%98%80&x=2');
    expect(rewriteQuery('?%ZZ=1', set({ x: '0' }))).toBe('%ZZ=1&x=0');
  });

  it('rewriteQuery(search, updates) keeps an owned key in place, drops duplicates and removed keys', () => {
    expect(rewriteQuery('?x=1&seed=4&x=2', set({ x: '3' }))).toBe('x=3&seed=4');
    expect(rewriteQuery('?x=1&alpha=0.2', set({ x: null }))).toBe('alpha=0.2');
    expect(rewriteQuery('', set({ x: null }))).toBe('');
  });

  it('rewriteQuery(search, updates) encodes values, leaving commas readable', () => {
    expect(rewriteQuery('', set({ compare: 'relu,silu' }))).toBe('compare=relu,silu');
    expect(rewriteQuery('', set({ q: 'a&b=c' }))).toBe('q=a%26b%3Dc');
  });
});
