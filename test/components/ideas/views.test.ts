import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ideaKeys, ideaLimits, parseIdeas } from '../../../src/lib/ideas/state';
import { toMarkup } from '../../../src/lib/plot/svg-tree';
import { localeIds } from '../../../src/i18n/locales';
import { ideaStrings } from '../../../src/components/ideas/strings';
import { renderGate } from '../../../src/components/ideas/gate-view';
import { renderApprox } from '../../../src/components/ideas/approx-view';
import { renderDead, formatPercent, deadBarsTitle, deadRows } from '../../../src/components/ideas/dead-view';
import { depthCurves, renderDepth } from '../../../src/components/ideas/depth-view';
import { catalogs } from '../../../src/i18n';
import { activation } from '../../../src/lib/math';
import { depthReferences } from '../../../src/lib/ideas/depth';
import { deadExtras } from '../../../src/lib/ideas/dead';
import { ideaMembers } from '../../../src/lib/ideas/members';
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

describe('idea figures on each activation’s page', () => {
  /** What a page's figure receives: its prefix strings plus the names of what it draws. */
  const strings = (locale: (typeof localeIds)[number], prefix: string, names: readonly string[]) =>
    ideaStrings(locale, [prefix], names);

  it('renderDepth(focus) simulates, draws and tabulates the page’s activation, marked, beside the references', () => {
    for (const id of ideaMembers('depth')) {
      const curves = depthCurves(id);
      expect(curves.map((c) => c.id)).toContain(id);
      const s = strings(
        'en',
        'idea.depth.',
        curves.map((c) => c.nameKey),
      );
      const view = renderDepth({ ...parseIdeas(''), depthL: 10 }, 'en', s, id);
      const markup = toMarkup(view.nodes['depth'] ?? []);
      const name = s[activation(id).nameKey] ?? '';
      expect(markup, id).toContain(`data-mark="${name}" class="focus"`);
      expect(markup.match(/class="focus"/g)?.length, id).toBe(1);
      for (const ref of depthReferences) expect(markup, `${id} ${ref}`).toContain(`class="other"`);
      expect(view.text[`${id}.median`], id).toMatch(/^\d\.\d × 10[⁻¹²³⁴⁵⁶⁷⁸⁹⁰]+$/);
    }
  });

  it('renderDepth(focus) writes a computed note for each curve that is not a reference (SELU quotes its layer L and layer 1 medians)', () => {
    const s = ideaStrings('en', ['idea.depth.']);
    const view = renderDepth({ ...parseIdeas(''), depthL: 20, depthInit: 'xavier' }, 'en', s, 'selu');
    const note = view.text['note.selu'] ?? '';
    expect(note).toContain(`${view.text['selu.median']} at layer 1`);
    expect(note).toMatch(/^SELU: \d\.\d × 10[⁻¹²³⁴⁵⁶⁷⁸⁹⁰]+ at layer L, /);
    expect(renderDepth(parseIdeas(''), 'en', s, 'sigmoid').text['note.sigmoid']).toBeUndefined();
    // Tanh′(0) = 1 and Mish′(0) = tanh(ln 2) = 0.6 exactly, from the registry's df.
    expect(renderDepth(parseIdeas(''), 'en', s, 'tanh').text['note.tanh']).toContain('at x = 0 is 1,');
    expect(renderDepth(parseIdeas(''), 'en', s, 'mish').text['note.mish']).toContain('at x = 0 is 0.6,');
  });

  it('renderDepth() without a focus, or with one that is not on a depth page, is the comparison page’s figure', () => {
    const s = ideaStrings('en', ['idea.', 'fn.']);
    const plain = renderDepth(parseIdeas(''), 'en', s);
    expect(Object.keys(plain.text).filter((k) => k.endsWith('.median'))).toEqual([
      'gelu.median',
      'relu.median',
      'silu.median',
      'sigmoid.median',
    ]);
    expect(toMarkup(plain.nodes['depth'] ?? [])).not.toMatch(/class="(focus|other)"/);
    for (const bad of ['relu', 'nope', '<script>']) expect(renderDepth(parseIdeas(''), 'en', s, bad)).toEqual(plain);
  });

  it('renderDead(focus) adds a marked bar, a share and a computed note for ELU, Softplus and Hardswish', () => {
    for (const id of ['elu', 'softplus', 'hardswish']) {
      const rows = deadRows(id);
      expect(rows.map((r) => r.id)).toEqual(['relu', 'leaky-relu', 'gelu', id]);
      const s = strings(
        'en',
        'idea.dead.',
        rows.map((r) => r.nameKey),
      );
      const view = renderDead({ ...parseIdeas(''), deadShift: -4 }, 'en', s, id);
      const bars = toMarkup(view.nodes['bars'] ?? []);
      expect(bars.match(/class="bar( focus)?"/g)?.length, id).toBe(4);
      expect(bars, id).toContain(`<text class="cat focus"`);
      expect(bars, id).toContain(`>${s[activation(id).nameKey]}</text>`);
      expect(view.text[`share.${id}`], id).toMatch(/^\d+\.\d%$/);
      expect(view.text[`note.${id}`], id).toContain(view.text[`share.${id}`]);
      expect(deadBarsTitle(s, 'en', id)).toContain(`GELU, and ${s[activation(id).nameKey]}`);
    }
  });

  it('renderDead(): the Hardswish note puts the edge at exactly −3 and quotes ReLU’s share; ELU’s at −6.9 with its α', () => {
    const s = ideaStrings('en', ['idea.dead.']);
    const hs = renderDead({ ...parseIdeas(''), deadShift: -4 }, 'en', s, 'hardswish');
    expect(hs.text['note.hardswish']).toContain('exactly 0 below x = −3,');
    expect(hs.text['note.hardswish']).toContain(`(${hs.text['share.relu']} here)`);
    const elu = renderDead(parseIdeas(''), 'fr', ideaStrings('fr', ['idea.dead.']), 'elu').text['note.elu'] ?? '';
    // ln(10⁻³) = −6.907…; e⁻⁵ = 6.74e-3 and e⁻⁸ = 3.35e-4, French decimal commas.
    expect(elu).toContain('ELU (α = 1)');
    expect(elu).toContain('x = −6,9');
    expect(elu).toContain('6,7 × 10⁻³ en x = −5');
    expect(elu).toContain('3,4 × 10⁻⁴ en x = −8');
  });

  it('renderDead() on ReLU’s and Leaky ReLU’s pages marks their own bar and adds none', () => {
    const s = ideaStrings('en', ['idea.', 'fn.']);
    for (const [id, label] of [
      ['relu', 'ReLU'],
      ['leaky-relu', 'Leaky ReLU (α = 0.01)'],
    ] as const) {
      const bars = toMarkup(renderDead(parseIdeas(''), 'en', s, id).nodes['bars'] ?? []);
      expect(bars.match(/class="bar( focus)?"/g)?.length).toBe(3);
      expect(bars).toMatch(new RegExp(`<text class="cat focus"[^>]*>${label.replace(/[()]/g, '\\$&')}</text>`));
    }
  });

  it('every activation listing a figure that is not one of its references has a note in every language', () => {
    const notes = [
      ...ideaMembers('depth')
        .filter((id) => !(depthReferences as readonly string[]).includes(id))
        .map((id) => `idea.depth.note.${id}`),
      ...ideaMembers('dead').flatMap((id) => deadExtras(id).map((x) => `idea.dead.note.${x}`)),
    ];
    expect(notes.length).toBe(7);
    for (const locale of localeIds)
      for (const key of notes) expect(catalogs[locale][key], `${locale} ${key}`).toBeTruthy();
  });

  it('render*(focus) at the extremes of every control, on every page with the figure, in every locale, shows no broken text', () => {
    const lows = Object.fromEntries(Object.entries(ideaLimits).map(([k, [lo]]) => [k, lo]));
    const highs = Object.fromEntries(Object.entries(ideaLimits).map(([k, [, hi]]) => [k, hi]));
    for (const locale of localeIds) {
      const s = ideaStrings(locale, ['idea.', 'fn.']);
      for (const extra of [lows, highs]) {
        const state = { ...parseIdeas(''), ...extra };
        for (const id of ideaMembers('depth'))
          expect(flat(renderDepth(state, locale, s, id)), `depth ${id} ${locale}`).not.toMatch(broken);
        for (const id of ideaMembers('dead'))
          expect(flat(renderDead(state, locale, s, id)), `dead ${id} ${locale}`).not.toMatch(broken);
      }
    }
    // Renders every figure of every page in every locale: seconds on a busy 2-core machine.
  }, 60_000);
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
