import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ideaDefaults, ideaKeys, ideaLimits, ideaQuery, parseIdeas } from '../../../src/lib/ideas/state';

describe('parseIdeas', () => {
  it('parseIdeas() without idea keys gives the defaults (and ignores the explorer’s keys)', () => {
    expect(parseIdeas('?x=-1&approx=tanh')).toEqual(ideaDefaults);
  });

  it('parseIdeas() reads every key of a full link', () => {
    const s = parseIdeas(
      'mcSeed=7&mcN=1000&mcX=-1.5&apX=-2.5&depthL=35&depthInit=xavier&depthSeed=9&deadShift=-3&deadAlpha=0.05&deadSeed=4',
    );
    expect(s).toEqual({
      mcSeed: 7,
      mcN: 1000,
      mcX: -1.5,
      apX: -2.5,
      depthL: 35,
      depthInit: 'xavier',
      depthSeed: 9,
      deadShift: -3,
      deadAlpha: 0.05,
      deadSeed: 4,
    });
  });

  it('parseIdeas() clamps extremes, rounds integers and snaps the gate probe to its 0.25 grid', () => {
    const s = parseIdeas('depthL=1e6&mcSeed=-5&deadShift=-99&deadAlpha=7&apX=100&mcX=0.6&depthSeed=2.6');
    expect([s.depthL, s.mcSeed, s.deadShift, s.deadAlpha, s.apX, s.mcX, s.depthSeed]).toEqual([
      50, 1, -4, 0.3, 6, 0.5, 3,
    ]);
  });

  it('parseIdeas() drops malformed values: mcN outside {1, 10, 100, 1000}, NaN, hex, unknown init', () => {
    expect(parseIdeas('mcN=50&depthL=NaN&deadSeed=0x10&depthInit=orthogonal&mcX=Infinity')).toEqual(ideaDefaults);
  });

  it('parseIdeas() never throws and always returns values inside the limits (fast-check, 2000 runs)', () => {
    const key = fc.constantFrom(...ideaKeys, 'x', '__proto__');
    const value = fc.oneof(fc.string(), fc.double().map(String), fc.integer().map(String));
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 12 }), (pairs) => {
        const s = parseIdeas(new URLSearchParams(pairs).toString());
        for (const [k, [lo, hi]] of Object.entries(ideaLimits)) {
          const v = s[k as keyof typeof ideaLimits];
          if (!(Number.isFinite(v) && v >= lo && v <= hi)) throw new Error(`${k} = ${v}`);
        }
        expect([1, 10, 100, 1000]).toContain(s.mcN);
        expect(['he', 'xavier']).toContain(s.depthInit);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseIdeas depthInit', () => {
  it('parseIdeas() reads depthInit=lecun as xavier: on the figure’s square layers both are variance 1/n', () => {
    expect(parseIdeas('depthInit=lecun').depthInit).toBe('xavier');
    expect(parseIdeas('depthInit=LeCun').depthInit).toBe('xavier');
    expect(parseIdeas('depthInit=lecun_normal').depthInit).toBe('he');
  });
});

describe('ideaQuery', () => {
  it('ideaQuery() maps defaults to null and other values to text that parses back to them', () => {
    const state = { ...ideaDefaults, depthL: 7, depthInit: 'xavier' as const };
    const q = ideaQuery(state, ['depthL', 'depthInit', 'depthSeed']);
    expect(q).toEqual({ depthL: '7', depthInit: 'xavier', depthSeed: null });
    const params = new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => e[1] !== null));
    expect(parseIdeas(params.toString())).toEqual(state);
  });
});
