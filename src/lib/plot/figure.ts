import { chartScales, defaultFrame, scaleTicks, segmentsPath, yExtent, type Frame, type Segments } from './chart';
import { sampleCurve, sampleGrid } from './sample';
import type { SeriesId } from './series';

/** One curve to draw: its series (colour, dash), the function and where it has kinks. */
export interface CurveSpec {
  id: SeriesId;
  f: (x: number) => number;
  kinks?: readonly number[];
}

/** Everything a chart needs to be drawn, as numbers and path strings (no DOM). */
export interface ChartModel {
  frame: Frame;
  xDomain: [number, number];
  yDomain: [number, number];
  xTicks: Array<{ value: number; pos: number }>;
  yTicks: Array<{ value: number; pos: number }>;
  /** Pixel positions of the zero lines (null when 0 is outside the domain). */
  zero: { x: number | null; y: number | null };
  paths: Array<{ id: SeriesId; d: string }>;
  /** Data -> pixel maps, for markers. */
  px: (x: number) => number;
  py: (y: number) => number;
}

/**
 * The model of one chart of several curves over [xMin, xMax]: sampled on a grid that holds
 * 0 and every kink, y-domain from the data (or `yDomain` when given), straight segments.
 */
export function chartModel(
  curves: readonly CurveSpec[],
  xDomain: readonly [number, number],
  options: { frame?: Frame; samples?: number; yDomain?: readonly [number, number] } = {},
): ChartModel {
  // 240 intervals: a vertex every ~2.7 px of a 640-px chart; the chord of GELU's curve then
  // strays < 0.01 px from the curve at x-range 4 (h²·max|f″|/8), and kinks are grid points.
  const n = options.samples ?? 240;
  const sampled: Array<{ id: SeriesId; segments: Segments }> = curves.map((c) => ({
    id: c.id,
    segments: sampleCurve(c.f, sampleGrid(xDomain[0], xDomain[1], n, c.kinks ?? [])),
  }));
  return segmentsModel(sampled, xDomain, options);
}

/**
 * The model of a chart of curves already sampled (runs of [x, y] points): what chartModel
 * draws once it has sampled, for callers that hold the samples themselves.
 */
export function segmentsModel(
  sampled: ReadonlyArray<{ id: SeriesId; segments: Segments }>,
  xDomain: readonly [number, number],
  options: { frame?: Frame; yDomain?: readonly [number, number] } = {},
): ChartModel {
  const frame = options.frame ?? defaultFrame;
  const yDomain = options.yDomain
    ? ([options.yDomain[0], options.yDomain[1]] as [number, number])
    : yExtent(sampled.map((s) => s.segments));
  const { x, y } = chartScales(frame, xDomain, yDomain);
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    frame,
    xDomain: [xDomain[0], xDomain[1]],
    yDomain,
    xTicks: scaleTicks(x, frame.width > 400 ? 9 : 5),
    yTicks: scaleTicks(y, 6),
    zero: {
      x: xDomain[0] <= 0 && xDomain[1] >= 0 ? round(x(0)) : null,
      y: yDomain[0] <= 0 && yDomain[1] >= 0 ? round(y(0)) : null,
    },
    paths: sampled.map((s) => ({ id: s.id, d: segmentsPath(s.segments, x, y) })),
    px: (v) => round(x(v)),
    py: (v) => round(y(v)),
  };
}
