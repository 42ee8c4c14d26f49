// Source of truth: test/fixtures/torch_print_public.json (real PyTorch 1.13 str() output) and,
// for cases the fixture lacks, PyTorch's documented printing (torch/_tensor_str.py defaults).
import { describe, expect, it } from 'vitest';
import { formatPrint, formatTensor } from '../../../src/lib/torch/format';
import { loadTorchCases } from './fixture';

describe('formatTensor reproduces str(tensor) of every fixture case', () => {
  for (const c of loadTorchCases()) {
    it(`${c.id}: input`, () => {
      expect(formatTensor({ data: c.input.data, dtype: c.input.dtype, requiresGrad: c.input.requiresGrad })).toBe(
        c.inputStr,
      );
      expect(
        formatPrint('Input: ', { data: c.input.data, dtype: c.input.dtype, requiresGrad: c.input.requiresGrad }),
      ).toBe(c.inputPrint);
    });
    for (const o of c.outputs)
      it(`${c.id}: ${o.moduleSource}`, () => {
        const t = { data: o.data, dtype: c.input.dtype, gradFn: o.gradFn ?? undefined };
        expect(formatTensor(t)).toBe(o.outputStr);
        expect(formatPrint('Output: ', t)).toBe(o.outputPrint);
      });
  }
});

describe('formatTensor beyond the fixture', () => {
  it('prints empty and 0-d tensors', () => {
    expect(formatTensor({ data: [] })).toBe('tensor([])');
    expect(formatTensor({ data: 0.3457 })).toBe('tensor(0.3457)');
    expect(formatPrint('Input: ', { data: 0.5 })).toBe('Input: 0.5');
  });

  it('summarises above 1000 elements with edge items 3', () => {
    expect(formatTensor({ data: new Array<number>(1001).fill(0) })).toBe('tensor([0., 0., 0.,  ..., 0., 0., 0.])');
  });

  it('switches to scientific notation for a ratio above 1000 and marks float64', () => {
    expect(formatTensor({ data: [1e-5, 1] })).toBe('tensor([1.0000e-05, 1.0000e+00])');
    expect(formatTensor({ data: [1.5], dtype: 'float64' })).toBe('tensor([1.5000], dtype=torch.float64)');
  });

  it('wraps at 80 columns with the indentation of tensor(', () => {
    const text = formatTensor({ data: Array.from({ length: 12 }, (_, i) => i + 0.5) });
    const lines = text.split('\n');
    expect(lines.every((line) => line.length <= 80)).toBe(true);
    expect(lines[0]).toBe('tensor([ 0.5000,  1.5000,  2.5000,  3.5000,  4.5000,  5.5000,  6.5000,  7.5000,');
    expect(lines[1]).toBe('         8.5000,  9.5000, 10.5000, 11.5000])');
  });

  it('separates the matrices of a 3-D tensor by a blank line', () => {
    expect(formatTensor({ data: [[[1, 2]], [[3, 4]]] })).toBe('tensor([[[1., 2.]],\n\n        [[3., 4.]]])');
  });
});
