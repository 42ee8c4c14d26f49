import { activations, type ActivationId, type ParamValues } from '../math';
import type { SeriesId } from './series';

/** f, f′ and the kinks of one drawable curve under the given parameters. */
export interface CurveFunctions {
  f: (x: number) => number;
  df: (x: number) => number;
  kinks: readonly number[];
}

/** The registry entry behind a series, and the GELU form it fixes (if any). */
function source(id: SeriesId): { activation: ActivationId; approx?: 'erf' | 'tanh' | 'sigmoid' } {
  if (id === 'gelu-tanh') return { activation: 'gelu', approx: 'tanh' };
  if (id === 'gelu-sigmoid') return { activation: 'gelu', approx: 'sigmoid' };
  if (id === 'gelu') return { activation: 'gelu', approx: 'erf' };
  return { activation: id };
}

/** The functions of a series: `gelu-tanh` is GELU's tanh form, `leaky-relu` reads α, `silu` reads β. */
export function curveFunctions(id: SeriesId, params: ParamValues = {}): CurveFunctions {
  const { activation, approx } = source(id);
  const a = activations[activation];
  const p: ParamValues = approx ? { ...params, approx } : params;
  return { f: (x) => a.f(x, p), df: (x) => a.df(x, p), kinks: a.kinks };
}

/** The series a function page draws for its activation (GELU's follows the chosen form). */
export function seriesOf(id: ActivationId, approx: ParamValues['approx'] = 'erf'): SeriesId {
  if (id !== 'gelu' || approx === 'erf') return id;
  return approx === 'tanh' ? 'gelu-tanh' : 'gelu-sigmoid';
}
