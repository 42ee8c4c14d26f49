// Loader for test/fixtures/torch_more.json: Tanh, ELU, SELU, Softplus, Mish and Hardswish as real
// PyTorch 1.13 prints them (Debian's python3-torch 1.13.1, AVX2), written by
// scripts/torch-fixtures.py; plus the elementary functions its kernels call (SLEEF through
// torch.exp/log1p/tanh, glibc through ctypes). NaN and the infinities are stored as strings.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TorchOp } from '../../../src/lib/torch/evaluate';
import type { Dtype, NestedNumbers } from '../../../src/lib/torch/tensor';
import { decode, readCase, type Raw, type RawCase } from './fixture';

export interface MoreOutput {
  module: string;
  moduleSource: string;
  gradFn: string | null;
  data: NestedNumbers;
  outputPrint: string;
  outputStr: string;
  /** `x.grad` after `output.sum().backward()`, for requires_grad inputs. */
  grad: { data: NestedNumbers; print: string; str: string } | null;
}

export interface MoreCase {
  id: string;
  source: string;
  input: { dtype: Dtype; shape: number[]; requiresGrad: boolean; data: NestedNumbers };
  inputPrint: string;
  inputStr: string;
  outputs: MoreOutput[];
}

/** One dtype's reference values of the elementary functions, for the inputs `x`. */
export interface KernelReference {
  x: number[];
  sleef: { exp: number[]; log1p: number[]; tanh: number[] };
  glibc: { exp: number[]; log1p: number[]; tanh: number[]; expm1: number[] };
  /** [a, b, c, fma(a, b, c)] from libm's fma/fmaf (the hardware instruction's result). */
  fma: [number, number, number, number][];
}

export interface MoreFixture {
  meta: { torchVersion: string; cpuCapability: string; modules: Record<string, string> };
  cases: MoreCase[];
  kernels: Record<Dtype, KernelReference>;
}

const numbers = (value: Raw): number[] => decode(value) as number[];

// Beyond the shared fields: the gradient, for requires_grad inputs.
interface RawGrad {
  grad_data?: Raw;
  grad_print?: string;
  grad_str?: string;
}

type RawKernels = Record<string, Raw> & { fma: Raw[][] };

interface RawFixture {
  meta: { torch_version: string; cpu_capability: string; modules: Record<string, string> };
  cases: RawCase<RawGrad>[];
  kernels: Record<Dtype, RawKernels>;
}

function kernelReference(raw: RawKernels): KernelReference {
  const get = (name: string): number[] => numbers(raw[name] ?? []);
  return {
    x: get('x'),
    sleef: { exp: get('sleef_exp'), log1p: get('sleef_log1p'), tanh: get('sleef_tanh') },
    glibc: { exp: get('glibc_exp'), log1p: get('glibc_log1p'), tanh: get('glibc_tanh'), expm1: get('glibc_expm1') },
    fma: raw.fma.map((row) => numbers(row) as [number, number, number, number]),
  };
}

export function loadMoreFixture(): MoreFixture {
  const path = fileURLToPath(new URL('../../fixtures/torch_more.json', import.meta.url));
  const raw = JSON.parse(readFileSync(path, 'utf8')) as RawFixture;
  return {
    meta: { torchVersion: raw.meta.torch_version, cpuCapability: raw.meta.cpu_capability, modules: raw.meta.modules },
    cases: raw.cases.map((c) => {
      const base = readCase(c);
      return {
        ...base,
        outputs: base.outputs.map((o, i) => {
          const g = c.outputs[i];
          return {
            ...o,
            grad:
              g?.grad_data === undefined
                ? null
                : { data: decode(g.grad_data), print: g.grad_print ?? '', str: g.grad_str ?? '' },
          };
        }),
      };
    }),
    kernels: { float32: kernelReference(raw.kernels.float32), float64: kernelReference(raw.kernels.float64) },
  };
}

/** The fixture's module names as operations (their sources are in meta.modules). */
export const MORE_OPS: Readonly<Record<string, TorchOp>> = {
  Tanh: { kind: 'tanh' },
  ELU: { kind: 'elu', alpha: 1 },
  'ELU_alpha0.5': { kind: 'elu', alpha: 0.5 },
  SELU: { kind: 'selu' },
  Softplus: { kind: 'softplus', beta: 1, threshold: 20 },
  Softplus_beta2: { kind: 'softplus', beta: 2, threshold: 20 },
  Mish: { kind: 'mish' },
  Hardswish: { kind: 'hardswish' },
};
