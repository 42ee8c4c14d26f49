// Source of truth: test/fixtures/torch_print_public.json, real PyTorch 1.13 on an x86-64 CPU.
import { describe, expect, it } from 'vitest';
import { gelu, geluGrad, geluTanhGrad, leakyReluGrad, sigmoidGrad, siluGrad } from '../../../src/lib/math';
import { gradFnName, runOp, type TorchOp } from '../../../src/lib/torch/evaluate';
import { formatPrint, formatTensor } from '../../../src/lib/torch/format';
import { FIXTURE_OPS, flat, loadTorchCases } from './fixture';

const cases = loadTorchCases();
const ulp32 = (x: number) => 2 ** (Math.floor(Math.log2(Math.abs(x) || 2 ** -126)) - 23);

describe('runOp against real PyTorch outputs', () => {
  for (const c of cases)
    for (const o of c.outputs) {
      const op = FIXTURE_OPS[o.module] as TorchOp;
      it(`${c.id} / ${o.moduleSource} prints exactly what PyTorch printed`, () => {
        const run = runOp(op, c.input);
        expect(formatPrint('Input: ', run.input)).toBe(c.inputPrint);
        expect(formatPrint('Output: ', run.output)).toBe(o.outputPrint);
        expect(formatTensor(run.output)).toBe(o.outputStr);
        expect(run.output.gradFn ?? null).toBe(o.gradFn);
      });
    }

  // Tolerance: bit for bit (Object.is, so -0 and nan count) for every module but the tanh
  // GELU, whose compiler-fused multiply-adds around tanhf are not reproduced: at most 1% may differ,
  // each by no more than one float32 ulp of tanh scaled by x/2.
  for (const module of Object.keys(FIXTURE_OPS)) {
    it(`${module}: output values match bit for bit${module === 'GELU_tanh' ? ' (tanh GELU: within one tanh ulp)' : ''}`, () => {
      let total = 0;
      const mismatches: string[] = [];
      for (const c of cases) {
        const o = c.outputs.find((out) => out.module === module);
        if (!o) throw new Error(`fixture lacks ${module} for ${c.id}`);
        const got = flat(runOp(FIXTURE_OPS[module] as TorchOp, c.input).output.data);
        const want = flat(o.data);
        const xs = flat(c.input.data);
        want.forEach((w, i) => {
          total += 1;
          const g = got[i] as number;
          if (Object.is(g, w)) return;
          if (module === 'GELU_tanh') {
            const x = Math.fround(xs[i] as number);
            expect(Math.abs(g - w)).toBeLessThanOrEqual(Math.abs(0.5 * x) * 2 ** -23 * 1.0001);
          }
          mismatches.push(`${c.id}[${i}] x=${xs[i]}: got ${g}, PyTorch ${w}`);
        });
      }
      expect(total).toBe(1642);
      if (module === 'GELU_tanh') expect(mismatches.length).toBeLessThanOrEqual(total / 100);
      else expect(mismatches).toEqual([]);
    });
  }
});

describe('runOp edge cases PyTorch has and mathematics does not', () => {
  const f32 = (values: number[], requiresGrad = false) => ({ data: values, dtype: 'float32' as const, requiresGrad });

  it('GELU and SiLU of -inf are nan (0 · inf inside the kernel), while the limits are 0', () => {
    for (const op of [FIXTURE_OPS.GELU, FIXTURE_OPS.GELU_tanh, FIXTURE_OPS.SiLU] as TorchOp[])
      expect(flat(runOp(op, f32([-Infinity, 1])).output.data)[0]).toBeNaN();
    expect(gelu(-Infinity)).toBe(-0);
  });

  it('float32 GELU is exactly +0 from about x = -5.55 down (1 + erf rounds to 0), where the true value is ~-1e-7', () => {
    const [y] = flat(runOp(FIXTURE_OPS.GELU as TorchOp, f32([-5.6, -5.6])).output.data);
    expect(Object.is(y, 0)).toBe(true);
    expect(gelu(-5.6)).toBeLessThan(-5e-8);
  });

  it('float64 GELU cancels to -0 below about -8.4 (x/2 times 1 + erf = +0), as the DESIGN notes for PyTorch', () => {
    const run = runOp(FIXTURE_OPS.GELU as TorchOp, { data: [-9, -3], dtype: 'float64', requiresGrad: false });
    const [y9, y3] = flat(run.output.data);
    expect(Object.is(y9, -0)).toBe(true);
    expect(gelu(-9)).toBeLessThan(-1e-18);
    // Source: mpmath, -3·Φ(-3) = -0.0040496935... ; the double formula keeps ~1e-13 relative here.
    expect(Math.abs((y3 as number) / gelu(-3) - 1)).toBeLessThan(1e-12);
    expect(formatTensor(run.output)).toBe('tensor([-0.0000, -0.0040], dtype=torch.float64)');
  });

  it('a single element takes the scalar path: GELU(-0.) is -0. (oneDNN would give +0)', () => {
    expect(Object.is(flat(runOp(FIXTURE_OPS.GELU as TorchOp, f32([-0])).output.data)[0], -0)).toBe(true);
    expect(Object.is(flat(runOp(FIXTURE_OPS.GELU as TorchOp, f32([-0, -0])).output.data)[0], 0)).toBe(true);
  });

  it('ReLU keeps -0 and nan, and sends -inf to 0', () => {
    const ys = flat(runOp(FIXTURE_OPS.ReLU as TorchOp, f32([-0, Number.NaN, -Infinity, 2])).output.data);
    expect(Object.is(ys[0], -0)).toBe(true);
    expect(ys[1]).toBeNaN();
    expect(ys.slice(2)).toEqual([0, 2]);
  });

  it('LeakyReLU rounds the slope to float32 and 0·(-inf) gives nan at slope 0', () => {
    const ys = flat(runOp({ kind: 'leaky_relu', negativeSlope: 0.2 }, f32([-1, -Infinity])).output.data);
    expect(ys[0]).toBe(Math.fround(-Math.fround(0.2)));
    expect(ys[1]).toBe(-Infinity);
    expect(flat(runOp({ kind: 'leaky_relu', negativeSlope: 0 }, f32([-Infinity])).output.data)[0]).toBeNaN();
  });

  it('names the grad_fn of each operation as PyTorch does', () => {
    expect(gradFnName({ kind: 'gelu_sigmoid' })).toBe('MulBackward0');
    expect(runOp(FIXTURE_OPS.SiLU as TorchOp, f32([1], true)).output.gradFn).toBe('SiluBackward0');
    expect(runOp(FIXTURE_OPS.SiLU as TorchOp, f32([1])).grad).toBeNull();
  });
});

