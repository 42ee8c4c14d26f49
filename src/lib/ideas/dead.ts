import { geluGrad, leakyReluGrad, reluGrad } from '../math';
import { mixSeed, randomMulberry32, randomNormal } from './random';

/**
 * The slope below which a unit counts as dead: |f′(z)| < ε on every input. A step of
 * gradient descent moves such a unit's weights by less than a thousandth of what a unit with
 * slope 1 gets, so for ReLU (slope exactly 0) and for GELU far left (slope ≈ 10⁻⁵ at −5) the
 * figure tells the same story.
 */
export const deadEpsilon = 1e-3;

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
  /** A unit is dead when |f′| < epsilon at every input (default deadEpsilon). */
  epsilon?: number;
}

/** Bins of the histogram: share of inputs on which a ReLU unit passes no gradient. */
export const deadBins = 10;

/** Counts of one population. */
export interface DeadResult {
  units: number;
  inputs: number;
  /** The threshold used: a unit is dead when |f′| < epsilon at every input. */
  epsilon: number;
  /** Largest input drawn: a ReLU unit is dead exactly when its bias b ≤ −maxInput. */
  maxInput: number;
  /** Share of units whose slope |f′| is below epsilon for every input. */
  share: { relu: number; leaky: number; gelu: number };
  /**
   * ReLU units by the share of inputs on which their gradient is 0: `deadBins` bins of
   * [k/10, (k+1)/10) and, last, the units at exactly 100 % (dead).
   */
  histogram: number[];
}

/** Share of units (pre-activation z = x + b_j) whose |f′| is below `epsilon` at every input x. */
export function deadShare(
  df: (z: number) => number,
  biases: Float64Array,
  inputs: Float64Array,
  epsilon = deadEpsilon,
): number {
  let dead = 0;
  for (const b of biases) {
    let alive = false;
    for (const x of inputs)
      if (!(Math.abs(df(x + b)) < epsilon)) {
        alive = true;
        break;
      }
    if (!alive) dead++;
  }
  return biases.length === 0 ? 0 : dead / biases.length;
}

/**
 * The input below which GELU's slope stays under ε in absolute value (≈ −3.8 for ε = 10⁻³):
 * a GELU unit counts as dead exactly when all its pre-activations lie below it. Left of
 * x = −√2, |GELU′| grows monotonically with x, so bisection finds the one crossing.
 */
export function geluDeadBelow(epsilon = deadEpsilon): number {
  if (!(epsilon > 0 && epsilon < Math.abs(geluGrad(-Math.SQRT2))))
    throw new RangeError(`geluDeadBelow: epsilon must be in (0, ${Math.abs(geluGrad(-Math.SQRT2))}), got ${epsilon}`);
  let lo = -40;
  let hi = -Math.SQRT2;
  for (;;) {
    const mid = 0.5 * (lo + hi);
    if (mid === lo || mid === hi) return hi;
    if (Math.abs(geluGrad(mid)) < epsilon) lo = mid;
    else hi = mid;
  }
}

/**
 * A population of units z_j(x) = x + b_j with random biases b_j ~ N(0, 1) under inputs
 * x ~ N(shift, 1), seeded: how many units have a slope below ε on every input (dead), for
 * ReLU, Leaky ReLU (α) and GELU, and how often each ReLU unit is off.
 */
export function deadUnits(options: DeadOptions): DeadResult {
  const units = options.units ?? 1000;
  const count = options.inputs ?? 200;
  const epsilon = options.epsilon ?? deadEpsilon;
  const biasDraw = randomNormal(randomMulberry32(mixSeed(options.seed, 1)));
  const inputDraw = randomNormal(randomMulberry32(mixSeed(options.seed, 2)));
  const biases = Float64Array.from({ length: units }, () => biasDraw());
  const inputs = Float64Array.from({ length: count }, () => options.shift + inputDraw());
  const histogram = new Array<number>(deadBins + 1).fill(0);
  for (const b of biases) {
    let off = 0;
    for (const x of inputs) if (Math.abs(reluGrad(x + b)) < epsilon) off++;
    const bin = off === count ? deadBins : Math.floor((off / count) * deadBins);
    histogram[bin] = (histogram[bin] ?? 0) + 1;
  }
  const alpha = options.alpha;
  return {
    units,
    inputs: count,
    epsilon,
    maxInput: inputs.reduce((m, x) => Math.max(m, x), -Infinity),
    share: {
      relu: units === 0 ? 0 : (histogram[deadBins] ?? 0) / units,
      leaky: deadShare((z) => leakyReluGrad(z, alpha), biases, inputs, epsilon),
      gelu: deadShare(geluGrad, biases, inputs, epsilon),
    },
    histogram,
  };
}
