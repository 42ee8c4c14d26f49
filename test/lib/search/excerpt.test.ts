import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptAnswers, excerptParts, markAnswers } from '../../../src/lib/search/excerpt';

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

  it('excerptParts() drops the space the indexer put after French elisions', () => {
    expect(excerptParts('atténue l’ <mark>évanouissement</mark> d&#39;\u200aune, qu’ il')).toEqual([
      { text: 'atténue l’', mark: false },
      { text: 'évanouissement', mark: true },
      { text: " d'une, qu’il", mark: false },
    ]);
    // An English possessive before a space is left alone.
    expect(excerptParts('Maas’ paper')).toEqual([{ text: 'Maas’ paper', mark: false }]);
  });

  it('excerptParts() of an unclosed mark marks the rest', () => {
    expect(excerptParts('a <mark>b')).toEqual([
      { text: 'a ', mark: false },
      { text: 'b', mark: true },
    ]);
  });
});

describe('markAnswers', () => {
  it('markAnswers() accepts the query itself, a part of it and a word sharing its stem', () => {
    expect(markAnswers('vanishing', 'vanishing')).toBe(true);
    expect(markAnswers('vanishes:', 'vanishing')).toBe(true);
    expect(markAnswers('Gradyanı', 'gradyan')).toBe(true);
    expect(markAnswers('du', 'disparition du gradient')).toBe(true);
    expect(markAnswers('勾配', '勾配消失')).toBe(true);
    expect(markAnswers('消', '勾配消失')).toBe(true);
    expect(markAnswers('ReLU', 'relu')).toBe(true);
  });

  it("markAnswers() rejects a lone Latin initial and unrelated words (Pagefind's loose matches)", () => {
    expect(markAnswers('Q.', 'qwxzv')).toBe(false);
    expect(markAnswers('Z,', 'zzzqqqxxx')).toBe(false);
    expect(markAnswers('E.,', 'évanescent')).toBe(false);
    expect(markAnswers('gate', 'gradient')).toBe(false);
    expect(markAnswers('', 'x')).toBe(false);
  });
});

describe('excerptAnswers', () => {
  it('excerptAnswers() is true when a marked run answers the query, false otherwise', () => {
    expect(excerptAnswers('the <mark>vanishing</mark> gradient', 'vanishing')).toBe(true);
    expect(excerptAnswers('Le, <mark>Q.</mark> V. (2017)', 'qwxzv')).toBe(false);
    expect(excerptAnswers('no mark here', 'here')).toBe(false);
    expect(excerptAnswers('&lt;mark&gt;x&lt;/mark&gt;', 'mark')).toBe(false);
  });
});
