// Source of truth: the registry's order (activationIds) and the GLU page placed after it.
import { describe, expect, it } from 'vitest';
import { activation, activationIds } from '../../src/lib/math/registry';
import { gluSlug, neighbours, readingOrder } from '../../src/lib/reading-order';

describe('readingOrder', () => {
  it('readingOrder lists every activation in registry order, then the GLU family', () => {
    expect(readingOrder.map((p) => p.slug)).toEqual([...activationIds, gluSlug]);
  });

  it("readingOrder names each activation by its registry entry's nameKey", () => {
    for (const p of readingOrder.slice(0, -1)) expect(p.nameKey).toBe(activation(p.slug).nameKey);
    expect(readingOrder.at(-1)?.nameKey).toBe('nav.glu');
  });
});

describe('neighbours', () => {
  it('neighbours() of the first page has a next page and no previous one', () => {
    const first = readingOrder[0]?.slug ?? '';
    expect(neighbours(first)).toEqual({ next: readingOrder[1] });
  });

  it('neighbours() of the GLU page has the last activation before it and nothing after', () => {
    expect(neighbours(gluSlug)).toEqual({ previous: readingOrder.at(-2) });
  });

  it('neighbours() links each page to the next and back', () => {
    for (let i = 1; i < readingOrder.length - 1; i++)
      expect(neighbours(readingOrder[i]?.slug ?? '')).toEqual({
        previous: readingOrder[i - 1],
        next: readingOrder[i + 1],
      });
  });

  it('neighbours() of a page outside the order is empty', () => {
    expect(neighbours('compare')).toEqual({});
    expect(neighbours('')).toEqual({});
  });
});
