import {
  series,
  seriesFunctions,
  type ActivationId,
  type ParamValues,
  type SeriesId,
  type SpecialPoint,
} from '../math/curves';
import { chartModel, type ChartModel } from './figure';
import type { Frame } from './chart';

/** What a pair of charts shows: curves (the first is the page's own), their parameters, x-range. */
export interface SceneSpec {
  shown: readonly SeriesId[];
  /** The parameters of an activation in this scene. */
  params: (id: ActivationId) => ParamValues;
  range: number;
}

/** A shown curve's f and f′ under the scene's parameters. */
export interface SceneCurve {
  id: SeriesId;
  f: (x: number) => number;
  df: (x: number) => number;
  kinks: readonly number[];
}

/** The functions of every shown curve, with the scene's parameters. */
export function sceneCurves(spec: SceneSpec): SceneCurve[] {
  return spec.shown.map((id) => ({ id, ...seriesFunctions(id, spec.params(series(id).activation.id)) }));
}

/** Both charts of a scene: f and f′ of every shown curve over [−range, range]. */
export function sceneModels(
  spec: SceneSpec,
  frame?: Frame,
): { shown: readonly SeriesId[]; f: ChartModel; df: ChartModel } {
  const curves = sceneCurves(spec);
  const domain = [-spec.range, spec.range] as const;
  const options = frame ? { frame } : {};
  return {
    shown: spec.shown,
    f: chartModel(
      curves.map((c) => ({ id: c.id, f: c.f, kinks: c.kinks })),
      domain,
      options,
    ),
    df: chartModel(
      curves.map((c) => ({ id: c.id, f: c.df, kinks: c.kinks })),
      domain,
      options,
    ),
  };
}

/** The special points of the shown curves, computed live: (x, f(x)) and (x, f′(x)). */
export function specialPoints(spec: SceneSpec): Array<SpecialPoint & { series: SeriesId }> {
  return spec.shown.flatMap((id) => {
    const s = series(id);
    return (s.special?.(spec.params(s.activation.id)) ?? []).map((p) => ({ ...p, series: id }));
  });
}
