import { activation, type ActivationId } from '../math';
import { ideaFocus, ideaMembers, inSiteOrder } from './members';
import { quantileSorted } from './quantile';
import { mixSeed, randomMulberry32, randomNormal } from './random';

/**
 * The curves every depth figure draws, whatever its page: the comparison the figure's
 * science rests on. ReLU passes a gradient with slope 1 wherever a unit is on (He's
 * initialisation is tuned for it), Sigmoid's slope never exceeds 1/4 (the textbook vanishing
 * gradient), and GELU is the site's subject. The takeaway compares their numbers.
 */
export const depthReferences = ['relu', 'gelu', 'sigmoid'] as const;
/** One of the references. */
export type DepthReference = (typeof depthReferences)[number];

/**
 * The activations one depth figure simulates, in the site's order: the references and the
 * page's own activation when its entry lists the figure. Without such a focus (the comparison
 * page) the references and the entries listing the figure that the comparison page shows by
 * default (today SiLU). Every activation listing 'depth' at once would be 7 curves: too
 * tangled to read, and about 1.5× the work per slider move (≈ 50 ms at L = 50, the budget of
 * scripts/bench-ideas.mjs), so each page shows its own activation against the fixed references.
 */
export function depthIds(focus?: unknown): ActivationId[] {
  const own = ideaFocus('depth', focus);
  const extra = own ? [own] : ideaMembers('depth').filter((id) => activation(id).compareDefault);
  return inSiteOrder([...depthReferences, ...extra]);
}

/**
 * Weight initialisations: He (variance 2/n) or Xavier/Glorot (2/(fan_in + fan_out), which for
 * these square n×n layers is 1/n, the same as LeCun's 1/fan_in that SELU is designed for).
 */
export type DepthInit = 'he' | 'xavier';

/** Median and 10 % / 90 % quantiles of a set of gradient magnitudes. */
export interface GradientBand {
  q10: number;
  median: number;
  q90: number;
}

/** Deepest chain the figure offers. */
export const maxDepth = 50;

/**
 * The chain's weights: `depth` square n×n matrices (row-major) of standard normal draws, layer
 * l from its own stream, so a deeper chain keeps the shallower one's layers. The
 * initialisation's scale is applied in the passes, so one draw serves He and Xavier.
 */
export function chainWeights(seed: number, n: number, depth: number): Float64Array[] {
  return Array.from({ length: depth }, (_, l) => chainLayer(seed, n, l));
}

/** Layer l (0-based) of chainWeights(seed, n, ·): its own stream, so layers can be drawn on demand. */
export function chainLayer(seed: number, n: number, l: number): Float64Array {
  const normal = randomNormal(randomMulberry32(mixSeed(seed, l + 1)));
  const w = new Float64Array(n * n);
  for (let i = 0; i < w.length; i++) w[i] = normal();
  return w;
}

/** Standard normal vectors: `batch` rows of n, from stream `stream` of the seed. */
export function normalBatch(seed: number, stream: number, batch: number, n: number): Float64Array {
  const normal = randomNormal(randomMulberry32(mixSeed(seed, stream)));
  const out = new Float64Array(batch * n);
  for (let i = 0; i < out.length; i++) out[i] = normal();
  return out;
}

/**
 * Forward then backward passes through layers a_l = f(s·W_l a_(l−1)) for each of `batch`
 * inputs (rows of `inputs`), with ∂loss/∂a_L = the matching row of `upstream`. Returns, for
 * l = 1 … L, the gradients ∂loss/∂a_(l−1) reaching layer l's input: entry 0 is what reaches
 * layer 1 (batch × n values each).
 * @example L = 1: ∂loss/∂a_0 = s·W_1ᵀ (f′(s·W_1 a_0) ⊙ upstream)
 */
