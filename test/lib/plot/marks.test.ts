import { describe, expect, it } from 'vitest';
import { pointNodes, probeMarkerId, probeMarkerNodes, probeNodes } from '../../../src/lib/plot/marks';
import { sceneModels } from '../../../src/lib/plot/scene';
import { seriesStyle } from '../../../src/lib/plot/series';
import { defaultView, sceneOf } from '../../../src/lib/state/resolve';
import { gelu } from '../../../src/lib/math';

// Source of truth: the chart's own scales (model.px / model.py); tolerance 0.005 viewBox units,
// the rounding of the attribute text.
describe('probeNodes', () => {
  const { f } = sceneModels(sceneOf('gelu', defaultView('gelu')));
  const pointsOf = (attr: unknown) =>
    String(attr)
      .split(' ')
      .map((p) => p.split(',').map(Number));

  const marker = probeMarkerId('probe-mark-3');

  it('draws the probe line and, per visible curve, one dot at (px(x), py(f(x))) with its marker', () => {
    const x = -0.75;
    const nodes = probeNodes(
      f,
      x,
      [
        { id: 'gelu', y: gelu(x) },
        { id: 'silu', y: -0.2 },
      ],
      marker,
    );
    expect(nodes.map((n) => n.attrs?.['class'])).toEqual(['probe-line', 'probe-dot', 'probe-dot']);
    expect(nodes.every((n) => n.tag === 'polyline')).toBe(true);
    const [line, dot] = nodes.map((n) => pointsOf(n.attrs?.['points']));
    expect(line?.map(([px]) => px)).toEqual([expect.closeTo(f.px(x), 2), expect.closeTo(f.px(x), 2)]);
    expect(line?.map(([, py]) => py)).toEqual([f.frame.margin.top, f.frame.height - f.frame.margin.bottom]);
    // A dot is a zero-length polyline: both points are the curve's point.
    expect(dot).toHaveLength(2);
    for (const [px, py] of dot ?? []) {
      expect(px).toBeCloseTo(f.px(x), 2);
      expect(py).toBeCloseTo(f.py(gelu(x)), 2);
    }
    expect(nodes.slice(1).map((n) => [n.attrs?.['data-series'], n.attrs?.['marker-start']])).toEqual([
      ['gelu', 'url(#probe-mark-3-gelu)'],
      ['silu', 'url(#probe-mark-3-silu)'],
    ]);
  });

  it('defines one marker per series: a disc in the colour of its curve, centred on the vertex', () => {
    const [gm, sm] = probeMarkerNodes('probe-mark-3', ['gelu', 'silu']);
    expect(gm?.attrs).toMatchObject({ id: 'probe-mark-3-gelu', markerUnits: 'userSpaceOnUse', refX: 5, refY: 5 });
    expect(gm?.children?.[0]?.attrs).toEqual({ cx: 5, cy: 5, r: 5, fill: seriesStyle('gelu').color });
    expect(sm?.attrs?.['id']).toBe(marker('silu'));
    expect(sm?.children?.[0]?.attrs?.['fill']).toBe(seriesStyle('silu').color);
  });

  it('leaves out dots for non-finite or off-chart values and everything outside the x range', () => {
    expect(
      probeNodes(
        f,
        0,
        [
          { id: 'gelu', y: Number.NaN },
          { id: 'relu', y: 1e9 },
        ],
        marker,
      ),
    ).toHaveLength(1);
    expect(probeNodes(f, f.xDomain[1] + 1, [{ id: 'gelu', y: 0 }], marker)).toEqual([]);
  });
});

// Source of truth: the chart's scales (model.px / model.py) and the placement rules of
// pointNodes (8 px beside the mark, 8 px above or 22 px under, 15 px between labels); exact.
describe('pointNodes', () => {
  const { f } = sceneModels(sceneOf('gelu', defaultView('gelu')));
  const textOf = (nodes: ReturnType<typeof pointNodes>) => nodes.filter((n) => n.tag === 'text');

  it('pointNodes() draws a circle with a tooltip per point, and a direct label only for tagged points', () => {
    const nodes = pointNodes(f, [
      { x: -0.75, y: 1.5, label: 'a minimum', tag: 'min −0.170', below: true },
      { x: 1, y: 0.84, label: 'no tag' },
    ]);
    expect(nodes.filter((n) => n.tag === 'circle')).toHaveLength(2);
    const [label] = textOf(nodes);
    expect(textOf(nodes)).toHaveLength(1);
    expect(label?.text).toBe('min −0.170');
    expect(label?.attrs).toMatchObject({ x: f.px(-0.75) + 8, 'text-anchor': 'start' });
    expect(label?.attrs?.['y']).toBeCloseTo(f.py(1.5) + 22, 2);
  });

  it('pointNodes() keeps a label inside the plot: under a mark at the bottom, it sits 4 px above the x-axis', () => {
    const [label] = textOf(pointNodes(f, [{ x: -0.75, y: -0.17, label: 'GELU, minimum', tag: 'min', below: true }]));
    expect(label?.attrs?.['y']).toBe(f.frame.height - f.frame.margin.bottom - 4);
  });

  it('pointNodes() puts a label left of its mark near the right edge, and pushes overlapping labels apart', () => {
    const nodes = pointNodes(f, [
      { x: 3.9, y: 2, label: 'a', tag: 'steepest' },
      { x: 3.9, y: 2.01, label: 'b', tag: 'steepest' },
    ]);
    const [a, b] = textOf(nodes);
    expect(a?.attrs?.['text-anchor']).toBe('end');
    expect(a?.attrs?.['x']).toBeCloseTo(f.px(3.9) - 8, 2);
    expect(Number(b?.attrs?.['y']) - Number(a?.attrs?.['y'])).toBeGreaterThanOrEqual(15);
  });

  it('pointNodes() leaves out points outside the chart, with their labels', () => {
    expect(pointNodes(f, [{ x: 9, y: 0, label: 'out', tag: 'out' }])).toEqual([]);
  });
});
