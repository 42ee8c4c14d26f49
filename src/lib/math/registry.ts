import { gelu, geluGrad } from './gelu.ts';
import { geluSigmoid, geluSigmoidGrad } from './gelu-sigmoid.ts';
import { geluTanh, geluTanhGrad } from './gelu-tanh.ts';
import { leakyRelu, leakyReluGrad } from './leaky-relu.ts';
import { relu, reluGrad } from './relu.ts';
import { sigmoid, sigmoidGrad } from './sigmoid.ts';
import { silu, siluGrad } from './silu.ts';
import { swish, swishGrad } from './swish.ts';
import * as tex from './tex.ts';

/** The activations the site explains, as they appear in URLs. */
export type ActivationId = 'gelu' | 'relu' | 'leaky-relu' | 'silu' | 'sigmoid';

/** GELU's forms: exact (erf), PyTorch's tanh approximation, and x·σ(1.702x). */
export type GeluApprox = 'erf' | 'tanh' | 'sigmoid';

/** A numeric parameter with its slider range. */
export interface RangeParam {
  kind: 'range';
  id: 'alpha' | 'beta';
  min: number;
  max: number;
  step: number;
  default: number;
  /** When true, `min` itself is not allowed (β > 0). */
  minExclusive?: boolean;
}

/** A parameter chosen from a list. */
export interface ChoiceParam {
  kind: 'choice';
  id: 'approx';
  options: readonly GeluApprox[];
  default: GeluApprox;
}

/** Any parameter of an activation. */
export type Param = RangeParam | ChoiceParam;

/** Parameter values; each activation reads only its own and defaults the rest. */
export interface ParamValues {
  alpha?: number;
  beta?: number;
  approx?: GeluApprox;
}

/** The validated, defaulted parameters of activation I (only the ones it has). */
export type ResolvedParams<I extends ActivationId> = I extends 'leaky-relu'
  ? { alpha: number }
  : I extends 'silu'
    ? { beta: number }
    : I extends 'gelu'
      ? { approx: GeluApprox }
      : Record<never, never>;

/** Everything pages and islands need to know about one activation. */
export interface Activation {
  id: ActivationId;
  /** i18n key of the display name. */
  nameKey: string;
  /** Class name in `torch.nn`. */
  torchModule: string;
  params: readonly Param[];
  /** x where f is not differentiable; plot grids contain each exactly. */
  kinks: readonly number[];
  /** f(x); p is assumed valid (see validateParams), missing values take their defaults. */
  f(x: number, p?: ParamValues): number;
  /** f′(x), with PyTorch's conventions at kinks. */
  df(x: number, p?: ParamValues): number;
  /** KaTeX-ready TeX of f and f′ for the given parameters. */
  tex: { f(p?: ParamValues): string; df(p?: ParamValues): string };
  properties: {
    monotonic: boolean;
    smooth: 'kink' | 'smooth';
    /** Mean output near 0 for zero-mean input (true of tanh; of none of these five). */
    zeroCentred: boolean;
    cost: 'compare' | 'exp' | 'erf';
  };
}

const alphaParam: RangeParam = { kind: 'range', id: 'alpha', min: 0, max: 1, step: 0.01, default: 0.01 };
const betaParam: RangeParam = {
  kind: 'range',
  id: 'beta',
  min: 0,
  max: 10,
  step: 0.05,
  default: 1,
  minExclusive: true,
};
const approxParam: ChoiceParam = { kind: 'choice', id: 'approx', options: ['erf', 'tanh', 'sigmoid'], default: 'erf' };

const geluForms = {
  erf: { f: gelu, df: geluGrad, tex: tex.texGelu, dtex: tex.texGeluGrad },
  tanh: { f: geluTanh, df: geluTanhGrad, tex: tex.texGeluTanh, dtex: tex.texGeluTanhGrad },
  sigmoid: { f: geluSigmoid, df: geluSigmoidGrad, tex: tex.texGeluSigmoid, dtex: tex.texGeluSigmoidGrad },
} as const;

const geluForm = (p?: ParamValues) => geluForms[p?.approx ?? 'erf'];
const alphaOf = (p?: ParamValues) => p?.alpha ?? alphaParam.default;
const betaOf = (p?: ParamValues) => p?.beta ?? betaParam.default;

