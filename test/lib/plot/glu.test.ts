import { describe, expect, it } from 'vitest';
import { gluVariant, gluVariants } from '../../../src/lib/math/glu';
import { gelu, relu, sigmoid, silu } from '../../../src/lib/math';
import { axesNodes } from '../../../src/lib/plot/axes';
import { chartModel } from '../../../src/lib/plot/figure';
import { gluHeatmap, gluSeries, gluSliceData } from '../../../src/lib/plot/glu';
import {
  gluGateDomain,
  gluHeatChart,
  gluSliceGrid,
  gluSliceModel,
  gluValueDomain,
} from '../../../src/lib/plot/glu-slice';
import { heatNodes } from '../../../src/lib/plot/heatmap';
import { toMarkup } from '../../../src/lib/plot/svg-tree';

describe('the GLU figures', () => {
  it('gluSeries() draws each variant in its gate’s series style', () => {
    expect(gluVariants.map(gluSeries)).toEqual(['sigmoid', 'relu', 'gelu', 'silu']);
  });

  it('gluSliceData() samples each gate on a grid of 241 points holding 0 and the kinks, to 7 significant digits', () => {
    const data = gluSliceData();
    const grid = gluSliceGrid(data.kinks);
    expect(data.kinks).toEqual([0]);
    expect(grid.length).toBe(241);
    expect(grid[120]).toBe(0);
    expect(data.series.map((s) => s.id)).toEqual(['sigmoid', 'relu', 'gelu', 'silu']);
    const [sig, re, ge, si] = data.series.map((s) => s.values);
    grid.forEach((b, i) => {
      expect(Math.abs((sig?.[i] ?? 0) - sigmoid(b))).toBeLessThanOrEqual(5e-7 * Math.abs(sigmoid(b)));
      expect(re?.[i]).toBe(Number(relu(b).toPrecision(7)));
      expect(Math.abs((ge?.[i] ?? 0) - gelu(b))).toBeLessThanOrEqual(5e-7 * Math.abs(gelu(b)));
      expect(Math.abs((si?.[i] ?? 0) - silu(b))).toBeLessThanOrEqual(5e-7 * Math.abs(silu(b)));
    });
  });

  it('gluSliceModel(a) draws a·act(b) for the four variants: the same paths as sampling a·act(b) directly, to 0.01 px', () => {
    const data = gluSliceData();
    for (const a of [1, -2, 0.35]) {
      const m = gluSliceModel(a, data);
      const direct = chartModel(
        gluVariants.map((v) => ({ id: gluSeries(v), f: (b: number) => a * gluVariantGate(v.id)(b), kinks: [0] })),
        gluGateDomain,
      );
      expect(m.yDomain[0]).toBeCloseTo(direct.yDomain[0], 5);
      expect(m.yDomain[1]).toBeCloseTo(direct.yDomain[1], 5);
      expect(m.paths.map((p) => p.id)).toEqual(direct.paths.map((p) => p.id));
      m.paths.forEach((p, i) => expect(coordsDiff(p.d, direct.paths[i]?.d ?? '')).toBeLessThanOrEqual(0.010001));
    }
  });

  it('gluSliceModel(1): ReGLU’s corner at b = 0 is a vertex', () => {
    const m = gluSliceModel(1, gluSliceData());
    expect(m.xDomain).toEqual([...gluGateDomain]);
    expect(m.paths[1]?.d).toContain(`L${m.px(0)},${m.py(0)}L`);
  });

  it('gluSliceModel(a) follows a: the y-range grows with |a| and flips sign with it', () => {
    const data = gluSliceData();
    expect(gluSliceModel(3, data).yDomain[1]).toBeGreaterThan(gluSliceModel(1, data).yDomain[1]);
    const neg = gluSliceModel(-1, data);
    expect(neg.yDomain[0]).toBeLessThan(-3.9);
    expect(neg.yDomain[1]).toBeLessThan(1);
  });

  it('gluHeatChart() is the geometry of every heatmap: gate b across [−4, 4], value a up [−3, 3]', () => {
    const c = gluHeatChart();
    expect(c.xDomain).toEqual([-4, 4]);
    expect(c.yDomain).toEqual([-3, 3]);
    expect(gluHeatmap(gluVariant('glu'), { nx: 4, ny: 3 }).chart.zero).toEqual(c.zero);
  });

  it('gluHeatmap(GEGLU) matches its file snapshot', async () => {
    const m = gluHeatmap(gluVariant('geglu'), { nx: 16, ny: 12 });
    expect(m.chart.yDomain).toEqual([...gluValueDomain]);
    const { width, height } = m.chart.frame;
    const markup = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}"><style>.pos{fill:#c2410c}.neg{fill:#1d4ed8}</style>${toMarkup(
      heatNodes(m),
    )}${toMarkup(axesNodes(m.chart, { xLabel: 'gate b', yLabel: 'value a', tick: String }))}</svg>\n`;
    // Vitest writes a missing snapshot locally and fails on one in `npm test` (UPDATE_SNAPSHOT=none).
    await expect(markup).toMatchFileSnapshot('snapshots/geglu-heatmap.svg');
  });
});

/** The gate activation of a variant, straight from the numeric module. */
function gluVariantGate(id: string): (b: number) => number {
  return { glu: sigmoid, reglu: relu, geglu: gelu, swiglu: silu }[id] ?? (() => Number.NaN);
}

/** The largest difference between the coordinates of two paths of the same shape. */
function coordsDiff(d1: string, d2: string): number {
  const n1 = d1.match(/-?\d+(?:\.\d+)?/g) ?? [];
  const n2 = d2.match(/-?\d+(?:\.\d+)?/g) ?? [];
  if (n1.length !== n2.length) return Infinity;
  return Math.max(0, ...n1.map((v, i) => Math.abs(Number(v) - Number(n2[i]))));
}
