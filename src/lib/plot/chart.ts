import { scaleLinear, type LinearScale } from './linear';

/** Pixel geometry of one chart: the SVG viewBox size and the margins around the plot area. */
export interface Frame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** The default frame of the site's charts (the viewBox keeps the aspect ratio: no layout shift). */
export const defaultFrame: Frame = { width: 640, height: 300, margin: { top: 14, right: 16, bottom: 44, left: 56 } };

/**
 * The default frame resized to a chart's rendered box (CSS px), so one viewBox unit is one
 * pixel and text keeps its CSS size at any width; sizes below 200 × 160 (a box not laid out
 * yet) fall back to that minimum.
 */
export function fitFrame(width: number, height: number): Frame {
  const w = Number.isFinite(width) ? Math.max(200, Math.round(width)) : defaultFrame.width;
  const h = Number.isFinite(height) ? Math.max(160, Math.round(height)) : defaultFrame.height;
  return { ...defaultFrame, width: w, height: h };
}

/**
 * Whether the build-time drawing (the default frame) already suits a box of this size: the
 * same aspect ratio within 1 % and text of 11 to 15 CSS px (its 12 units scaled by the box).
 * Such a box is left as built: nothing to redraw after the page's first paint.
 */
export function fitsDefault(width: number, height: number): boolean {
  const scale = width / defaultFrame.width;
  return (
    Math.abs(height / width / (defaultFrame.height / defaultFrame.width) - 1) < 0.01 &&
    scale * 12 >= 11 &&
    scale * 12 <= 15
  );
}

/** A polyline broken wherever the curve is not finite: a list of [x, y] runs. */
export type Segments = ReadonlyArray<ReadonlyArray<readonly [number, number]>>;

/** The x and y scales of a frame over the given domains. */
export function chartScales(
  frame: Frame,
  xDomain: readonly [number, number],
  yDomain: readonly [number, number],
): { x: LinearScale; y: LinearScale } {
  const { width, height, margin } = frame;
  return {
    x: scaleLinear(xDomain, [margin.left, width - margin.right]),
    y: scaleLinear(yDomain, [height - margin.bottom, margin.top]),
  };
}

/**
 * A y-domain that holds every finite y of the segments with a little headroom, always
 * including 0 so the zero line is on the chart.
 */
export function yExtent(segmentsList: readonly Segments[], pad = 0.08): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const segments of segmentsList)
    for (const run of segments)
      for (const [, y] of run) {
        if (y < lo) lo = y;
        if (y > hi) hi = y;
      }
  if (hi - lo < 1e-9) hi = lo + 1;
  const span = hi - lo;
  return [lo - span * pad, hi + span * pad];
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/**
 * The SVG path `d` of the segments: straight lines only (`M` then `L`s per finite run), so
 * ReLU's corner stays a corner; coordinates rounded to 0.01 px.
 */
export function segmentsPath(segments: Segments, x: LinearScale, y: LinearScale): string {
  let d = '';
  for (const run of segments) {
    for (let i = 0; i < run.length; i++) {
      const p = run[i] as readonly [number, number];
      d += `${i === 0 ? 'M' : 'L'}${r2(x(p[0]))},${r2(y(p[1]))}`;
    }
  }
  return d;
}

/** Tick values of a scale with their pixel positions (rounded to 0.01 px). */
export function scaleTicks(scale: LinearScale, count: number): Array<{ value: number; pos: number }> {
  return scale.ticks(count).map((value) => ({ value, pos: Math.round(scale(value) * 100) / 100 }));
}
