// What the GLU page's island draws, without the numeric module: the figures' boxes, and the
// slice at value a from the gate activations sampled once at build time. The output is linear
// in a, so the slice at any a is the samples scaled by a: the browser multiplies, never evaluates
// erf or exp, and the page's script carries no copy of the registry.
import type { Frame } from './chart';
import { segmentsModel, type ChartModel } from './figure';
import { heatChart } from './heatmap';
import { sampleGrid } from './sample';
import type { SeriesId } from './series';

/** The gate b on the x-axis of every GLU figure. */
export const gluGateDomain = [-4, 4] as const;

/** The value a on the heatmaps' y-axis, and the slider's range. */
export const gluValueDomain = [-3, 3] as const;

/** The value a whose slice the page shows first. */
export const gluDefaultValue = 1;

/** Intervals of the slice's gate grid (the site's line charts use 240). */
export const gluSliceIntervals = 240;

/**
 * Frame of one heatmap (two per row on a wide screen): a plot area of 264 × 198, so the page's
 * 88 × 66 cells are 3 × 3 and every cell edge falls on a whole coordinate (short path data).
 */
export const gluHeatFrame: Frame = { width: 320, height: 248, margin: { top: 10, right: 10, bottom: 40, left: 46 } };

/** The frame geometry every heatmap shares (axes, scales): all the browser needs to move the slice line. */
export function gluHeatChart(): ChartModel {
  return heatChart(gluHeatFrame, gluGateDomain, gluValueDomain);
}

/** Each variant's gate activation act(b) on the slice grid, in its gate's series style. */
export interface GluSliceData {
  /** Kinks of the gates: the grid holds each (and 0) exactly. */
  kinks: number[];
  series: Array<{ id: SeriesId; values: number[] }>;
}

/** The gate grid of the slice chart: gluSliceIntervals steps over the gate domain, kinks included. */
export function gluSliceGrid(kinks: readonly number[]): Float64Array {
  return sampleGrid(gluGateDomain[0], gluGateDomain[1], gluSliceIntervals, kinks);
}

/** The slice chart at value a: a·act(b) for each variant, y-range from the data. */
export function gluSliceModel(a: number, data: GluSliceData, frame?: Frame): ChartModel {
  const grid = gluSliceGrid(data.kinks);
  const sampled = data.series.map((s) => {
    const runs: Array<Array<[number, number]>> = [[]];
    grid.forEach((b, i) => {
      const y = a * (s.values[i] ?? Number.NaN);
      if (Number.isFinite(y)) runs[runs.length - 1]?.push([b, y]);
      else if ((runs[runs.length - 1]?.length ?? 0) > 0) runs.push([]);
    });
    return { id: s.id, segments: runs.filter((r) => r.length > 0) };
  });
  return segmentsModel(sampled, gluGateDomain, frame ? { frame } : {});
}