describe('gradients (output.sum().backward())', () => {
  // Tolerance: PyTorch's backward formulas evaluated in float32 must stay within 1e-5 absolute
  // (a few float32 ulps of values below 1.1) of the exact derivatives of src/lib/math.
  const xs = Array.from({ length: 161 }, (_, i) => -8 + i * 0.1);
  const exact: [string, TorchOp, (x: number) => number][] = [
    ['GELU', FIXTURE_OPS.GELU as TorchOp, geluGrad],
    ['GELU tanh', FIXTURE_OPS.GELU_tanh as TorchOp, geluTanhGrad],
    ['LeakyReLU', FIXTURE_OPS.LeakyReLU as TorchOp, (x) => leakyReluGrad(x, Math.fround(0.01))],
    ['SiLU', FIXTURE_OPS.SiLU as TorchOp, siluGrad],
    ['Sigmoid', FIXTURE_OPS.Sigmoid as TorchOp, sigmoidGrad],
  ];
  for (const [name, op, df] of exact)
    it(`${name}: float32 gradient within 1e-5 of the exact derivative on [-8, 8]`, () => {
      const run = runOp(op, { data: xs, dtype: 'float32', requiresGrad: true });
      const grads = flat(run.grad?.data ?? []);
      const inputs = flat(run.input.data);
      expect(grads).toHaveLength(xs.length);
      grads.forEach((g, i) => expect(Math.abs(g - df(inputs[i] as number))).toBeLessThan(1e-5));
    });

  it('follows the autograd conventions at 0: relu 0, leaky α, gelu 0.5', () => {
    const at0 = (op: TorchOp) =>
      flat(runOp(op, { data: [0], dtype: 'float32', requiresGrad: true }).grad?.data ?? [])[0];
    expect(at0(FIXTURE_OPS.ReLU as TorchOp)).toBe(0);
    expect(at0({ kind: 'leaky_relu', negativeSlope: 0.2 })).toBe(Math.fround(0.2));
    expect(at0(FIXTURE_OPS.GELU as TorchOp)).toBe(0.5);
  });

  it('prints the gradient of the page example as PyTorch would', () => {
    const run = runOp(FIXTURE_OPS.ReLU as TorchOp, { data: [-3, -1, 0, 1, 3], dtype: 'float32', requiresGrad: true });
    expect(run.grad && formatTensor(run.grad)).toBe('tensor([0., 0., 0., 1., 1.])');
    const sig = runOp(FIXTURE_OPS.Sigmoid as TorchOp, {
      data: [-3, -1, 0, 1, 3],
      dtype: 'float32',
      requiresGrad: true,
    });
    // σ'(±3) = 0.045177, σ'(±1) = 0.196612, σ'(0) = 0.25 (closed form σ(1-σ)).
    expect(sig.grad && formatTensor(sig.grad)).toBe('tensor([0.0452, 0.1966, 0.2500, 0.1966, 0.0452])');
  });

  it('matches ulp-level float32 rounding for the sigmoid-approximation chain', () => {
    const run = runOp({ kind: 'gelu_sigmoid' }, { data: [1], dtype: 'float32', requiresGrad: true });
    const [g] = flat(run.grad?.data ?? []);
    const s = 1 / (1 + Math.exp(-1.702));
    const want = s + 1.702 * s * (1 - s);
    expect(Math.abs((g as number) - want)).toBeLessThan(4 * ulp32(want));
  });
});
