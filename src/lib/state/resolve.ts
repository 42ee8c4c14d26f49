import { activations, type ActivationId, type GeluApprox } from '../math';
import { curveIds, stateLimits, type CurveId, type ViewState } from './view';

/** The page a view belongs to: one activation's page, or the comparison page. */
export type ViewPage = ActivationId | 'compare';

/** A complete view: every field has a value. */
export interface ResolvedView {
  x: number;
  alpha: number;
  beta: number;
  approx: GeluApprox;
  range: number;
  deriv: boolean;
  /** Overlays on a function page; the shown curves on the comparison page. */
  compare: CurveId[];
}

function paramDefault(id: ActivationId, param: 'alpha' | 'beta'): number {
  const p = activations[id].params.find((q) => q.id === param);
  if (!p || p.kind !== 'range') throw new Error(`${id} has no ${param}`);
  return p.default;
}

/** The default view of a page (what a link without parameters shows). */
export function defaultView(page: ViewPage): ResolvedView {
  return {
    x: 1,
    alpha: paramDefault('leaky-relu', 'alpha'),
    beta: paramDefault('silu', 'beta'),
    approx: 'erf',
    range: 4,
    deriv: true,
    compare: page === 'compare' ? ['gelu', 'relu', 'leaky-relu', 'silu', 'sigmoid'] : [],
  };
}

/**
 * The view of a page from a parsed query: defaults filled in, the probe kept inside the
 * x-range, and a function page's own curve never listed as its overlay.
 */
export function resolveView(page: ViewPage, state: ViewState): ResolvedView {
  const d = defaultView(page);
  const range = state.range ?? d.range;
  const x = Math.min(range, Math.max(-range, state.x ?? d.x));
  let compare = state.compare ?? d.compare;
  if (page !== 'compare') compare = compare.filter((c) => c !== page);
  return {
    x: x === 0 ? 0 : x,
    alpha: state.alpha ?? d.alpha,
    beta: state.beta ?? d.beta,
    approx: state.approx ?? d.approx,
    range,
    deriv: state.deriv ?? d.deriv,
    compare: curveIds.filter((c) => compare.includes(c)),
  };
}

/** The smallest allowed β (the slider's lower end; β = 0 is excluded). */
export const betaMin = stateLimits.beta[0];
