// The GLU family as PyTorch 1.13 computes it on an x86-64 CPU (AVX2):
// - nn.GLU(dim=-1) runs one fused kernel, a * (1 / (1 + exp(-b))) with every step rounded to
//   the dtype. ATen's loop walks each row of the output: blocks of 16 floats (8 doubles) with
//   SLEEF's exp, the rest of the row with glibc's.
// - ReGLU, GEGLU and SwiGLU have no module: `a, b = x.chunk(2, dim=-1)` then `a * F.act(b)`.
//   The activation runs the existing emulation (runOp) on b, then the product is rounded once.
//   Only a 1-D input is emulated there: b is then a contiguous tensor, as runOp assumes (for a
//   2-D input b is a strided view, which sends F.gelu past oneDNN to another kernel).
import { activation } from '../math/registry.ts';
import type { GluVariant } from '../math/glu.ts';
import { runOp, type TorchOp } from './evaluate.ts';
import { ATEN_DOUBLE_BLOCK, ATEN_FLOAT_BLOCK, glibcExp, glibcExpf, sleefExpf, sleefExpU10 } from './kernels.ts';
import { moduleOps } from './modules.ts';
import { castTo, flatten, shapeOf, unflatten, type Dtype, type NestedNumbers, type TensorLike } from './tensor.ts';

/** An input of the family: data as `torch.tensor(...)` takes it, and its dtype. */
export interface GluInput {
  readonly data: NestedNumbers;
  readonly dtype: Dtype;
}

/** The rows of the last dimension, each split into its halves a and b (`x.chunk(2, dim=-1)`). */
function halves(input: GluInput): { shape: number[]; a: number[][]; b: number[][] } {
  const shape = shapeOf(input.data);
  const last = shape[shape.length - 1];
  if (last === undefined) throw new RangeError('glu: a 0-d tensor has no dimension to halve');
  if (last % 2 !== 0) throw new RangeError(`glu: halving dimension must be even, but dimension -1 is size ${last}`);
  const flat = flatten(input.data).map(castTo(input.dtype));
  const h = last / 2;
  const rows = last === 0 ? 0 : flat.length / last;
  const a: number[][] = [];
  const b: number[][] = [];
  for (let r = 0; r < rows; r++) {
    a.push(flat.slice(r * last, r * last + h));
    b.push(flat.slice(r * last + h, (r + 1) * last));
  }
  return { shape: [...shape.slice(0, -1), h], a, b };
}

/**
 * `nn.GLU(dim=-1)(x)`: the first half of the last dimension times the sigmoid of the second,
 * computed as PyTorch's glu kernel computes it.
 * @example gluModule({ data: [1, 2, 0, 0], dtype: 'float32' }).data // [0.5, 1]
 */
export function gluModule(input: GluInput): TensorLike {
  const { shape, a, b } = halves(input);
  const f64 = input.dtype === 'float64';
  const r = castTo(input.dtype);
  const block = f64 ? ATEN_DOUBLE_BLOCK : ATEN_FLOAT_BLOCK;
  const out: number[] = [];
  a.forEach((row, k) => {
    const full = row.length - (row.length % block);
    row.forEach((av, i) => {
      const bv = b[k]?.[i] ?? Number.NaN;
      const vector = i < full;
      const exp = f64 ? (vector ? sleefExpU10 : glibcExp) : vector ? sleefExpf : glibcExpf;
      out.push(r(av * r(1 / r(1 + exp(-bv)))));
    });
  });
  return { data: unflatten(out, shape), dtype: input.dtype };
}

/** The emulated PyTorch op of a variant's gate: its registry entry's module at PyTorch's defaults. */
export function gateOp(variant: GluVariant): TorchOp {
  const { torch } = activation(variant.gate);
  const make = moduleOps[torch.module];
  if (!make) throw new Error(`glu: no emulation of nn.${torch.module}`);
  const args = Object.fromEntries(
    torch.args.map((arg) => [arg.name, arg.values?.[String(arg.default)] ?? arg.default] as const),
  );
  return make(args);
}

/**
 * `a * F.act(b)` with `a, b = x.chunk(2, dim=-1)` for a 1-D x: the gate activation by the
 * existing emulation, then one rounded product per element.
 */
export function gatedProduct(op: TorchOp, input: GluInput): TensorLike {
  const { shape, a, b } = halves(input);
  if (shape.length !== 1) throw new RangeError('glu: a * F.act(b) is emulated for 1-D inputs only');
  const r = castTo(input.dtype);
  const av = a[0] ?? [];
  const gated = runOp(op, { data: b[0] ?? [], dtype: input.dtype, requiresGrad: false }).output.data;
  const g = flatten(gated);
  return { data: av.map((v, i) => r(v * (g[i] ?? Number.NaN))), dtype: input.dtype };
}

/** The emulation of each whole-unit module PyTorch has, by class name. */
const unitModules: Readonly<Record<string, (input: GluInput) => TensorLike>> = { GLU: gluModule };

/** What PyTorch computes for one variant: its module when it has one, else `a * F.act(b)`. */
export function runGluVariant(variant: GluVariant, input: GluInput): TensorLike {
  if (variant.torchModule === undefined) return gatedProduct(gateOp(variant), input);
  const run = unitModules[variant.torchModule];
  if (!run) throw new Error(`glu: no emulation of nn.${variant.torchModule}`);
  return run(input);
}
