// Tanh, ELU, SELU, Softplus, Mish and Hardswish against real PyTorch.
// Source of truth: test/fixtures/torch_more.json, written by scripts/torch-fixtures.py with
// Debian's python3-torch 1.13.1 on an x86-64 CPU with AVX2 (its meta records both), and the
// elementary functions its kernels call, taken from SLEEF and glibc themselves.
import { describe, expect, it } from 'vitest';
import { elu } from '../../../src/lib/math';
import { gradFnName, runOp, type TorchOp } from '../../../src/lib/torch/evaluate';
import { formatPrint, formatTensor } from '../../../src/lib/torch/format';
import {
  fma32,
  fma64,
  glibcExp,
  glibcExpf,
  glibcExpm1,
  glibcExpm1f,
  glibcLog1p,
  glibcLog1pf,
  glibcTanh,
  glibcTanhf,
  libmExpf,
  libmTanhf,
  sleefExpf,
  sleefExpU10,
  sleefLog1pfU10,
  sleefLog1pU10,
  sleefTanhf,
  sleefTanhfU10,
  sleefTanhU10,
} from '../../../src/lib/torch/kernels';
import type { Dtype } from '../../../src/lib/torch/tensor';
import { flat } from './fixture';
import { MORE_OPS, loadMoreFixture, type MoreCase } from './fixture-more';

const fixture = loadMoreFixture();
const { cases } = fixture;
const MODULES = Object.keys(MORE_OPS);
const op = (module: string): TorchOp => MORE_OPS[module] as TorchOp;
const f32 = Math.fround;
const same = (a: number | undefined, b: number | undefined): boolean => Object.is(a, b);

/** Indices where `got` and `want` differ in any bit (Object.is: -0 and NaN count). */
function differences(got: readonly number[], want: readonly number[]): number[] {
  return want.flatMap((w, i) => (same(got[i], w) ? [] : [i]));
}

describe('the fixture (real PyTorch 1.13 on AVX2)', () => {
  it('holds every case and module it was written with, so a truncated file fails here', () => {
    expect(fixture.meta.torchVersion).toBe('1.13.0a0');
    expect(fixture.meta.cpuCapability).toBe('AVX2');
    expect(fixture.meta.modules).toEqual({
      Tanh: 'nn.Tanh()',
      ELU: 'nn.ELU()',
      'ELU_alpha0.5': 'nn.ELU(alpha=0.5)',
      SELU: 'nn.SELU()',
      Softplus: 'nn.Softplus()',
      Softplus_beta2: 'nn.Softplus(beta=2.0)',
      Mish: 'nn.Mish()',
      Hardswish: 'nn.Hardswish()',
    });
    expect(cases).toHaveLength(21);
    expect(cases.filter((c) => c.input.dtype === 'float64')).toHaveLength(4);
    expect(cases.filter((c) => c.input.requiresGrad)).toHaveLength(17);
    for (const c of cases) expect(c.outputs.map((o) => o.module)).toEqual(MODULES);
    const elements = (dtype: Dtype) =>
      cases.filter((c) => c.input.dtype === dtype).reduce((n, c) => n + flat(c.input.data).length, 0);
    expect(elements('float32')).toBe(2080);
    expect(elements('float64')).toBe(1124);
    for (const dtype of ['float32', 'float64'] as const) {
      const k = fixture.kernels[dtype];
      expect(k.x).toHaveLength(1158);
      for (const values of [...Object.values(k.sleef), ...Object.values(k.glibc)]) expect(values).toHaveLength(1158);
      expect(k.fma).toHaveLength(300);
    }
  });
});

