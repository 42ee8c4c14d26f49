// The figure components as a function page renders them (`<Figure locale={lang} focus={id} />`),
// through Astro's container API: each activation appears in the figures its entry lists.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogs } from '../../../src/i18n';
import { localeIds } from '../../../src/i18n/locales';
import { activation } from '../../../src/lib/math';
import { ideaMembers } from '../../../src/lib/ideas/members';

/** A component as the container renders it (type-aware lint cannot see into .astro modules). */
type Component = Parameters<AstroContainer['renderToString']>[0];
// Imported by a computed path: tsc has no types for .astro modules (astro check does).
const load = async (name: string) =>
  ((await import(/* @vite-ignore */ `../../../src/components/ideas/${name}.astro`)) as { default: Component }).default;
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const render = async (name: string, props: Record<string, unknown>) =>
  container.renderToString(await load(name), { props, locals: {} });
/** What a reader must never see (and no unfilled `{slot}`). */
const broken = /NaN|undefined|Infinity|\{[a-zA-Z]+\}/;

describe('DepthGradients.astro', () => {
  it('DepthGradients.astro on each depth page lists, tabulates and marks the page’s activation, in every language', async () => {
    for (const id of ideaMembers('depth'))
      for (const locale of localeIds) {
        const html = await render('DepthGradients', { locale, focus: id });
        const name = catalogs[locale][activation(id).nameKey] ?? '';
        const what = `${id} ${locale}`;
        expect(html, what).toContain(`data-focus="${id}"`);
        expect(html, what).toMatch(new RegExp(`<li class="focus"[^>]*>\\s*<svg[\\s\\S]*?</svg>\\s*${name}\\s*</li>`));
        expect(html, what).toMatch(new RegExp(`<tr class="focus"[^>]*>\\s*<th scope="row"[^>]*>${name}</th>`));
        expect(html, what).toContain(`data-text="${id}.median"`);
        expect(html, what).toContain(`data-mark="${name}" class="focus"`);
        expect(html.replace(/data-strings="[^"]*"/, ''), what).not.toMatch(broken);
      }
  });

  it('DepthGradients.astro on the comparison page keeps ReLU, GELU, SiLU and Sigmoid and marks none', async () => {
    const html = await render('DepthGradients', { locale: 'en', level: 2 });
    expect(html).not.toContain('data-focus');
    expect(html).not.toContain('class="focus"');
    expect([...html.matchAll(/data-text="([a-z-]+)\.median"/g)].map((m) => m[1])).toEqual([
      'gelu',
      'relu',
      'silu',
      'sigmoid',
    ]);
    expect(html).toContain('data-text="note.silu"');
  });

  it('DepthGradients.astro offers He and Xavier/LeCun, the one variance 1/n SELU is designed for', async () => {
    const html = await render('DepthGradients', { locale: 'en', focus: 'selu' });
    expect(html).toMatch(/<option value="xavier"[^>]*>Xavier or LeCun \(variance 1\/n\)<\/option>/);
    expect(html).toContain('data-text="note.selu"');
  });
});

describe('DeadUnits.astro', () => {
  it('DeadUnits.astro on the ELU, Softplus and Hardswish pages adds a fourth bar, row and note', async () => {
    for (const id of ['elu', 'softplus', 'hardswish'])
      for (const locale of localeIds) {
        const html = await render('DeadUnits', { locale, focus: id });
        const name = catalogs[locale][activation(id).nameKey] ?? '';
        const what = `${id} ${locale}`;
        expect(html, what).toContain(`data-focus="${id}"`);
        // Four bars of the three-bar frame's height each: 210 + 158/3 ≈ 263.
        expect(html, what).toContain('viewBox="0 0 640 263"');
        expect(html, what).toMatch(
          new RegExp(`<tr class="focus"[^>]*>\\s*<th scope="row" data-text="label\\.${id}"[^>]*>${name}</th>`),
        );
        expect(html, what).toMatch(new RegExp(`<p data-text="note\\.${id}"[^>]*>[^<]*\\S[^<]*</p>`));
        expect(html.replace(/data-strings="[^"]*"/, ''), what).not.toMatch(broken);
      }
  });

  it('DeadUnits.astro on the ReLU and Leaky ReLU pages keeps three bars and marks the page’s own', async () => {
    for (const [id, key] of [
      ['relu', 'relu'],
      ['leaky-relu', 'leaky'],
    ] as const) {
      const html = await render('DeadUnits', { locale: 'en', focus: id });
      expect(html).toContain('viewBox="0 0 640 210"');
      expect(html).toMatch(new RegExp(`<tr class="focus"[^>]*>\\s*<th scope="row" data-text="label\\.${key}"`));
      expect(html).not.toContain('data-text="note.');
    }
  });
});

describe('figures that ignore the focus', () => {
  it('Gate.astro and Approx.astro accept a page’s focus and draw the same', async () => {
    for (const name of ['Gate', 'Approx'])
      expect(await render(name, { locale: 'en', focus: 'gelu' })).toBe(await render(name, { locale: 'en' }));
  });
});
