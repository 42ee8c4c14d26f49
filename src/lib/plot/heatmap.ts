// A function of two inputs as a heatmap: the plane cut into cells, each cell coloured by the
// band its value falls in. Bands are symmetric around 0 and spaced roughly by factors of 3, so a
// bounded function (|GLU| ≤ |a|) and an unbounded one (|GEGLU| grows like a·b) share one scale
// and both stay readable. Cells of one band are drawn as one path of row runs: a few kilobytes
// of markup for thousands of cells.
import { chartScales, scaleTicks, type Frame } from './chart';
import type { ChartModel } from './figure';
import type { SvgNode } from './svg-tree';

/** Band edges of |z|, ascending: |z| below the first is blank, at or above the last is the last band. */
export const heatEdges: readonly number[] = Object.freeze([0.01, 0.1, 0.3, 1, 3, 10]);

/**
 * The band of z: 0 for |z| below the first edge (and for NaN), ±k when |z| lies in
 * [edges[k−1], edges[k]), ±edges.length from the last edge up (infinities included).
 * @example heatLevel(-0.5, heatEdges) === -3
 */
export function heatLevel(z: number, edges: readonly number[] = heatEdges): number {
  if (Number.isNaN(z)) return 0;
  const m = Math.abs(z);
  let k = 0;
  while (k < edges.length && m >= (edges[k] as number)) k++;
  return z < 0 ? -k : k;
}

/** The fill opacity of a band: evenly spaced from faint to almost opaque. */
export function heatOpacity(level: number, bands: number = heatEdges.length): number {
  const k = Math.abs(level);
  if (k === 0) return 0;
  return Math.round((0.08 + (0.84 * (k - 1)) / Math.max(1, bands - 1)) * 1000) / 1000;
}

/** What a heatmap draws: a function of (x, y) over a box, cut into nx × ny cells. */
export interface HeatmapSpec {
  f: (x: number, y: number) => number;
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
  nx: number;
  ny: number;
  frame: Frame;
  edges?: readonly number[];
}

/** A heatmap as numbers and path strings: the chart geometry (axes, ticks) and one path per band. */
export interface HeatmapModel {
  /** The geometry shared with line charts, so `axesNodes` draws the axes (no curves). */
  chart: ChartModel;
  /** One path per non-empty band, from the most negative band to the most positive. */
  bands: Array<{ level: number; d: string }>;
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/**
 * The geometry of a heatmap's frame without its cells: scales, ticks and zero lines, as the
 * ChartModel `axesNodes` and `sliceNodes` read (the browser needs only this to move a slice).
 */
export function heatChart(
  frame: Frame,
  xDomain: readonly [number, number],
  yDomain: readonly [number, number],
): ChartModel {
  if (!(xDomain[0] < xDomain[1] && yDomain[0] < yDomain[1]))
    throw new RangeError('heatChart: each domain needs min < max');
  const { x, y } = chartScales(frame, xDomain, yDomain);
  return {
    frame,
    xDomain: [xDomain[0], xDomain[1]],
    yDomain: [yDomain[0], yDomain[1]],
    xTicks: scaleTicks(x, 5),
    yTicks: scaleTicks(y, 5),
    zero: {
      x: xDomain[0] <= 0 && xDomain[1] >= 0 ? r2(x(0)) : null,
      y: yDomain[0] <= 0 && yDomain[1] >= 0 ? r2(y(0)) : null,
    },
    paths: [],
    px: (v) => r2(x(v)),
    py: (v) => r2(y(v)),
  };
}

/**
 * Samples f at the centre of every cell and merges neighbouring cells of a row that share a
 * band into one rectangle. Cell edges are computed once per grid line, so neighbouring
 * rectangles meet exactly.
 */
export function heatmapModel(spec: HeatmapSpec): HeatmapModel {
  const { f, xDomain, yDomain, nx, ny, frame } = spec;
  const edges = spec.edges ?? heatEdges;
  if (!(Number.isInteger(nx) && nx >= 1 && Number.isInteger(ny) && ny >= 1))
    throw new RangeError(`heatmapModel: nx and ny must be positive integers, got ${nx} × ${ny}`);
  const chart = heatChart(frame, xDomain, yDomain);
  const dx = (xDomain[1] - xDomain[0]) / nx;
  const dy = (yDomain[1] - yDomain[0]) / ny;
  const xs = Array.from({ length: nx + 1 }, (_, i) => chart.px(i === nx ? xDomain[1] : xDomain[0] + i * dx));
  const ys = Array.from({ length: ny + 1 }, (_, j) => chart.py(j === ny ? yDomain[1] : yDomain[0] + j * dy));
  const paths = new Map<number, string>();
  for (let j = 0; j < ny; j++) {
    const yc = yDomain[0] + (j + 0.5) * dy;
    let start = 0;
    let level = heatLevel(f(xDomain[0] + 0.5 * dx, yc), edges);
    for (let i = 1; i <= nx; i++) {
      const next = i < nx ? heatLevel(f(xDomain[0] + (i + 0.5) * dx, yc), edges) : Number.NaN;
      if (next === level) continue;
      if (level !== 0) {
        // Row j runs from ys[j] (bottom, larger pixel y) up to ys[j + 1].
        const d = `M${xs[start]},${ys[j + 1]}H${xs[i]}V${ys[j]}H${xs[start]}Z`;
        paths.set(level, (paths.get(level) ?? '') + d);
      }
      start = i;
      level = next;
    }
  }
  const bands = [...paths.entries()].sort((a, b) => a[0] - b[0]).map(([lvl, d]) => ({ level: lvl, d }));
  return { chart, bands };
}

/** The band paths as nodes: positive bands in one colour, negative in another, opacity by band. */
export function heatNodes(model: HeatmapModel, bands: number = heatEdges.length): SvgNode[] {
  return model.bands.map((b) => ({
    tag: 'path',
    attrs: {
      class: b.level > 0 ? 'heat pos' : 'heat neg',
      'fill-opacity': heatOpacity(b.level, bands),
      'data-level': b.level,
      d: b.d,
    },
  }));
}

/**
 * A horizontal line across the plot area at y (the slice the reader moves), as one polyline
 * whose `points` is all a move rewrites; none when y is outside the domain.
 */
export function sliceNodes(chart: ChartModel, yValue: number): SvgNode[] {
  if (!(yValue >= chart.yDomain[0] && yValue <= chart.yDomain[1])) return [];
  const { margin, width } = chart.frame;
  const py = chart.py(yValue);
  return [{ tag: 'polyline', attrs: { class: 'slice', points: `${margin.left},${py} ${width - margin.right},${py}` } }];
}
