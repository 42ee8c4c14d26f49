import { gelu, normalCdf } from '../math';
import { mixSeed, randomMulberry32 } from './random';

/** The Monte Carlo estimate of GELU(x) = E[x·m], m ~ Bernoulli(Φ(x)), from n seeded draws. */
export interface GateEstimate {
  x: number;
  /** Draws made. */
  n: number;
  /** Draws with m = 1 (the input passed the gate). */
  kept: number;
  /** Sample mean of x·m. */
  mean: number;
  /** Standard error of that mean: |x|·√(Φ(x)(1 − Φ(x))/n), the estimator's exact spread. */
  se: number;
  /** GELU(x), the value the mean converges to. */
  exact: number;
  /** The first draws' masks (up to `keepMasks` of them), for drawing the dots. */
  masks: Uint8Array;
}

/** Sample counts the figure offers per input. */
export const gateSampleCounts = [1, 10, 100, 1000] as const;

/**
 * The seeded stream of input x: keyed by x in steps of 1/1000, so the same x draws the same
 * masks whatever grid it sits in, and n = 10 sees the first ten of n = 1000's draws.
 */
export function gateStream(seed: number, x: number): () => number {
  return randomMulberry32(mixSeed(seed, Math.round(x * 1000)));
}

/**
 * Draws n masks m ~ Bernoulli(Φ(x)) from `rng` and estimates GELU(x) by the mean of x·m.
 * @example gateEstimate(1, 1000, gateStream(7, 1)).mean // ≈ 0.8413 ± 0.0116
 */
export function gateEstimate(x: number, n: number, rng: () => number, keepMasks = 0): GateEstimate {
  const p = normalCdf(x);
  const masks = new Uint8Array(Math.min(n, keepMasks));
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const m = rng() < p ? 1 : 0;
    kept += m;
    if (i < masks.length) masks[i] = m;
  }
  return {
    x,
    n,
    kept,
    mean: n > 0 ? (x * kept) / n : 0,
    se: n > 0 ? Math.abs(x) * Math.sqrt((p * (1 - p)) / n) : 0,
    exact: gelu(x),
    masks,
  };
}

/** The estimate at every x of a grid, each from its own stream of the seed. */
export function gateGrid(seed: number, xs: readonly number[], n: number, keepMasks = 0): GateEstimate[] {
  return xs.map((x) => gateEstimate(x, n, gateStream(seed, x), keepMasks));
}
