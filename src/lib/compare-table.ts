// The comparison table's data: one row per registry entry, every cell computed from the entry
// (its f and f′ at the defaults, its minimum, its properties, its PyTorch spec). Pure: the page
// formats the numbers for its locale and looks the source up in the bibliography.
import { activationIds, activation, paramDefaults, type Activation, type TorchArg } from './math/registry.ts';
import { reprFloat } from './torch/pyfloat.ts';

/** One end of a range: its value (±Infinity when unbounded) and whether the function reaches it. */
export interface RangeEnd {
  value: number;
  closed: boolean;
}

/** The lowest value of a function and where it is reached (`flat`: on a whole half-line). */
export interface TableMinimum {
  x: number;
  y: number;
  flat: boolean;
}

/** Cost classes in increasing order of work per element, for sorting. */
export const costOrder = ['compare', 'exp', 'erf'] as const;

/** One row of the comparison table, for an activation at its default parameters. */
export interface CompareRow {
  id: string;
  /** i18n key of the display name. */
  nameKey: string;
  /** TeX of f, with parameters as symbols (α, β). */
  tex: string;
  /** inf and sup of f over the real line. */
  lower: RangeEnd;
  upper: RangeEnd;
  boundedBelow: boolean;
  boundedAbove: boolean;
  monotonic: boolean;
  /** Infinitely differentiable everywhere (no kink). */
  smooth: boolean;
  zeroCentred: boolean;
  /** f(0) and f′(0) with PyTorch's conventions at kinks. */
  valueAtZero: number;
  slopeAtZero: number;
  minimum: TableMinimum | null;
  cost: Activation['properties']['cost'];
  /** The PyTorch module with its default arguments spelled out: `nn.ELU(alpha=1.0)`. */
  torch: string;
  /** Bibliography key of the work the function is cited for. */
  source: string;
}

/** A default argument as PyTorch's signature writes it: `1.0`, `0.01`, `'none'`. */
function pythonDefault(arg: TorchArg): string {
  const v = arg.default;
  if (typeof v === 'number') return reprFloat(v);
  return `'${arg.values?.[v] ?? v}'`;
}

/** `nn.Module(arg=default, ...)` with every argument PyTorch documents besides `inplace`. */
export function torchSignature(a: Activation): string {
  const args = a.torch.args.map((arg) => `${arg.name}=${pythonDefault(arg)}`);
  return `nn.${a.torch.module}(${args.join(', ')})`;
}

/**
 * The range of f at its defaults. The infimum is the entry's minimum when it has one (reached,
 * so closed), else the limit at −∞ (not reached); the supremum is the limit at +∞, which no
 * activation on the site reaches. A non-monotonic entry without a minimum is a registry bug.
 */
export function rangeOf(a: Activation): { lower: RangeEnd; upper: RangeEnd; minimum: TableMinimum | null } {
  const p = paramDefaults(a);
  const m = a.minimum?.(p);
  if (!m && !a.properties.monotonic) throw new Error(`compare table: ${a.id} is not monotonic and has no minimum`);
  const minimum = m ? { x: m.x, y: m.y, flat: m.flat ?? false } : null;
  const lower = minimum ? { value: minimum.y, closed: true } : { value: a.f(-Infinity, p), closed: false };
  const upper = { value: a.f(Infinity, p), closed: false };
  if (Number.isNaN(lower.value) || Number.isNaN(upper.value)) throw new Error(`compare table: ${a.id} has no range`);
  return { lower, upper, minimum };
}

/** The table row of one activation. */
export function compareRow(a: Activation): CompareRow {
  const p = paramDefaults(a);
  const { lower, upper, minimum } = rangeOf(a);
  return {
    id: a.id,
    nameKey: a.nameKey,
    tex: a.tex.f(),
    lower,
    upper,
    boundedBelow: Number.isFinite(lower.value),
    boundedAbove: Number.isFinite(upper.value),
    monotonic: a.properties.monotonic,
    smooth: a.properties.smooth === 'smooth',
    zeroCentred: a.properties.zeroCentred,
    // `+ 0` turns −0 into 0: the table shows a value, not a sign of zero.
    valueAtZero: a.f(0, p) + 0,
    slopeAtZero: a.df(0, p) + 0,
    minimum,
    cost: a.properties.cost,
    torch: torchSignature(a),
    source: a.source,
  };
}

/** Every row, in registry order (the table's order without JavaScript). */
export function compareRows(): CompareRow[] {
  return activationIds.map((id) => compareRow(activation(id)));
}

/**
 * How many fraction digits show a number: the fewest (0 to 4) that write it exactly, to
 * 1e-12 relative (`0.5`, `0.01`, `1`), else 4 (`0.6931`, `−0.1700`).
 */
export function displayDigits(value: number): number {
  if (!Number.isFinite(value)) return 0;
  for (let d = 0; d <= 4; d++) {
    const rounded = Number(value.toFixed(d));
    if (Math.abs(rounded - value) <= 1e-12 * Math.max(1, Math.abs(value))) return d;
  }
  return 4;
}
