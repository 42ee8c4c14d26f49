import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseView as parseOn, serializeView as serializeOn } from '../../../src/lib/state/view';

// The GELU page carries approx, the comparison page alpha and beta: each test names its page.
const parseView = (s: string) => parseOn(s, 'compare');
const parseGelu = (s: string) => parseOn(s, 'gelu');
const serializeView = (state: Parameters<typeof serializeOn>[0], defaults?: Parameters<typeof serializeOn>[2]) =>
  serializeOn(state, 'compare', defaults);

describe('parseView', () => {
  it('parseView() reads the documented example link', () => {
    expect(parseGelu('?x=-1&approx=tanh&compare=relu,silu')).toEqual({
      x: -1,
      params: { approx: 'tanh' },
      compare: ['relu', 'silu'],
    });
  });

  it('parseView() keeps an in-range value exactly as given, between slider steps', () => {
    expect(parseView('x=-1.23').x).toBe(-1.23);
    expect(parseView('alpha=0.037').params?.['alpha']).toBe(0.037);
  });

  it('parseView() clamps out-of-range numbers to their limits', () => {
    expect(parseView('x=-50&alpha=2&beta=0&range=100')).toEqual({
      x: -10,
      params: { alpha: 1, beta: 0.01 },
      range: 10,
    });
  });

  it('parseView() drops malformed and non-finite values', () => {
    expect(parseGelu('x=1e999&alpha=abc&beta=0x10&range=&approx=<script>&deriv=maybe&compare=__proto__')).toEqual({
      compare: [],
    });
    expect(parseView('x=Infinity&alpha=NaN')).toEqual({});
  });

  it('parseView() ignores unknown keys, including prototype names', () => {
    const state = parseView('__proto__=1&constructor=2&polluted=yes&x=2');
    expect(state).toEqual({ x: 2 });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('parseView() reads booleans and de-duplicates the overlay list in canonical order', () => {
    expect(parseView('deriv=0&compare=silu,relu,silu,RELU,nope')).toEqual({ deriv: false, compare: ['relu', 'silu'] });
  });

  it('parseView() never throws on random strings (fast-check, 2000 runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        parseView(s);
      }),
      { numRuns: 2000 },
    );
    // Generating 2000 binary strings is most of the time (seconds on a busy 2-core machine).
  }, 30_000);
});

describe('serializeView', () => {
  it('serializeView() leaves out defaults and keeps commas readable', () => {
    expect(
      serializeOn({ x: -1, params: { approx: 'tanh' }, compare: ['relu', 'silu'], range: 4 }, 'gelu', { range: 4 }),
    ).toBe('x=-1&approx=tanh&compare=relu,silu');
  });

  it('serializeView(parseView(s)) is a fixed point for random query strings (fast-check)', () => {
    const key = fc.constantFrom('x', 'alpha', 'beta', 'approx', 'range', 'deriv', 'compare', 'zzz');
    const value = fc.oneof(fc.string(), fc.double().map(String), fc.constantFrom('tanh', 'relu,silu', '1', '1e999'));
    const query = fc
      .array(fc.tuple(key, value), { maxLength: 8 })
      .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'));
    fc.assert(
      fc.property(fc.oneof(query, fc.string()), (s) => {
        const once = serializeView(parseView(s));
        expect(serializeView(parseView(once))).toBe(once);
        expect(parseView(once)).toEqual(parseView(s));
      }),
      { numRuns: 2000 },
    );
    // Generating 2000 binary strings is most of the time (seconds on a busy 2-core machine).
  }, 30_000);
});
