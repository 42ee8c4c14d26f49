// What an activation is made of: the shape of a registry entry, and how an entry reads its
// parameters. Entries (./entries) import this file only, so the registry can import them.

/** The id of an activation, as it appears in URLs (`gelu`, `leaky-relu`). */
export type ActivationId = string;

/** The id of one drawable curve (an activation, or one fixed form of it: `gelu-tanh`). */
export type SeriesId = string;

/** GELU's forms: exact (erf), PyTorch's tanh approximation, and x·σ(1.702x). */
export type GeluApprox = 'erf' | 'tanh' | 'sigmoid';

/** The value of one parameter: a number (α, β) or a choice (GELU's form). */
export type ParamValue = number | string;

/** Parameter values by parameter id; an activation reads only its own and defaults the rest. */
export type ParamValues = Readonly<Record<string, ParamValue>>;

interface ParamBase {
  /** Id within its activation, the name f and df read (`alpha`). */
  id: string;
  /** Query key on the activation's own page (`?alpha=0.2`). */
  key: string;
  /** i18n key of the control's label. */
  labelKey: string;
  /** Also a control of the comparison page, under the same key (keys there must be unique). */
  onCompare?: boolean;
}

/** A numeric parameter with its slider range. */
export interface RangeParam extends ParamBase {
  kind: 'range';
  /** Symbol in readouts and formulas (α, β). */
  symbol: string;
  min: number;
  max: number;
  step: number;
  default: number;
  /** Decimals of the readout. */
  digits: number;
  /** Name key the curve goes by while this parameter is off its default (SiLU with β ≠ 1 is Swish). */
  renames?: string;
}

/** A parameter chosen from a list. */
export interface ChoiceParam extends ParamBase {
  kind: 'choice';
  options: ReadonlyArray<{ value: string; labelKey: string }>;
  default: string;
}

/** Any parameter of an activation. */
export type Param = RangeParam | ChoiceParam;

/** A point (x, y) that a page marks and labels: a minimum, or where the slope is largest. */
export interface SpecialPoint {
  kind: 'minimum' | 'maxSlope';
  x: number;
  /** f(x) */
  y: number;
  /** f′(x) */
  dy: number;
}

/** One colour per theme and one dash pattern: the same on every page and in every figure. */
export interface SeriesStyle {
  light: string;
  dark: string;
  /** SVG `stroke-dasharray`; empty for a solid line. */
  dash: string;
}

/** A drawable curve of an activation: the activation with some parameters fixed. */
export interface SeriesSpec {
  id: SeriesId;
  /** i18n key of the curve's name. */
  nameKey: string;
  /** Parameters this curve fixes (GELU's tanh form fixes approx = 'tanh'). */
  fixed?: ParamValues;
  style: SeriesStyle;
  /** The points a plot marks on this curve, computed for the given parameters. */
  special?: (p: ParamValues) => readonly SpecialPoint[];
}

/** A PyTorch constructor argument that mirrors one of the activation's parameters. */
export interface TorchArg {
  /** Python name (`negative_slope`). */
  name: string;
  /** The parameter it carries; none: the argument stays at PyTorch's default (Softplus' threshold). */
  param?: string;
  /** PyTorch's default, as the parameter's value. */
  default: ParamValue;
  /** For a choice: the Python string of each option PyTorch accepts (`erf` -> `none`). */
  values?: Readonly<Record<string, string>>;
}

/** The same call in another framework, with that framework's default spelled out. */
export interface FrameworkCall {
  call: string;
  /** The default that matters, as shown to readers (null: no parameter). */
  defaultText: string | null;
  /** The parameters that default computes, to compare with PyTorch's (null: no parameter). */
  defaultParams: ParamValues | null;
}

/** How PyTorch spells an activation: module, functional form and arguments. */
export interface TorchSpec {
  /** Class name in `torch.nn` (`LeakyReLU`). */
  module: string;
  /** Name in `torch.nn.functional` (`leaky_relu`). */
  functional: string;
  args: readonly TorchArg[];
  /**
   * Parameter values PyTorch has no module for, and the Python expression of `t` that
   * computes them (GELU's sigmoid form: `t * torch.sigmoid(1.702 * t)`); `op` names the
   * emulation in lib/torch.
   */
  expressions?: ReadonlyArray<{ when: ParamValues; source: string; op: string }>;
  /** Inputs where PyTorch's kernel prints nan though the mathematical limit is finite. */
  nanAt?: readonly number[];
  /** Notes under the example (i18n keys), each with optional Python code. */
  notes?: ReadonlyArray<{ key: string; code?: string }>;
  /** Notes under the other frameworks' calls (i18n keys). */
  frameworkNotes?: readonly string[];
  keras: FrameworkCall;
  jax: FrameworkCall;
}