describe('runOp prints exactly what PyTorch printed', () => {
  for (const c of cases)
    for (const o of c.outputs)
      it(`${c.id} / ${o.moduleSource}`, () => {
        const run = runOp(op(o.module), c.input);
        expect(formatPrint('Input: ', run.input)).toBe(c.inputPrint);
        expect(formatTensor(run.input)).toBe(c.inputStr);
        expect(formatPrint('Output: ', run.output)).toBe(o.outputPrint);
        expect(formatTensor(run.output)).toBe(o.outputStr);
        expect(run.output.gradFn ?? null).toBe(o.gradFn);
        expect(run.grad === null).toBe(o.grad === null);
        if (run.grad && o.grad) {
          expect(formatPrint('Grad: ', run.grad)).toBe(o.grad.print);
          expect(formatTensor(run.grad)).toBe(o.grad.str);
        }
      });
});

describe('runOp computes every value bit for bit (Object.is: -0 and nan count)', () => {
  // Element counts per module: outputs of every case, gradients of the requires_grad ones.
  const expected: Record<Dtype, { outputs: number; grads: number }> = {
    float32: { outputs: 2080, grads: 2063 },
    float64: { outputs: 1124, grads: 1124 },
  };
  for (const module of MODULES)
    for (const dtype of ['float32', 'float64'] as const)
      it(`${module}, ${dtype}: outputs and gradients`, () => {
        let outputs = 0;
        let grads = 0;
        const mismatches: string[] = [];
        for (const c of cases.filter((k: MoreCase) => k.input.dtype === dtype)) {
          const o = c.outputs.find((out) => out.module === module);
          if (!o) throw new Error(`fixture lacks ${module} for ${c.id}`);
          const run = runOp(op(module), c.input);
          const want = flat(o.data);
          outputs += want.length;
          for (const i of differences(flat(run.output.data), want)) mismatches.push(`${c.id}[${i}] output`);
          if (o.grad) {
            const wantGrad = flat(o.grad.data);
            grads += wantGrad.length;
            for (const i of differences(flat(run.grad?.data ?? []), wantGrad)) mismatches.push(`${c.id}[${i}] grad`);
          }
        }
        expect({ outputs, grads }).toEqual(expected[dtype]);
        expect(mismatches).toEqual([]);
      });
});

describe('elementary functions, bit for bit against the libraries themselves', () => {
  type Fn = (x: number) => number;
  const checks: [Dtype, string, Fn, (k: (typeof fixture.kernels)[Dtype]) => number[]][] = [
    ['float32', 'SLEEF expf_u10 (sleefExpf)', sleefExpf, (k) => k.sleef.exp],
    ['float32', 'SLEEF log1pf_u10', sleefLog1pfU10, (k) => k.sleef.log1p],
    ['float32', 'SLEEF tanhf_u10', sleefTanhfU10, (k) => k.sleef.tanh],
    ['float32', 'glibc expf (FMA build)', glibcExpf, (k) => k.glibc.exp],
    ['float32', 'glibc log1pf', glibcLog1pf, (k) => k.glibc.log1p],
    ['float32', 'glibc tanhf', glibcTanhf, (k) => k.glibc.tanh],
    ['float32', 'glibc expm1f', glibcExpm1f, (k) => k.glibc.expm1],
    ['float64', 'SLEEF exp_u10', sleefExpU10, (k) => k.sleef.exp],
    ['float64', 'SLEEF log1p_u10', sleefLog1pU10, (k) => k.sleef.log1p],
    ['float64', 'SLEEF tanh_u10', sleefTanhU10, (k) => k.sleef.tanh],
    ['float64', 'glibc exp (FMA build)', glibcExp, (k) => k.glibc.exp],
    ['float64', 'glibc log1p', glibcLog1p, (k) => k.glibc.log1p],
    ['float64', 'glibc tanh', glibcTanh, (k) => k.glibc.tanh],
    ['float64', 'glibc expm1 (FMA build)', glibcExpm1, (k) => k.glibc.expm1],
  ];
  for (const [dtype, name, fn, pick] of checks)
    it(`${dtype} ${name}: all 1,158 inputs`, () => {
      const k = fixture.kernels[dtype];
      const got = k.x.map(fn);
      expect(differences(got, pick(k)).map((i) => `x=${k.x[i]}: ${got[i]} vs ${pick(k)[i]}`)).toEqual([]);
    });

  it('fma32 and fma64 round a·b + c once, as the FMA instruction (300 triples each, half near cancellation)', () => {
    for (const [dtype, fma] of [
      ['float32', fma32],
      ['float64', fma64],
    ] as const) {
      const rows = fixture.kernels[dtype].fma;
      expect(rows.filter(([a, b, c, want]) => !same(fma(a, b, c), want))).toEqual([]);
    }
    // Double rounding: a·a + 2^-60 lies just above a float32 midpoint, and the double sum rounds
    // it onto the midpoint, from where rounding to float32 would go down (to even).
    const a = f32(1 + 2 ** -12);
    expect(f32(a * a + 2 ** -60)).toBe(1 + 2 ** -11);
    expect(fma32(a, a, 2 ** -60)).toBe(1 + 2 ** -11 + 2 ** -23);
  });

  it("the first ops' stand-ins are not glibc's functions: f32(exp) on 1 and f32(tanh) on 69 of 1,158 inputs, SLEEF tanhf's interior on 2", () => {
    // Kept as they are (GELU, SiLU, Sigmoid use them; this change leaves those ops alone).
    const k = fixture.kernels.float32;
    expect(differences(k.x.map(libmExpf), k.glibc.exp)).toHaveLength(1);
    expect(differences(k.x.map(libmTanhf), k.glibc.tanh)).toHaveLength(69);
    expect(differences(k.x.map(sleefTanhf), k.sleef.tanh)).toHaveLength(2);
  });
});

