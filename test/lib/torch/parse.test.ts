// Source of truth: Python's float() and list-literal grammar and torch.tensor's signature;
// the parser must accept what Python accepts for these forms and reject the rest with a position.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_DIMS,
  MAX_ELEMENTS,
  parseTensor,
  serializeList,
  serializeTensor,
  type ParseErrorCode,
} from '../../../src/lib/torch/parse';

function ok(text: string) {
  const result = parseTensor(text);
  if (!result.ok) throw new Error(`expected ${text} to parse, got ${result.error.code} at ${result.error.position}`);
  return result.value;
}

function failure(text: string) {
  const result = parseTensor(text);
  if (result.ok) throw new Error(`expected ${text} to fail`);
  return result.error;
}

describe('parseTensor accepts Python float literals and torch.tensor calls', () => {
  it('reads the page example as a bare list', () => {
    expect(ok('-3.0, -1.0, 0.0, 1.0, 3.0')).toEqual({
      data: [-3, -1, 0, 1, 3],
      shape: [5],
      dtype: 'float32',
      requiresGrad: false,
    });
  });

  it('reads exponents, trailing dots, signed zero, underscores and special floats', () => {
    const v = ok('[1e-3, 3., .5, -0.0, +2, 1_000.5, float(\'nan\'), float("-inf"), math.inf, torch.nan]');
    const data = v.data as number[];
    expect(data.slice(0, 6)).toEqual([0.001, 3, 0.5, -0, 2, 1000.5]);
    expect(Object.is(data[3], -0)).toBe(true);
    expect(data[6]).toBeNaN();
    expect(data[7]).toBe(-Infinity);
    expect(data[8]).toBe(Infinity);
    expect(data[9]).toBeNaN();
  });

  it('reads torch.tensor with nesting, dtype and requires_grad, and 0-d tensors', () => {
    expect(ok('torch.tensor([[1.0, 2.0], [3.0, 4.0]], dtype=torch.float64, requires_grad=True)')).toEqual({
      data: [
        [1, 2],
        [3, 4],
      ],
      shape: [2, 2],
      dtype: 'float64',
      requiresGrad: true,
    });
    expect(ok('torch.tensor(0.5)')).toMatchObject({ data: 0.5, shape: [] });
    expect(ok('torch.tensor([], dtype=torch.double)')).toMatchObject({ data: [], shape: [0], dtype: 'float64' });
  });
});

describe('parseTensor rejects everything else with a code and a position', () => {
  const cases: [string, ParseErrorCode, number][] = [
    ['   ', 'emptyInput', 0],
    ['1, 2, x', 'unknownName', 6],
    ['[1, , 2]', 'expectedNumber', 4],
    ['[1, 2', 'unexpectedEnd', 5],
    ['[1 2]', 'expectedCommaOrClose', 3],
    ['1e', 'invalidNumber', 0],
    ['007', 'invalidNumber', 0],
    ["float('abc')", 'invalidFloatString', 6],
    ['[[1, 2], [3]]', 'ragged', 9],
    ['[[[[1]]]]', 'tooDeep', 3],
    ['torch.tensor([1], device="cuda")', 'unknownKeyword', 18],
    ['torch.tensor([1], dtype=torch.int8)', 'invalidKeywordValue', 24],
    ['torch.tensor([1], requires_grad=True, requires_grad=True)', 'duplicateKeyword', 38],
    ['1, 2); import os', 'unexpectedChar', 4],
    ['<img src=x onerror=alert(1)>', 'expectedNumber', 0],
  ];
  for (const [text, code, position] of cases)
    it(`${JSON.stringify(text)} → ${code} at ${position}`, () => {
      const error = failure(text);
      expect(error.code).toBe(code);
      expect(error.position).toBe(position);
      expect(error.params.pos).toBe(position + 1);
    });

  it(`caps the size at ${MAX_ELEMENTS} elements and ${MAX_DIMS} dimensions`, () => {
    expect(ok(new Array(MAX_ELEMENTS).fill('1').join(',')).shape).toEqual([MAX_ELEMENTS]);
    expect(failure(new Array(MAX_ELEMENTS + 1).fill('1').join(',')).code).toBe('tooManyElements');
    expect(ok('torch.tensor([[[1.0]]])').shape).toEqual([1, 1, 1]);
  });
});

describe('parseTensor properties (fast-check)', () => {
  it('never throws on arbitrary text and always answers ok or an error inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const result = parseTensor(text);
        if (!result.ok) expect(result.error.position).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on near-misses built from the grammar tokens', () => {
    const token = fc.constantFrom(
      '[',
      ']',
      '(',
      ')',
      ',',
      '-',
      '1',
      '.5',
      'e',
      '3.',
      'float(',
      "'nan'",
      'torch.tensor(',
      'dtype=',
      'torch.float64',
      'True',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        parseTensor(tokens.join(''));
      }),
      { numRuns: 2000 },
    );
  });

  it('serializeList and serializeTensor round-trip every double, bit for bit', () => {
    const value = fc.double();
    const shapes = fc.oneof(
      fc.array(value, { minLength: 1, maxLength: 8 }),
      fc
        .integer({ min: 1, max: 3 })
        .chain((cols) =>
          fc.array(fc.array(value, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 4 }),
        ),
    );
    fc.assert(
      fc.property(shapes, fc.boolean(), (data, requiresGrad) => {
        const back = ok(serializeList(data));
        expect(back.data).toStrictEqual(data);
        const call = ok(serializeTensor({ data, dtype: 'float64', requiresGrad }));
        expect(call.data).toStrictEqual(data);
        expect(call.dtype).toBe('float64');
        expect(call.requiresGrad).toBe(requiresGrad);
      }),
      { numRuns: 500 },
    );
  });
});