/** The registry: id -> activation, read by every page and island. */
export const activations: Readonly<Record<ActivationId, Activation>> = Object.freeze({
  gelu: {
    id: 'gelu',
    nameKey: 'fn.gelu',
    torchModule: 'GELU',
    params: [approxParam],
    kinks: [],
    f: (x, p) => geluForm(p).f(x),
    df: (x, p) => geluForm(p).df(x),
    tex: { f: (p) => geluForm(p).tex, df: (p) => geluForm(p).dtex },
    properties: { monotonic: false, smooth: 'smooth', zeroCentred: false, cost: 'erf' },
  },
  relu: {
    id: 'relu',
    nameKey: 'fn.relu',
    torchModule: 'ReLU',
    params: [],
    kinks: [0],
    f: (x) => relu(x),
    df: (x) => reluGrad(x),
    tex: { f: () => tex.texRelu, df: () => tex.texReluGrad },
    properties: { monotonic: true, smooth: 'kink', zeroCentred: false, cost: 'compare' },
  },
  'leaky-relu': {
    id: 'leaky-relu',
    nameKey: 'fn.leakyRelu',
    torchModule: 'LeakyReLU',
    params: [alphaParam],
    kinks: [0],
    f: (x, p) => leakyRelu(x, alphaOf(p)),
    df: (x, p) => leakyReluGrad(x, alphaOf(p)),
    tex: { f: (p) => tex.texLeakyRelu(p?.alpha), df: (p) => tex.texLeakyReluGrad(p?.alpha) },
    properties: { monotonic: true, smooth: 'kink', zeroCentred: false, cost: 'compare' },
  },
  silu: {
    id: 'silu',
    nameKey: 'fn.silu',
    torchModule: 'SiLU',
    params: [betaParam],
    kinks: [],
    // β = 1 is plain SiLU; any other β is swish, which nn.SiLU itself does not offer.
    f: (x, p) => (betaOf(p) === 1 ? silu(x) : swish(x, betaOf(p))),
    df: (x, p) => (betaOf(p) === 1 ? siluGrad(x) : swishGrad(x, betaOf(p))),
    tex: { f: (p) => tex.texSilu(p?.beta), df: (p) => tex.texSiluGrad(p?.beta) },
    properties: { monotonic: false, smooth: 'smooth', zeroCentred: false, cost: 'exp' },
  },
  sigmoid: {
    id: 'sigmoid',
    nameKey: 'fn.sigmoid',
    torchModule: 'Sigmoid',
    params: [],
    kinks: [],
    f: (x) => sigmoid(x),
    df: (x) => sigmoidGrad(x),
    tex: { f: () => tex.texSigmoid, df: () => tex.texSigmoidGrad },
    properties: { monotonic: true, smooth: 'smooth', zeroCentred: false, cost: 'exp' },
  },
});

/** The ids in the site's order. */
export const activationIds: readonly ActivationId[] = Object.freeze(['gelu', 'relu', 'leaky-relu', 'silu', 'sigmoid']);

/** Whether v lies in the slider range of p (NaN never does). */
function inRange(p: RangeParam, v: number): boolean {
  return (p.minExclusive ? v > p.min : v >= p.min) && v <= p.max;
}

/**
 * The parameters of activation `id` from untrusted values: missing ones take their
 * defaults, others are checked. Throws a RangeError for alpha outside [0, 1], beta outside
 * (0, 10], NaN, a non-number or an unknown approx; values of other activations are ignored.
 */
export function validateParams<I extends ActivationId>(id: I, p: ParamValues = {}): ResolvedParams<I> {
  const spec = activations[id];
  if (!spec) throw new RangeError(`validateParams: unknown activation "${String(id)}"`);
  const out: Record<string, number | GeluApprox> = {};
  for (const param of spec.params) {
    const value: unknown = p[param.id];
    if (value === undefined) {
      out[param.id] = param.default;
    } else if (param.kind === 'range') {
      if (typeof value !== 'number' || !inRange(param, value)) {
        const open = param.minExclusive ? '(' : '[';
        throw new RangeError(
          `${id}: ${param.id} must be a number in ${open}${param.min}, ${param.max}], got ${String(value)}`,
        );
      }
      out[param.id] = value;
    } else {
      const option = param.options.find((o) => o === value);
      if (option === undefined)
        throw new RangeError(`${id}: approx must be one of ${param.options.join(', ')}, got ${String(value)}`);
      out[param.id] = option;
    }
  }
  return out as ResolvedParams<I>;
}