describe('what PyTorch does that mathematics does not', () => {
  const run = (o: TorchOp, data: number[], requiresGrad = false, dtype: Dtype = 'float32') =>
    runOp(o, { data, dtype, requiresGrad });
  const out = (o: TorchOp, data: number[], dtype: Dtype = 'float32') => flat(run(o, data, false, dtype).output.data);
  const grad = (o: TorchOp, data: number[]) => flat(run(o, data, true).grad?.data ?? []);
  const sixteen = (x: number) => Array.from({ length: 16 }, () => x);

  it('ELU and SELU compute exp(x) − 1 (not expm1): ELU(−1e-6) prints -1.0133e-06, and is exactly 0 on (−3e-8, 0)', () => {
    const printed = formatTensor(run({ kind: 'elu', alpha: 1 }, [-1e-6, -1e-8, -3e-8, -1e-12]).output);
    expect(printed).toBe('tensor([-1.0133e-06,  0.0000e+00, -5.9605e-08,  0.0000e+00])');
    for (const data of [[-2.9e-8, -1e-8, -1e-12, -1e-30], sixteen(-1e-8)]) {
      for (const o of [{ kind: 'elu', alpha: 1 }, { kind: 'selu' }] as TorchOp[])
        for (const y of out(o, data)) expect(Object.is(y, 0)).toBe(true);
    }
    // The true value is −1e-8 to 7 digits (mpmath: expm1(−1e-8) = −9.9999999500000002e-9).
    expect(elu(-1e-8)).toBeCloseTo(-1e-8, 15);
  });

  it('ELU and SELU of −0 are +0 on both code paths', () => {
    for (const o of [{ kind: 'elu', alpha: 0.5 }, { kind: 'selu' }] as TorchOp[])
      for (const data of [[-0], sixteen(-0)]) for (const y of out(o, data)) expect(Object.is(y, 0)).toBe(true);
  });

  it('Softplus returns x itself where x·β > threshold, with gradient 1', () => {
    const above20 = f32(20 + 2 ** -19);
    const above10 = f32(10 + 2 ** -20);
    for (const data of [[above20, 25, 1e30], sixteen(above20)]) {
      const softplus = { kind: 'softplus', beta: 1, threshold: 20 } as const;
      expect(out(softplus, data)).toEqual(data.map(f32));
      expect(grad(softplus, data)).toEqual(data.map(() => 1));
    }
    const beta2 = { kind: 'softplus', beta: 2, threshold: 20 } as const;
    expect(out(beta2, [above10])).toEqual([above10]);
    expect(grad(beta2, [above10, 10])).toEqual([1, f32(1 / (1 + Math.exp(-20)))]);
  });

  it("Hardswish's gradient at 3 is 1 inside a full block of 16 and 1.5 in the tail; −3 gives −0.5 on both", () => {
    const c = cases.find((k) => k.id === 'hardswish_edges_20_grad');
    const xs = flat(c?.input.data ?? []);
    expect([xs[2], xs[3], xs[17], xs[18]]).toEqual([3, -3, -3, 3]);
    const g = grad({ kind: 'hardswish' }, xs);
    expect([g[2], g[3], g[17], g[18]]).toEqual([1, -0.5, -0.5, 1.5]);
    const page = run({ kind: 'hardswish' }, [-3, -1, 0, 1, 3], true);
    expect(page.grad && formatTensor(page.grad)).toBe('tensor([-0.5000,  0.1667,  0.5000,  0.8333,  1.5000])');
    expect(formatTensor(page.output)).toBe(
      'tensor([-0.0000, -0.3333,  0.0000,  0.6667,  3.0000],\n       grad_fn=<HardswishBackward0>)',
    );
  });

  it('Mish and Hardswish of −inf are nan (−inf · 0 inside the kernel), on both code paths', () => {
    for (const o of [{ kind: 'mish' }, { kind: 'hardswish' }] as TorchOp[])
      for (const data of [[-Infinity, 1], sixteen(-Infinity)]) expect(out(o, data)[0]).toBeNaN();
  });

  it("torch.tanh takes SLEEF's tanhf on every element (the vml path), even in a 0-d tensor", () => {
    const x = f32(-1e-7);
    expect(sleefTanhfU10(x)).not.toBe(glibcTanhf(x));
    const c = cases.find((k) => k.id === 'scalar_tiny_grad');
    const want = c?.outputs.find((o) => o.module === 'Tanh')?.data;
    expect(run({ kind: 'tanh' }, [x]).output.data).toEqual([sleefTanhfU10(x)]);
    expect(want).toBe(sleefTanhfU10(x));
  });

  it('the backward kernels are fused where GCC fuses a·b + c (tanh: 1 − y·y in one FMA)', () => {
    const [y] = out({ kind: 'tanh' }, [-3]);
    const [g] = grad({ kind: 'tanh' }, [-3]);
    expect(g).toBe(fma32(-(y as number), y as number, 1));
    expect(g).not.toBe(f32(1 - f32((y as number) * (y as number))));
    const seed = cases.find((k) => k.id === 'grad_seed');
    expect(flat(seed?.outputs.find((o) => o.module === 'Tanh')?.grad?.data ?? [])[0]).toBe(g);
  });

  it('float64 takes SLEEF on blocks of 8 and glibc on the tail', () => {
    // 9 elements: the first 8 through SLEEF's exp_u10, the last through glibc's exp.
    const xs = Array.from({ length: 9 }, () => -1.8156238468990773);
    const ys = out({ kind: 'elu', alpha: 1 }, xs, 'float64');
    expect(ys[0]).toBe(sleefExpU10(xs[0] as number) - 1);
    expect(ys[8]).toBe(glibcExp(xs[0] as number) - 1);
  });

  it('names the grad_fn of each operation as PyTorch does (SELU is ELU with fixed α and scale)', () => {
    const names = MODULES.map((m) => gradFnName(op(m)));
    expect(names).toEqual([
      'TanhBackward0',
      'EluBackward0',
      'EluBackward0',
      'EluBackward0',
      'SoftplusBackward0',
      'SoftplusBackward0',
      'MishBackward0',
      'HardswishBackward0',
    ]);
  });
});
