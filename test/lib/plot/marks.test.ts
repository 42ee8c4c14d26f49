import { describe, expect, it } from 'vitest';
import { probeNodes } from '../../../src/lib/plot/marks';
import { sceneModels } from '../../../src/lib/plot/scene';
import { seriesStyle } from '../../../src/lib/plot/series';
import { defaultView } from '../../../src/lib/state/resolve';
import { gelu } from '../../../src/lib/math';

// Source of truth: the chart's own scales (model.px / model.py); tolerance 0.005 viewBox units,
// the rounding of the attribute text.
describe('probeNodes', () => {
  const { f } = sceneModels('gelu', defaultView('gelu'));
  const pointsOf = (attr: unknown) =>
    String(attr)
      .split(' ')
      .map((p) => p.split(',').map(Number));

  it('draws the probe line and, per visible curve, a halo and a dot at (px(x), py(f(x)))', () => {
    const x = -0.75;
    const nodes = probeNodes(f, x, [{ id: 'gelu', y: gelu(x) }]);
    expect(nodes.map((n) => n.attrs?.['class'])).toEqual(['probe-line', 'probe-halo', 'probe-dot']);
    expect(nodes.every((n) => n.tag === 'polyline')).toBe(true);
    const [line, halo, dot] = nodes.map((n) => pointsOf(n.attrs?.['points']));
    expect(line?.map(([px]) => px)).toEqual([expect.closeTo(f.px(x), 2), expect.closeTo(f.px(x), 2)]);
    expect(line?.map(([, py]) => py)).toEqual([f.frame.margin.top, f.frame.height - f.frame.margin.bottom]);
    // A dot is a zero-length polyline: both points are the curve's point.
    for (const pts of [halo, dot]) {
      expect(pts).toHaveLength(2);
      for (const [px, py] of pts ?? []) {
        expect(px).toBeCloseTo(f.px(x), 2);
        expect(py).toBeCloseTo(f.py(gelu(x)), 2);
      }
    }
    expect(nodes[2]?.attrs?.['stroke']).toBe(seriesStyle.gelu.color);
  });

  it('leaves out dots for non-finite or off-chart values and everything outside the x range', () => {
    expect(probeNodes(f, 0, [{ id: 'gelu', y: Number.NaN }, { id: 'relu', y: 1e9 }])).toHaveLength(1);
    expect(probeNodes(f, f.xDomain[1] + 1, [{ id: 'gelu', y: 0 }])).toEqual([]);
  });
});
