import { describe, expect, it } from 'vitest';
import { sceneModels, specialPoints } from '../../../src/lib/plot/scene';
import { axesNodes } from '../../../src/lib/plot/axes';
import { toMarkup } from '../../../src/lib/plot/svg-tree';
import { defaultView, resolveView, sceneOf, shownSeries } from '../../../src/lib/state/resolve';
import type { ViewPage } from '../../../src/lib/state/view';

const scene = (page: ViewPage) => sceneOf(page, defaultView(page));
import { geluMinimum, swishMinimum } from '../../../src/lib/math';

describe('sceneModels', () => {
  it('sceneModels() keeps ReLU’s corner: the path has a vertex exactly at (0, 0)', () => {
    const { f } = sceneModels(scene('relu'));
    const corner = `${f.px(0)},${f.py(0)}`;
    expect(f.paths[0]?.d).toContain(`L${corner}L`);
  });

  it('sceneModels() draws the function page’s curve first, then its overlays', () => {
    const view = resolveView('gelu', { params: { approx: 'tanh' }, compare: ['relu', 'gelu-tanh', 'silu'] });
    expect(shownSeries('gelu', view)).toEqual(['gelu-tanh', 'relu', 'silu']);
  });

  it('sceneModels() of the ReLU page matches its committed SVG snapshot', async () => {
    const { f } = sceneModels(scene('relu'));
    const markup = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 300">${toMarkup(
      axesNodes(f, { xLabel: 'x', yLabel: 'f(x)', tick: String }),
    )}<path fill="none" stroke="black" d="${f.paths[0]?.d ?? ''}"/></svg>\n`;
    // Vitest writes a missing snapshot locally and fails on one in `npm test` (UPDATE_SNAPSHOT=none).
    await expect(markup).toMatchFileSnapshot('snapshots/relu-f.svg');
  });
});

describe('specialPoints', () => {
  it('specialPoints() marks GELU’s minimum and SiLU-β’s minimum moving with β', () => {
    const gelu = specialPoints(scene('gelu'))[0];
    expect(gelu).toEqual({ series: 'gelu', kind: 'minimum', x: geluMinimum().x, y: geluMinimum().y, dy: 0 });
    const silu = specialPoints(sceneOf('silu', resolveView('silu', { params: { beta: 3 } })))[0];
    expect(silu?.x).toBe(swishMinimum(3).x);
    expect(silu?.x).not.toBe(swishMinimum(1).x);
  });

  it('specialPoints() marks the sigmoid’s steepest point at (0, 0.5) with slope 0.25', () => {
    expect(specialPoints(scene('sigmoid'))).toEqual([{ series: 'sigmoid', kind: 'maxSlope', x: 0, y: 0.5, dy: 0.25 }]);
  });
});

describe('toMarkup', () => {
  it('toMarkup() escapes text and attribute values', () => {
    expect(toMarkup([{ tag: 'text', attrs: { 'data-x': '"><script>' }, text: '<b>&' }])).toBe(
      '<text data-x="&quot;&gt;&lt;script&gt;">&lt;b&gt;&amp;</text>',
    );
  });
});
