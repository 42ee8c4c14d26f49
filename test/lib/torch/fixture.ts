// Loader for test/fixtures/torch_print_public.json: 16 cases printed by real PyTorch 1.13
// (copied from ../shared/fixtures). NaN and the infinities are stored as strings there.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TorchOp } from '../../../src/lib/torch/evaluate';
import type { NestedNumbers } from '../../../src/lib/torch/tensor';

/** A fixture number: NaN and the infinities are the strings 'nan', 'inf', '-inf'. */
export type Raw = number | string | Raw[];

export interface TorchOutputCase {
  module: string;
  moduleSource: string;
  gradFn: string | null;
  data: NestedNumbers;
  outputPrint: string;
  outputStr: string;
}

export interface TorchCase {
  id: string;
  source: string;
  input: { dtype: 'float32' | 'float64'; shape: number[]; requiresGrad: boolean; data: NestedNumbers };
  inputPrint: string;
  inputStr: string;
  outputs: TorchOutputCase[];
}

/** A fixture value as numbers. */
export function decode(value: Raw): NestedNumbers {
  if (Array.isArray(value)) return value.map(decode);
  if (value === 'nan') return Number.NaN;
  if (value === 'inf') return Infinity;
  if (value === '-inf') return -Infinity;
  if (typeof value === 'number') return value;
  throw new Error(`unexpected fixture value ${value}`);
}

/** A case as the fixtures store it (snake_case, encoded numbers); `O` adds output fields. */
export interface RawCase<O = object> {
  id: string;
  source: string;
  input: { dtype: 'float32' | 'float64'; shape: number[]; requires_grad: boolean; data: Raw };
  input_print: string;
  input_str: string;
  outputs: Array<
    {
      module: string;
      module_source: string;
      grad_fn: string | null;
      data: Raw;
      output_print: string;
      output_str: string;
    } & O
  >;
}

/** One stored case, decoded (what every PyTorch fixture of this repository shares). */
export function readCase(c: RawCase): TorchCase {
  return {
    id: c.id,
    source: c.source,
    input: {
      dtype: c.input.dtype,
      shape: c.input.shape,
      requiresGrad: c.input.requires_grad,
      data: decode(c.input.data),
    },
    inputPrint: c.input_print,
    inputStr: c.input_str,
    outputs: c.outputs.map((o) => ({
      module: o.module,
      moduleSource: o.module_source,
      gradFn: o.grad_fn,
      data: decode(o.data),
      outputPrint: o.output_print,
      outputStr: o.output_str,
    })),
  };
}

export function loadTorchCases(): TorchCase[] {
  const path = fileURLToPath(new URL('../../fixtures/torch_print_public.json', import.meta.url));
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { cases: RawCase[] };
  return raw.cases.map(readCase);
}

/** The fixture's module names as operations. */
export const FIXTURE_OPS: Readonly<Record<string, TorchOp>> = {
  GELU: { kind: 'gelu', approximate: 'none' },
  GELU_tanh: { kind: 'gelu', approximate: 'tanh' },
  ReLU: { kind: 'relu' },
  LeakyReLU: { kind: 'leaky_relu', negativeSlope: 0.01 },
  SiLU: { kind: 'silu' },
  Sigmoid: { kind: 'sigmoid' },
};

export function flat(data: NestedNumbers): number[] {
  return typeof data === 'number' ? [data] : data.flatMap(flat);
}
