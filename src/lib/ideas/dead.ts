import { geluGrad, leakyReluGrad, reluGrad } from '../math';
import { mixSeed, randomMulberry32, randomNormal } from './random';

/** The settings of one population of units. */
export interface DeadOptions {
  seed: number;
  /** Mean μ of the input distribution N(μ, 1): negative values push every unit toward "off". */
  shift: number;
  /** Leaky ReLU's slope α for x < 0. */
  alpha: number;
  /** Units in the population (each with its own bias b ~ N(0, 1)). */
  units?: number;
  /** Inputs every unit sees. */
  inputs?: number;
}

/** Bins of the histogram: share of inputs on which a ReLU unit passes no gradient. */
export const deadBins = 10;

/** Counts of one population. */
export interface DeadResult {
  units: number;
  inputs: number;
  /** Largest input drawn: a ReLU unit is dead exactly when its bias b ≤ −maxInput. */
  maxInput: number;
  /** Share of units whose gradient is exactly 0 for every input. */
  share: { relu: number; leaky: number; gelu: number };
  /**
   * ReLU units by the share of inputs on which their gradient is 0: `deadBins` bins of
   * [k/10, (k+1)/10) and, last, the units at exactly 100 % (dead).
   */
  histogram: number[];
}

/** Share of units (pre-activation z = x + b_j) whose f′ is exactly 0 at every input x. */
export function deadShare(df: (z: number) => number, biases: Float64Array, inputs: Float64Array): number {
  let dead = 0;
  for (const b of biases) {
    let alive = false;
    for (const x of inputs)
      if (df(x + b) !== 0) {
        alive = true;
        break;
      }
    if (!alive) dead++;
  }
  return biases.length === 0 ? 0 : dead / biases.length;
}

/**
 * A population of units z_j(x) = x + b_j with random biases b_j ~ N(0, 1) under inputs
 * x ~ N(shift, 1), seeded: how many units never pass a gradient, for ReLU, Leaky ReLU (α)
 * and GELU, and how often each ReLU unit is off.
 */
export function deadUnits(options: DeadOptions): DeadResult {
  const units = options.units ?? 1000;
  const count = options.inputs ?? 200;
  const biasDraw = randomNormal(randomMulberry32(mixSeed(options.seed, 1)));
  const inputDraw = randomNormal(randomMulberry32(mixSeed(options.seed, 2)));
  const biases = Float64Array.from({ length: units }, () => biasDraw());
  const inputs = Float64Array.from({ length: count }, () => options.shift + inputDraw());
  const histogram = new Array<number>(deadBins + 1).fill(0);
  for (const b of biases) {
    let off = 0;
    for (const x of inputs) if (reluGrad(x + b) === 0) off++;
    const bin = off === count ? deadBins : Math.floor((off / count) * deadBins);
    histogram[bin] = (histogram[bin] ?? 0) + 1;
  }
  const alpha = options.alpha;
  return {
    units,
    inputs: count,
    maxInput: inputs.reduce((m, x) => Math.max(m, x), -Infinity),
    share: {
      relu: units === 0 ? 0 : (histogram[deadBins] ?? 0) / units,
      leaky: deadShare((z) => leakyReluGrad(z, alpha), biases, inputs),
      gelu: deadShare(geluGrad, biases, inputs),
    },
    histogram,
  };
}
