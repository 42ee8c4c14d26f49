import { describe, expect, it } from 'vitest';
import { compareTypos, withCompare } from '../../../src/lib/state/compare-typos';
import { allSeries } from '../../../src/lib/math';
import { parseView } from '../../../src/lib/state/view';

// Source of truth: the registry's series ids (the curves the explorer can draw) and the
// explorer's own parser, lib/state/view.ts. Exact answers.
const known = allSeries.map((s) => ({ id: s.id, name: s.id === 'leaky-relu' ? 'Leaky ReLU' : s.id.toUpperCase() }));
const ids = allSeries.map((s) => s.id);

describe('compareTypos', () => {
  it('finds no typo in a list of known ids, in any case and spacing, or in no list', () => {
    expect(compareTypos(null, known).unknown).toEqual([]);
    expect(compareTypos('', known).unknown).toEqual([]);
    const t = compareTypos(' GELU , relu,,silu ', known);
    expect(t).toEqual({ found: ['gelu', 'relu', 'silu'], unknown: [], meant: [], fixed: ['gelu', 'relu', 'silu'] });
  });

  it("names 'leakyrelu' unknown and means Leaky ReLU; the fixed list keeps the known names", () => {
    const t = compareTypos('gelu,leakyrelu,LeakyReLU,nope,nope', known);
    expect(t.unknown).toEqual(['leakyrelu', 'LeakyReLU', 'nope']);
    expect(t.meant.map((k) => k.id)).toEqual(['leaky-relu']);
    expect(t.fixed).toEqual(['gelu', 'leaky-relu']);
  });

  it('matches a name written with other punctuation (gelu_tanh) and by its display name', () => {
    expect(compareTypos('gelu_tanh', known).fixed).toEqual(['gelu-tanh']);
    expect(compareTypos('Leaky ReLU', known).fixed).toEqual(['leaky-relu']);
    expect(compareTypos('---', known)).toEqual({ found: [], unknown: ['---'], meant: [], fixed: [] });
  });

  it('reads the list as the explorer does: the known part of any list is what parseView keeps', () => {
    // Random lists of ids, near-ids, junk, spaces and case, and a list past 400 characters.
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const words = [...ids, 'leakyrelu', 'GELU', ' silu ', '', 'x'.repeat(30), '<b>', '%', 'tanh ', 'Relu'];
    for (let i = 0; i < 2000; i++) {
      const raw = Array.from({ length: rand(40) }, () => words[rand(words.length)]).join(',');
      const fromView = parseView(`compare=${encodeURIComponent(raw)}`, 'compare').compare ?? [];
      expect(new Set(compareTypos(raw, known).found)).toEqual(new Set(fromView));
    }
  });
});

describe('withCompare', () => {
  it('sets the compare pair and keeps every other pair byte for byte', () => {
    expect(withCompare('?x=1&compare=leakyrelu&q=%E0%A4%A', ['leaky-relu'])).toBe('?x=1&compare=leaky-relu&q=%E0%A4%A');
    expect(withCompare('', ['gelu', 'relu'])).toBe('?compare=gelu,relu');
    expect(withCompare('?compare=a&compare=b', ['gelu'])).toBe('?compare=gelu');
    expect(withCompare('?compar%65=a', ['gelu'])).toBe('?compare=gelu');
  });
});
