import { describe, expect, it } from 'vitest';
import { axesNodes } from '../../../src/lib/plot/axes';
import { heatEdges, heatLevel, heatmapModel, heatNodes, heatOpacity, sliceNodes } from '../../../src/lib/plot/heatmap';
import { toMarkup } from '../../../src/lib/plot/svg-tree';

const frame = { width: 120, height: 100, margin: { top: 10, right: 10, bottom: 10, left: 10 } };

describe('heatLevel', () => {
  it('heatLevel() is 0 below the first edge, ±k inside band k, and the last band from the last edge up', () => {
    expect(heatEdges).toEqual([0.01, 0.1, 0.3, 1, 3, 10]);
    expect(heatLevel(0)).toBe(0);
    expect(heatLevel(0.009)).toBe(0);
    expect(heatLevel(0.01)).toBe(1);
    expect(heatLevel(-0.5)).toBe(-3);
    expect(heatLevel(1)).toBe(4);
    expect(heatLevel(9.99)).toBe(5);
    expect(heatLevel(10)).toBe(6);
    expect(heatLevel(1e300)).toBe(6);
    expect(heatLevel(-Infinity)).toBe(-6);
    expect(heatLevel(Number.NaN)).toBe(0);
  });

  it('heatOpacity() runs from 0.08 for band 1 to 0.92 for the last band, the same for both signs', () => {
    expect(heatOpacity(0)).toBe(0);
    expect(heatOpacity(1)).toBe(0.08);
    expect(heatOpacity(-1)).toBe(0.08);
    expect(heatOpacity(6)).toBe(0.92);
    expect(heatOpacity(-4)).toBe(0.584);
  });
});

describe('heatmapModel', () => {
  it('heatmapModel() merges the cells of a row that share a band into one rectangle', () => {
    // f = x on [0, 4] × [0, 1], 4 × 1 cells: centres 0.5, 1.5, 2.5, 3.5 -> bands 3, 4, 4, 5.
    const m = heatmapModel({ f: (x) => x, xDomain: [0, 4], yDomain: [0, 1], nx: 4, ny: 1, frame });
    expect(m.bands).toEqual([
      { level: 3, d: 'M10,10H35V90H10Z' },
      { level: 4, d: 'M35,10H85V90H35Z' },
      { level: 5, d: 'M85,10H110V90H85Z' },
    ]);
  });

  it('heatmapModel() leaves cells whose value is below the first edge empty, and sorts bands from negative to positive', () => {
    const m = heatmapModel({ f: (x, y) => x * y, xDomain: [-1, 1], yDomain: [-1, 1], nx: 2, ny: 2, frame });
    // Cell centres (±0.5, ±0.5): x·y = ±0.25, band ±2.
    expect(m.bands.map((b) => b.level)).toEqual([-2, 2]);
    expect(m.bands[0]?.d).toBe('M60,50H110V90H60ZM10,10H60V50H10Z');
    const empty = heatmapModel({ f: () => 0.001, xDomain: [-1, 1], yDomain: [-1, 1], nx: 3, ny: 3, frame });
    expect(empty.bands).toEqual([]);
  });

  it('heatmapModel() gives the chart geometry axesNodes() draws: ticks, zero lines and no curves', () => {
    const m = heatmapModel({ f: (x, y) => x * y, xDomain: [-4, 4], yDomain: [-3, 3], nx: 8, ny: 6, frame });
    expect(m.chart.paths).toEqual([]);
    expect(m.chart.zero).toEqual({ x: 60, y: 50 });
    expect(m.chart.xTicks.map((t) => t.value)).toEqual([-4, -2, 0, 2, 4]);
    expect(toMarkup(axesNodes(m.chart, { xLabel: 'b', yLabel: 'a', tick: String }))).toContain('data-zero="x"');
  });

  it('heatmapModel() rejects an empty grid and an empty domain', () => {
    expect(() => heatmapModel({ f: () => 1, xDomain: [0, 1], yDomain: [0, 1], nx: 0, ny: 1, frame })).toThrow(
      RangeError,
    );
    expect(() => heatmapModel({ f: () => 1, xDomain: [1, 1], yDomain: [0, 1], nx: 1, ny: 1, frame })).toThrow(
      RangeError,
    );
  });
});

describe('heatNodes and sliceNodes', () => {
  it('heatNodes() draws positive bands with class pos and negative ones with class neg, opacity by band', () => {
    const m = heatmapModel({ f: (x, y) => x * y, xDomain: [-1, 1], yDomain: [-1, 1], nx: 2, ny: 2, frame });
    expect(heatNodes(m).map((n) => [n.attrs?.['class'], n.attrs?.['fill-opacity']])).toEqual([
      ['heat neg', 0.248],
      ['heat pos', 0.248],
    ]);
  });

  it('sliceNodes() is one horizontal polyline across the plot area at y, none outside the domain', () => {
    const m = heatmapModel({ f: (x, y) => x * y, xDomain: [-1, 1], yDomain: [-1, 1], nx: 2, ny: 2, frame });
    expect(sliceNodes(m.chart, 0.5)).toEqual([{ tag: 'polyline', attrs: { class: 'slice', points: '10,30 110,30' } }]);
    expect(sliceNodes(m.chart, 1.5)).toEqual([]);
    expect(sliceNodes(m.chart, Number.NaN)).toEqual([]);
  });
});
