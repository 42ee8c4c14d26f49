import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptHasMatch, excerptParts } from '../../../src/lib/search/excerpt';

// Source of truth: the HTML escaping Pagefind applies to excerpts (& < > " ' as entities, matched
// words in <mark>), and the HTML spec's character references. Exact string comparisons.

describe('decodeEntities', () => {
  it('decodeEntities() decodes the five escapes Pagefind writes and numeric references', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#x27; &apos;')).toBe(`a & b <c> "d" 'e' '`);
    expect(decodeEntities('&#x3A6;&#8722;&nbsp;')).toBe('Φ−\u00a0');
  });

  it('decodeEntities() leaves unknown names, non-characters and bare ampersands as text', () => {
    expect(decodeEntities('&bogus; &#0; &#xD800; &#x110000; & &amp')).toBe('&bogus; &#0; &#xD800; &#x110000; & &amp');
  });

  it('decodeEntities() decodes once: an escaped entity stays an entity', () => {
    expect(decodeEntities('&amp;lt;')).toBe('&lt;');
  });
});

describe('excerptParts', () => {
  it('excerptParts() splits an excerpt into text and marked runs, in order', () => {
    expect(excerptParts('the <mark>vanishing</mark> gradient <mark>problem</mark>')).toEqual([
      { text: 'the ', mark: false },
      { text: 'vanishing', mark: true },
      { text: ' gradient ', mark: false },
      { text: 'problem', mark: true },
    ]);
  });

  it('excerptParts() keeps CJK runs whole and merges adjacent marks', () => {
    expect(excerptParts('これが<mark>勾配</mark><mark>消失</mark>で')).toEqual([
      { text: 'これが', mark: false },
      { text: '勾配消失', mark: true },
      { text: 'で', mark: false },
    ]);
  });

  it('excerptParts() turns escaped markup into visible text, never into tags', () => {
    const parts = excerptParts('&lt;script&gt;alert(1)&lt;/script&gt; <mark>x</mark> &lt;img onerror=y&gt;');
    expect(parts).toEqual([
      { text: '<script>alert(1)</script> ', mark: false },
      { text: 'x', mark: true },
      { text: ' <img onerror=y>', mark: false },
    ]);
  });

  it('excerptParts() leaves any tag other than <mark> as literal text', () => {
    expect(excerptParts('<b>bold</b><MARK>m</MARK>')).toEqual([
      { text: '<b>bold</b>', mark: false },
      { text: 'm', mark: true },
    ]);
  });

  it('excerptParts() of an empty excerpt, or of empty marks, is no run at all', () => {
    expect(excerptParts('')).toEqual([]);
    expect(excerptParts('<mark></mark>')).toEqual([]);
  });

  it('excerptParts() of an unclosed mark marks the rest', () => {
    expect(excerptParts('a <mark>b')).toEqual([
      { text: 'a ', mark: false },
      { text: 'b', mark: true },
    ]);
  });
});

describe('excerptHasMatch', () => {
  it('excerptHasMatch() is true when a word is marked, false for no mark or blank marks', () => {
    expect(excerptHasMatch('a <mark>勾配</mark> b')).toBe(true);
    expect(excerptHasMatch('References. Nair, V., &amp; Hinton')).toBe(false);
    expect(excerptHasMatch('a <mark> </mark> b')).toBe(false);
    expect(excerptHasMatch('&lt;mark&gt;x&lt;/mark&gt;')).toBe(false);
  });
});
