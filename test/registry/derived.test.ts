// Every registry entry reaches every artefact derived from it, so a new entry cannot be
// half-wired. Source of truth: src/lib/math/registry.ts (entries in src/lib/math/entries).
import { existsSync } from 'node:fs';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { activation, activationIds, allFacts, allSeries, paramDefaults } from '../../src/lib/math';
import { curves, entries } from '../../src/lib/math/entries/index';
import { colorTokensCss, seriesStyle } from '../../src/lib/plot/series';
import { sceneModels } from '../../src/lib/plot/scene';
import { defaultView, resolveView, sceneOf } from '../../src/lib/state/resolve';
import { pageParams, parseView, serializeView, viewKeys } from '../../src/lib/state/view';
import { moduleOps } from '../../src/lib/torch/modules';
import { consoleRun, opFor } from '../../src/components/console/run';
import { moduleLine } from '../../src/components/console/code';
import { exampleText } from '../../src/lib/torch/example';
import { catalogs } from '../../src/i18n';
import { localeIds } from '../../src/i18n/locales';

const render = (tex: string) => katex.renderToString(tex, { throwOnError: true, output: 'htmlAndMathml' });

describe('entries and curves (src/lib/math/entries/index.ts)', () => {
  it('list the same activations in the same order, each entry built on its own curve', () => {
    expect(curves.map((c) => c.id)).toEqual(entries.map((e) => e.id));
    entries.forEach((e, i) => {
      const c = curves[i];
      // Compared as property values: the same objects and functions, not copies.
      const part = (o: object | undefined) => Object.entries(o ?? {}).filter(([k]) => k in (c ?? {}));
      expect(part(e), e.id).toEqual(part(c));
      for (const [k, v] of part(c)) expect(Object.getOwnPropertyDescriptor(e, k)?.value, `${e.id}.${k}`).toBe(v);
    });
  });
});

describe.each(activationIds.map((id) => [id]))('registry entry %s', (id) => {
  const a = activation(id);

  it('has its series in the legend order, each with a colour token in both themes', () => {
    const css = colorTokensCss();
    for (const s of a.series) {
      expect(allSeries.map((t) => t.id)).toContain(s.id);
      expect(css).toContain(`--c-${s.id}:${s.style.light}`);
      expect(css).toContain(`--c-${s.id}:${s.style.dark}`);
      expect(seriesStyle(s.id).color).toBe(`var(--c-${s.id})`);
    }
  });

  it('draws its own curve first on its page, with finite paths for f and f′', () => {
    const scene = sceneOf(id, defaultView(id));
    expect(scene.shown[0]).toBe(a.series[0].id);
    const { f, df } = sceneModels(scene);
    for (const m of [f, df]) {
      expect(m.paths[0]?.id).toBe(a.series[0].id);
      expect(m.paths[0]?.d).toMatch(/^M[-\d.]+,[-\d.]+(L[-\d.]+,[-\d.]+)+$/);
    }
  });

  it('owns one URL key per parameter, clamped on the way in and kept on the way out', () => {
    const keys = viewKeys(id);
    expect(pageParams(id).map((p) => p.param)).toEqual(a.params);
    for (const p of a.params) {
      expect(keys).toContain(p.key);
      if (p.kind === 'range') {
        expect(parseView(`${p.key}=${p.max * 10 + 1}`, id).params?.[p.key]).toBe(p.max);
        // One step away from the default: a value the link must carry.
        const mid = Number((p.default + p.step <= p.max ? p.default + p.step : p.default - p.step).toFixed(10));
        const view = resolveView(id, parseView(`${p.key}=${mid}`, id));
        expect(serializeView(view, id, defaultView(id))).toBe(`${p.key}=${mid}`);
      } else {
        for (const o of p.options) expect(parseView(`${p.key}=${o.value}`, id).params?.[p.key]).toBe(o.value);
        expect(parseView(`${p.key}=<b>`, id).params).toBeUndefined();
      }
    }
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('runs in the console through the kernel its PyTorch module names', () => {
    expect(moduleOps[a.torch.module], `nn.${a.torch.module} has an emulated kernel`).toBeDefined();
    expect(opFor({ id, params: {} }).kind).not.toBe('reference');
    const run = consoleRun(exampleText, { id, params: paramDefaults(a) }, true);
    if (!run.ok) throw new Error(`${id}: ${run.error.code}`);
    expect(moduleLine({ id, params: {} })).toMatch(new RegExp(`nn\\.${a.torch.module}\\(`));
    expect(run.printed).toMatch(/^Input: tensor\(.*\nOutput: tensor\(.*grad_fn=<\w+Backward0>\)\nGrad: tensor\(/s);
    expect(run.printed).not.toMatch(/NaN|undefined/);
  });

  it('has its strings in every language and its formulas render with KaTeX', () => {
    const keys = [
      a.nameKey,
      ...a.series.map((s) => s.nameKey),
      ...a.params.flatMap((p) => [p.labelKey, ...(p.kind === 'choice' ? p.options.map((o) => o.labelKey) : [])]),
      ...(a.tex.extra ?? []).map((x) => x.labelKey),
      ...(a.torch.notes ?? []).map((n) => n.key),
      ...(a.torch.frameworkNotes ?? []),
    ];
    for (const locale of localeIds)
      for (const key of keys) expect(catalogs[locale][key], `${locale} ${key}`).toBeTruthy();
    for (const tex of [
      a.tex.f(),
      a.tex.df(),
      a.tex.f(paramDefaults(a)),
      a.tex.df(paramDefaults(a)),
      ...(a.tex.extra ?? []).map((x) => x.tex),
    ])
      expect(render(tex)).toContain('katex');
  });

  it('has prose in every language and its quoted numbers are finite', () => {
    for (const locale of localeIds)
      expect(existsSync(`content/${locale}/${id}.md`), `content/${locale}/${id}.md`).toBe(true);
    for (const [name, value] of Object.entries(a.facts?.() ?? {})) {
      expect(Number.isFinite(value), name).toBe(true);
      expect(allFacts()[name]).toBe(value);
    }
  });
});

describe('the comparison page', () => {
  it('offers parameters under unique keys and shows the default curves of the registry', () => {
    const keys = viewKeys('compare');
    expect(new Set(keys).size).toBe(keys.length);
    expect(defaultView('compare').compare).toEqual(
      activationIds.filter((id) => activation(id).compareDefault).map((id) => activation(id).series[0].id),
    );
  });
});