/** The idea figures a function page can show, by id. */
export type IdeaId = 'gate' | 'approx' | 'dead' | 'depth';

/** A formula beside f and f′ (Φ for GELU, the swish family for SiLU). */
export interface ExtraFormula {
  labelKey: string;
  tex: string;
}

/** Families the glossary groups its entries by, in the glossary's order. */
export const families = ['rectifier', 'smooth', 'squashing', 'gated'] as const;

/** One family. */
export type Family = (typeof families)[number];

/**
 * What plots, URL state and islands need of one activation. Kept apart from the page's part
 * (TeX, PyTorch spelling, facts) so the browser bundles carry only this.
 */
export interface ActivationCurve {
  id: ActivationId;
  /** i18n key of the display name. */
  nameKey: string;
  params: readonly Param[];
  /** x where f is not differentiable; plot grids contain each exactly. */
  kinks: readonly number[];
  /** f(x); missing parameters take their defaults. */
  f(x: number, p?: ParamValues): number;
  /** f′(x), with PyTorch's conventions at kinks. */
  df(x: number, p?: ParamValues): number;
  /** The curves: the first is the activation at its defaults; others fix a form. */
  series: readonly [SeriesSpec, ...SeriesSpec[]];
  /** Shown on the comparison page by default. */
  compareDefault: boolean;
}

/** Everything pages need to know about one activation: its curve, and what its page says. */
export interface Activation extends ActivationCurve {
  family: Family;
  /** KaTeX-ready TeX of f and f′ for the given parameters, and extra formulas of the page. */
  tex: { f(p?: ParamValues): string; df(p?: ParamValues): string; extra?: readonly ExtraFormula[] };
  /** The lowest value where it is reached (`flat`: on a whole half-line); absent: none. */
  minimum?: (p: ParamValues) => { x: number; y: number; flat?: boolean };
  properties: {
    monotonic: boolean;
    smooth: 'kink' | 'smooth';
    /** Mean output near 0 for zero-mean input. */
    zeroCentred: boolean;
    cost: 'compare' | 'exp' | 'erf';
  };
  torch: TorchSpec;
  /** Idea figures that apply, in page order. */
  ideas: readonly IdeaId[];
  /** Numbers the page's prose quotes (`{{name|4}}`), computed by the numeric module. */
  facts?: () => Readonly<Record<string, number>>;
  /**
   * The work the function is cited for (a key of content/bibliography.yaml): the paper that
   * introduced it, or for older functions one that made it standard. The comparison table
   * reads its year and authors from the bibliography.
   */
  source: string;
}

/** What an entry adds to its curve: everything its page says. */
export type PagePart = Omit<Activation, keyof ActivationCurve>;

/**
 * An entry: its curve and its page's part. A function (called with a pure mark in each entry)
 * rather than a spread, so a browser bundle that never reads the entry drops it whole.
 */
export function withPage(curve: ActivationCurve, page: PagePart): Activation {
  return { ...curve, ...page };
}

/** The default of every parameter of an activation. */
export function paramDefaults(a: ActivationCurve): ParamValues {
  return Object.fromEntries(a.params.map((p) => [p.id, p.default]));
}

/** A range parameter's value in `p`, or its default when missing or not a finite number. */
export function paramNumber(p: ParamValues | undefined, spec: RangeParam): number {
  const v = p?.[spec.id];
  return typeof v === 'number' && Number.isFinite(v) ? v : spec.default;
}

/** A choice parameter's value in `p`, or its default when missing or not one of its options. */
export function paramChoice<T extends string>(
  p: ParamValues | undefined,
  spec: { id: string; options: ReadonlyArray<{ value: T }>; default: T },
): T {
  const v = p?.[spec.id];
  return spec.options.find((o) => o.value === v)?.value ?? spec.default;
}
