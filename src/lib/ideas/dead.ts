import { activation, geluGrad, leakyReluGrad, reluGrad, type ActivationId } from '../math';
import { ideaFocus } from './members';
import { mixSeed, randomMulberry32, randomNormal } from './random';

/**
 * The comparison every dead-units figure draws, whatever its page: the figure's science rests
 * on it. ReLU's slope is exactly 0 left of 0; Leaky ReLU's is α there (the reader's slider);
 * GELU's fades on the left but never reaches 0. Each has a row key of DeadResult.share (Leaky
 * ReLU's is `leaky`, as in the figure's URL key deadAlpha) and counts with the numeric
 * module's derivative, Leaky ReLU's at the slider's α.
 */
export const deadReferences = [
  { row: 'relu', id: 'relu' },
  { row: 'leaky', id: 'leaky-relu' },
  { row: 'gelu', id: 'gelu' },
] as const;

/**
 * The activations a dead-units figure counts beyond the references: the page's own when its
 * entry lists the figure and it is not a reference already (ELU, Softplus, Hardswish).
 */
export function deadExtras(focus?: unknown): ActivationId[] {
  const own = ideaFocus('dead', focus);
  return own && !deadReferences.some((r) => r.id === own) ? [own] : [];
}

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
  /** Activations counted beside the references, at their default parameters (deadExtras()). */
  extra?: readonly ActivationId[];
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
  /**
   * Share of units whose slope |f′| is below epsilon for every input: the references by row
   * key, the extra activations by id.
   */
  share: { readonly relu: number; readonly leaky: number; readonly gelu: number; readonly [id: string]: number };
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
 * The point where |df| first reaches `epsilon` between lo (where it is below) and hi (where it
 * is not), by bisection to the last double: hi when the two are adjacent.
 */
function crossing(df: (x: number) => number, epsilon: number, lo: number, hi: number): number {
  for (;;) {
    const mid = 0.5 * (lo + hi);
    if (mid === lo || mid === hi) return hi;
    if (Math.abs(df(mid)) < epsilon) lo = mid;
    else hi = mid;
  }
}

/**
 * The input below which GELU's slope stays under ε in absolute value (≈ −3.8 for ε = 10⁻³):
 * a GELU unit counts as dead exactly when all its pre-activations lie below it. Left of
 * x = −√2, |GELU′| grows monotonically with x, so bisection finds the one crossing.
 */
export function geluDeadBelow(epsilon = deadEpsilon): number {
  if (!(epsilon > 0 && epsilon < Math.abs(geluGrad(-Math.SQRT2))))
    throw new RangeError(`geluDeadBelow: epsilon must be in (0, ${Math.abs(geluGrad(-Math.SQRT2))}), got ${epsilon}`);
  return crossing(geluGrad, epsilon, -40, -Math.SQRT2);
}

/** Where deadBelow() starts looking, and its step: a grid of exact binary fractions holding every integer. */
const scanFrom = -40;
const scanStep = 1 / 8;

/**
 * The left edge of f′'s "dead" zone: the first x, coming from far left, where |f′(x)| reaches
 * ε (found on a grid of step 1/8 from −40, then by bisection). A unit whose pre-activations
 * all lie below it counts as dead. Hardswish: exactly −3 (its slope is 0 below −3, −0.5 at
 * −3); ELU with α = 1 and Softplus: ln ε, about −6.9; −∞ when |f′| ≥ ε already at −40 (Leaky
 * ReLU with α ≥ ε); NaN when |f′| < ε on the whole scan (no edge up to 40).
 */
export function deadBelow(df: (x: number) => number, epsilon = deadEpsilon): number {
  if (!(Math.abs(df(scanFrom)) < epsilon)) return Number.NEGATIVE_INFINITY;
  for (let x = scanFrom + scanStep; x <= -scanFrom; x += scanStep)
    if (!(Math.abs(df(x)) < epsilon)) return crossing(df, epsilon, x - scanStep, x);
  return Number.NaN;
}

/**
 * A population of units z_j(x) = x + b_j with random biases b_j ~ N(0, 1) under inputs
 * x ~ N(shift, 1), seeded: how many units have a slope below ε on every input (dead), for
 * ReLU, Leaky ReLU (α), GELU and the extra activations, and how often each ReLU unit is off.
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
  const extra: Record<ActivationId, number> = {};
  for (const id of options.extra ?? []) {
    const a = activation(id);
    extra[id] = deadShare((z) => a.df(z), biases, inputs, epsilon);
  }
  return {
    units,
    inputs: count,
    epsilon,
    maxInput: inputs.reduce((m, x) => Math.max(m, x), -Infinity),
    share: {
      relu: units === 0 ? 0 : (histogram[deadBins] ?? 0) / units,
      leaky: deadShare((z) => leakyReluGrad(z, alpha), biases, inputs, epsilon),
      gelu: deadShare(geluGrad, biases, inputs, epsilon),
      ...extra,
    },
    histogram,
  };
}
