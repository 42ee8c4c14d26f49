import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { sceneModels, shownSeries, specialPoints } from '../../../src/lib/plot/scene';
import { axesNodes } from '../../../src/lib/plot/axes';
import { toMarkup } from '../../../src/lib/plot/svg-tree';
import { defaultView, resolveView } from '../../../src/lib/state/resolve';
import { geluMinimum, swishMinimum } from '../../../src/lib/math';

/** Compares markup with a committed snapshot; a mismatch writes `<name>-changed.svg` to look at. */
function assertSnapshot(name: string, markup: string): void {
  const file = `test/lib/plot/snapshots/${name}.svg`;
  let expected: string | null = null;
  try {
    expected = readFileSync(file, 'utf8');
  } catch {
    writeFileSync(file, markup);
    return;
  }
  if (expected !== markup) writeFileSync(`test/lib/plot/snapshots/${name}-changed.svg`, markup);
  expect(markup).toBe(expected);
}

describe('sceneModels', () => {
  it('sceneModels() keeps ReLU’s corner: the path has a vertex exactly at (0, 0)', () => {
    const { f } = sceneModels('relu', defaultView('relu'));
    const corner = `${f.px(0)},${f.py(0)}`;
    expect(f.paths[0]?.d).toContain(`L${corner}L`);
  });

  it('sceneModels() draws the function page’s curve first, then its overlays', () => {
    const view = resolveView('gelu', { approx: 'tanh', compare: ['relu', 'gelu-tanh', 'silu'] });
    expect(shownSeries('gelu', view)).toEqual(['gelu-tanh', 'relu', 'silu']);
  });

  it('sceneModels() of the ReLU page matches its committed SVG snapshot', () => {
    const { f } = sceneModels('relu', defaultView('relu'));
    const markup = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 300">${toMarkup(
      axesNodes(f, { xLabel: 'x', yLabel: 'f(x)', tick: String }),
    )}<path fill="none" stroke="black" d="${f.paths[0]?.d ?? ''}"/></svg>\n`;
    assertSnapshot('relu-f', markup);
  });
});

describe('specialPoints', () => {
  it('specialPoints() marks GELU’s minimum and SiLU-β’s minimum moving with β', () => {
    const gelu = specialPoints(['gelu'], defaultView('gelu'))[0];
    expect(gelu).toEqual({ series: 'gelu', kind: 'minimum', x: geluMinimum().x, y: geluMinimum().y, dy: 0 });
    const silu = specialPoints(['silu'], resolveView('silu', { beta: 3 }))[0];
    expect(silu?.x).toBe(swishMinimum(3).x);
    expect(silu?.x).not.toBe(swishMinimum(1).x);
  });

  it('specialPoints() marks the sigmoid’s steepest point at (0, 0.5) with slope 0.25', () => {
    expect(specialPoints(['sigmoid'], defaultView('sigmoid'))).toEqual([
      { series: 'sigmoid', kind: 'maxSlope', x: 0, y: 0.5, dy: 0.25 },
    ]);
  });
});

describe('toMarkup', () => {
  it('toMarkup() escapes text and attribute values', () => {
    expect(toMarkup([{ tag: 'text', attrs: { 'data-x': '"><script>' }, text: '<b>&' }])).toBe(
      '<text data-x="&quot;&gt;&lt;script&gt;">&lt;b&gt;&amp;</text>',
    );
  });
});
