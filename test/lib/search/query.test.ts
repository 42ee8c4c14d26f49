import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, normalizeQuery, searchHref } from '../../../src/lib/search/query';

describe('normalizeQuery', () => {
  it('normalizeQuery() trims and collapses whitespace, CJK and accents untouched', () => {
    expect(normalizeQuery('  vanishing \t\n gradient  ')).toBe('vanishing gradient');
    expect(normalizeQuery('勾配消失')).toBe('勾配消失');
    expect(normalizeQuery('évanouissement')).toBe('évanouissement');
  });

  it('normalizeQuery() removes control and bidi-override characters', () => {
    expect(normalizeQuery('a\u0000b\u202ec\u2066d\u007f')).toBe('a b c d');
  });

  it('normalizeQuery() of anything but a string (a missing ?q=) is the empty query', () => {
    expect(normalizeQuery(null)).toBe('');
    expect(normalizeQuery(undefined)).toBe('');
    expect(normalizeQuery(42)).toBe('');
    expect(normalizeQuery('   ')).toBe('');
  });

  it('normalizeQuery() cuts to MAX_QUERY_LENGTH code points, never inside a surrogate pair', () => {
    expect([...normalizeQuery('x'.repeat(500))].length).toBe(MAX_QUERY_LENGTH);
    const astral = normalizeQuery('𝑥'.repeat(MAX_QUERY_LENGTH + 5));
    expect([...astral].length).toBe(MAX_QUERY_LENGTH);
    expect(astral).toBe('𝑥'.repeat(MAX_QUERY_LENGTH));
  });
});

describe('searchHref', () => {
  it('searchHref() sets q, percent-encoded, and keeps the hash', () => {
    expect(searchHref('https://s.example/ja/search/#r', '勾配 消失')).toBe(
      'https://s.example/ja/search/?q=%E5%8B%BE%E9%85%8D%20%E6%B6%88%E5%A4%B1#r',
    );
  });

  it('searchHref() replaces an existing q and removes it for the empty query', () => {
    expect(searchHref('https://s.example/en/search/?q=old', 'new')).toBe('https://s.example/en/search/?q=new');
    expect(searchHref('https://s.example/en/search/?q=old', '')).toBe('https://s.example/en/search/');
  });

  it('searchHref() leaves keys it does not own byte for byte, malformed ones included', () => {
    expect(searchHref('https://s.example/en/search/?utm=%E0%A4%A&q=a&z', 'b')).toBe(
      'https://s.example/en/search/?utm=%E0%A4%A&z&q=b',
    );
  });

  it('searchHref() encodes characters that would split the query string', () => {
    expect(searchHref('https://s.example/en/search/', 'a&b=c#d')).toBe('https://s.example/en/search/?q=a%26b%3Dc%23d');
  });
});
