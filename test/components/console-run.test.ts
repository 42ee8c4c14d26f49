// Source of truth: test/fixtures/torch_print_public.json (real PyTorch 1.13 prints) for the
// example; PyTorch's documented module signatures for the code lines.
import { describe, expect, it } from 'vitest';
import { exampleSource, moduleLine, otherFrameworks } from '../../src/components/console/code';
import { exampleText } from '../../src/lib/torch/example';
import { consoleRun, opFor } from '../../src/components/console/run';
import { loadTorchCases } from '../lib/torch/fixture';

const seed = loadTorchCases().find((c) => c.id === 'seed_1d');
const gradSeed = loadTorchCases().find((c) => c.id === 'grad_seed');
const spec = (id: string, params: Record<string, number | string> = {}) => ({ id, params });

describe('consoleRun: the page example prints what PyTorch printed', () => {
  const modules = [
    ['GELU', spec('gelu')],
    ['GELU_tanh', spec('gelu', { approx: 'tanh' })],
    ['ReLU', spec('relu')],
    ['LeakyReLU', spec('leaky-relu')],
    ['SiLU', spec('silu')],
    ['Sigmoid', spec('sigmoid')],
  ] as const;
  for (const [module, s] of modules)
    it(`${module}: Input/Output lines verbatim, without and with requires_grad`, () => {
      const run = consoleRun(exampleText, s, false);
      const want = seed?.outputs.find((o) => o.module === module);
      const wantGrad = gradSeed?.outputs.find((o) => o.module === module);
      if (!run.ok || !want || !wantGrad || !seed || !gradSeed) throw new Error('fixture or run missing');
      expect(run.printed).toBe(`${seed.inputPrint}\n${want.outputPrint}`);
      const withGrad = consoleRun(exampleText, s, true);
      if (!withGrad.ok) throw new Error('grad run failed');
      const [input, output, grad] = withGrad.printed.split(/\n(?=Output: |Grad: )/);
      expect(input).toBe(gradSeed.inputPrint);
      expect(output).toBe(wantGrad.outputPrint);
      expect(grad).toMatch(/^Grad: tensor\(\[/);
    });

  it('rewrites the code lines from the parsed tensor and the page controls', () => {
    const run = consoleRun('1e-3, -0.0', spec('leaky-relu', { alpha: 0.2 }), true);
    if (!run.ok) throw new Error('run failed');
    expect(run.moduleLine).toBe('activation = nn.LeakyReLU(negative_slope=0.2)');
    expect(run.inputLine).toBe('input_data = torch.tensor([0.001, -0.0], requires_grad=True)');
    expect(run.values).toEqual([Math.fround(0.001), -0]);
  });

  it('reports parse errors as data, never throws, and flags -inf on GELU/SiLU', () => {
    const bad = consoleRun('[1, 2', spec('gelu'), false);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatchObject({ code: 'unexpectedEnd', position: 5 });
    const inf = consoleRun("float('-inf'), 1.0", spec('silu'), false);
    expect(inf.ok && inf.nanFromMinusInf).toBe(true);
    expect(inf.ok && inf.printed.split('\n')[1]).toBe('Output: tensor([   nan, 0.7311])');
    expect(inf.ok && inf.values).toEqual([1]);
  });

  it('maps the GELU sigmoid form to its lambda and a MulBackward0 grad_fn', () => {
    expect(opFor(spec('gelu', { approx: 'sigmoid' }))).toEqual({ kind: 'gelu_sigmoid' });
    expect(moduleLine(spec('gelu', { approx: 'sigmoid' }))).toBe('activation = lambda t: t * torch.sigmoid(1.702 * t)');
    const run = consoleRun('1.0', spec('gelu', { approx: 'sigmoid' }), true);
    expect(run.ok && run.printed).toContain('grad_fn=<MulBackward0>');
  });
});

describe('exampleSource and the other frameworks', () => {
  it('keeps the module on line 5 and the input on line 7, with the grad lines appended', () => {
    const comments = { module: 'm', input: 'i', apply: 'a', grad: 'g' };
    const lines = exampleSource(spec('gelu', { approx: 'tanh' }), comments, 'torch.tensor([1.0])', true).split('\n');
    expect(lines[4]).toBe("activation = nn.GELU(approximate='tanh')");
    expect(lines[6]).toBe('input_data = torch.tensor([1.0])');
    expect(lines.slice(-2)).toEqual(['output.sum().backward()', 'print(f"Grad: {input_data.grad}")']);
  });

  it('states the defaults that differ: JAX GELU is the tanh form, tf.nn.leaky_relu uses 0.2', () => {
    const gelu = otherFrameworks('gelu');
    expect(gelu.find((f) => f.framework === 'jax')?.defaultParams?.['approx']).toBe('tanh');
    expect(otherFrameworks('leaky-relu').find((f) => f.framework === 'keras')?.defaultParams?.['alpha']).toBe(0.2);
    expect(otherFrameworks('relu').every((f) => f.defaultParams === null)).toBe(true);
  });
});
