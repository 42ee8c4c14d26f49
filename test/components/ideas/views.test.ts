import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ideaKeys, ideaLimits, parseIdeas } from '../../../src/lib/ideas/state';
import { toMarkup } from '../../../src/lib/plot/svg-tree';
import { localeIds } from '../../../src/i18n/locales';
import { ideaStrings } from '../../../src/components/ideas/strings';
import { renderGate } from '../../../src/components/ideas/gate-view';
import { renderApprox } from '../../../src/components/ideas/approx-view';
import { renderDead, formatPercent } from '../../../src/components/ideas/dead-view';
import { renderDepth } from '../../../src/components/ideas/depth-view';
import { powerOfTen } from '../../../src/components/ideas/view';
import type { FigureView } from '../../../src/components/ideas/view';

const renders = { gate: renderGate, approx: renderApprox, dead: renderDead, depth: renderDepth };
/** What a reader must never see (and no unfilled `{slot}`). */
const broken = /NaN|undefined|Infinity|\{[a-zA-Z]+\}/;

function flat(view: FigureView): string {
  return [...Object.values(view.nodes).map((n) => toMarkup(n)), ...Object.values(view.text)].join('\n');
}

describe('idea figure views', () => {
  it('render*() at the extremes of every control, in every locale, shows no NaN, undefined, Infinity or open slot', () => {
    const lows = Object.fromEntries(Object.entries(ideaLimits).map(([k, [lo]]) => [k, lo]));
    const highs = Object.fromEntries(Object.entries(ideaLimits).map(([k, [, hi]]) => [k, hi]));
    for (const locale of localeIds) {
      const s = ideaStrings(locale, ['idea.']);
      for (const extra of [lows, highs]) {
        const state = { ...parseIdeas(''), ...extra };
        for (const [name, render] of Object.entries(renders))
          expect(flat(render(state, locale, s)), `${name} ${locale}`).not.toMatch(broken);
      }
    }
  });

  it('render*() of any parsed link shows no broken text (fast-check, 25 runs of all four figures)', () => {
    const s = ideaStrings('tr', ['idea.']);
    const value = fc.oneof(fc.string(), fc.double().map(String), fc.integer({ min: -1e6, max: 1e6 }).map(String));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...ideaKeys), value), { maxLength: 10 }), (pairs) => {
        const state = parseIdeas(new URLSearchParams(pairs).toString());
        for (const render of Object.values(renders)) expect(flat(render(state, 'tr', s))).not.toMatch(broken);
      }),
      { numRuns: 25 },
    );
  });

  it('renderDepth() states the sigmoid/ReLU ratio it draws (He, L = 20, seed 1: 10⁻¹⁰)', () => {
    // Source of truth: the same depthExperiment() tested in test/lib/ideas/depth.test.ts
    // (sigmoid median 3.7e-11, ReLU 0.77 at this seed): log10 of the ratio rounds to −10.
    const view = renderDepth(
      { ...parseIdeas(''), depthL: 20, depthInit: 'he', depthSeed: 1 },
      'en',
      ideaStrings('en', ['idea.']),
    );
    expect(view.text['takeaway']).toContain('10⁻¹⁰');
  });
});

describe('formatPercent', () => {
  it('formatPercent() follows each locale’s percent pattern and never prints NaN', () => {
    expect(formatPercent(0.211, 'en')).toBe('21.1%');
    expect(formatPercent(0.211, 'tr')).toBe('%21,1');
    // French puts a no-break space before %; CLDR versions differ on which one (U+00A0 or U+202F).
    expect(formatPercent(0.211, 'fr')).toMatch(/^21,1[\u00a0\u202f]%$/);
    expect(formatPercent(Number.NaN, 'en')).toBe('0.0%');
  });
});

describe('powerOfTen', () => {
  it('powerOfTen() writes exponents as superscripts, rounding, and 10⁰ for non-finite input', () => {
    expect(powerOfTen(-10)).toBe('10⁻¹⁰');
    expect(powerOfTen(2.4)).toBe('10²');
    expect(powerOfTen(Number.NaN)).toBe('10⁰');
  });
});