export function chainGradients(
  weights: readonly Float64Array[],
  n: number,
  scale: number,
  f: (x: number) => number,
  df: (x: number) => number,
  inputs: Float64Array,
  upstream: Float64Array,
): Float64Array[] {
  const depth = weights.length;
  const batch = inputs.length / n;
  const grads = Array.from({ length: depth }, () => new Float64Array(batch * n));
  // Pre-activations of every layer are kept for the backward pass (f′ is taken at them).
  const pre = Array.from({ length: depth }, () => new Float64Array(n));
  const delta = new Float64Array(n);
  for (let b = 0; b < batch; b++) {
    let a = inputs.subarray(b * n, (b + 1) * n);
    for (let l = 0; l < depth; l++) {
      const w = weights[l] as Float64Array;
      const z = pre[l] as Float64Array;
      const next = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        let s = 0;
        const row = i * n;
        for (let j = 0; j < n; j++) s += (w[row + j] as number) * (a[j] as number);
        z[i] = s * scale;
        next[i] = f(z[i] as number);
      }
      a = next;
    }
    let g = upstream.subarray(b * n, (b + 1) * n);
    for (let l = depth - 1; l >= 0; l--) {
      const w = weights[l] as Float64Array;
      const z = pre[l] as Float64Array;
      for (let i = 0; i < n; i++) delta[i] = df(z[i] as number) * (g[i] as number) * scale;
      const out = (grads[l] as Float64Array).subarray(b * n, (b + 1) * n);
      for (let i = 0; i < n; i++) {
        const d = delta[i] as number;
        if (d === 0) continue;
        const row = i * n;
        for (let j = 0; j < n; j++) out[j] = (out[j] as number) + (w[row + j] as number) * d;
      }
      g = out;
    }
  }
  return grads;
}

/** Median and 10–90 % band of |values|. */
export function magnitudeBand(values: Float64Array): GradientBand {
  const sorted = Float64Array.from(values, Math.abs).sort();
  return { q10: quantileSorted(sorted, 0.1), median: quantileSorted(sorted, 0.5), q90: quantileSorted(sorted, 0.9) };
}

/** The settings of one run of the experiment. */
export interface DepthOptions {
  seed: number;
  /** Chain length L, 1 … 50. */
  depth: number;
  /** Width n of every layer. */
  width: number;
  init: DepthInit;
  /** Inputs pushed through the chain (each gives n gradients per layer). */
  batch?: number;
  /** Standard normal weights from chainWeights(seed, width, ≥ depth), to reuse between runs. */
  weights?: readonly Float64Array[];
  /** The activations to run (default depthIds(): the comparison page's set); the references always run. */
  ids?: readonly ActivationId[];
}

/**
 * Per activation id, the band of |gradient| reaching each layer's input: entry 0 is layer 1.
 * The references are always there.
 */
export type DepthResult = Readonly<Record<DepthReference, GradientBand[]>> &
  Readonly<Record<ActivationId, GradientBand[]>>;

/**
 * The deep-chain experiment: the same seeded weights, inputs and upstream gradient pushed
 * through L layers of each activation (actual forward and backward passes with the registry's
 * f and f′ at default parameters), summarised per layer.
 */
export function depthExperiment(options: DepthOptions): DepthResult {
  const { seed, depth, width: n, init } = options;
  const batch = options.batch ?? 4;
  const all = options.weights ?? chainWeights(seed, n, depth);
  const weights = all.slice(0, depth);
  const scale = Math.sqrt((init === 'he' ? 2 : 1) / n);
  // Streams 0 and above 50 are not layers: inputs and upstream gradients.
  const inputs = normalBatch(seed, 1001, batch, n);
  const upstream = normalBatch(seed, 1002, batch, n);
  const result: Record<ActivationId, GradientBand[]> = {};
  for (const id of inSiteOrder([...depthReferences, ...(options.ids ?? depthIds())])) {
    const a = activation(id);
    const f = (x: number) => a.f(x);
    const df = (x: number) => a.df(x);
    result[id] = chainGradients(weights, n, scale, f, df, inputs, upstream).map(magnitudeBand);
  }
  return result as DepthResult;
}
