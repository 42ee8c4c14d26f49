// The GLU page's figures at build time: one heatmap of value × act(gate) per variant, and the
// gate activations sampled for the slice. Each variant is drawn in its gate's series style, so
// GEGLU has GELU's colour and dash here as everywhere. (The browser part is ./glu-slice.ts.)
import { curve } from '../math/curves';
import { gluFunction, gluGate, gluVariants, type GluVariant } from '../math/glu';
import { gluGateDomain, gluHeatFrame, gluSliceGrid, gluValueDomain, type GluSliceData } from './glu-slice';
import { heatmapModel, type HeatmapModel } from './heatmap';
import type { SeriesId } from './series';

/** The series whose colour and dash a variant takes: its gate's main series. */
export function gluSeries(variant: GluVariant): SeriesId {
  return curve(variant.gate).series[0].id;
}

/** The heatmap of one variant over gate × value (build time only: it never changes). */
export function gluHeatmap(variant: GluVariant, cells: { nx: number; ny: number } = { nx: 88, ny: 66 }): HeatmapModel {
  const f = gluFunction(variant);
  return heatmapModel({
    f: (gate, value) => f(value, gate),
    xDomain: gluGateDomain,
    yDomain: gluValueDomain,
    nx: cells.nx,
    ny: cells.ny,
    frame: gluHeatFrame,
  });
}

/**
 * Every variant's gate activation on the slice grid, from the registry, to 7 significant
 * digits (a millionth of a pixel on the chart): the data the build-time chart and the island
 * both draw from.
 */
export function gluSliceData(): GluSliceData {
  const kinks = [...new Set(gluVariants.flatMap((v) => curve(v.gate).kinks))].sort((a, b) => a - b);
  const grid = gluSliceGrid(kinks);
  return {
    kinks,
    series: gluVariants.map((v) => {
      const act = gluGate(v);
      return { id: gluSeries(v), values: Array.from(grid, (b) => Number(act(b).toPrecision(7))) };
    }),
  };
}
