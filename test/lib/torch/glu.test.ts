// The GLU family against real PyTorch. Source of truth: test/fixtures/torch_glu.json, written by
// scripts/torch-glu-fixtures.py with Debian's python3-torch 1.13.1 (x86-64, AVX2), which also
// runs the page's example and records what it prints.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gluExamplePrinted, gluExampleSource, gluExampleValues } from '../../../src/components/glu/code';
import { gluVariant, gluVariants, type GluVariantId } from '../../../src/lib/math/glu';
import { formatTensor } from '../../../src/lib/torch/format';
import { gateOp, gatedProduct, gluModule, runGluVariant } from '../../../src/lib/torch/glu';
import { flatten, type Dtype } from '../../../src/lib/torch/tensor';

import { decode, type Raw } from './fixture';

interface GluCase {
  id: string;
  source: string;
  input: { dtype: Dtype; shape: number[]; data: Raw };
  outputs: Record<GluVariantId, { str: string; data: Raw }>;
}

interface GluFixture {
  meta: { torch_version: string };
  page: { source: string; stdout: string };
  cases: GluCase[];
}

const fixture = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../fixtures/torch_glu.json', import.meta.url)), 'utf8'),
) as GluFixture;

const englishNames = { glu: 'GLU', reglu: 'ReGLU', geglu: 'GEGLU', swiglu: 'SwiGLU' } as const;
const englishComments = {
  input: 'eight inputs: the first half is the value a, the second half the gate b',
  variants: 'GLU has a module; each variant is one line',
};

describe('the GLU page example', () => {
  it('gluExampleSource() is the code the fixture ran in PyTorch 1.13, line for line', () => {
    expect(fixture.meta.torch_version).toMatch(/^1\.13/);
    expect(gluExampleSource(englishComments, englishNames)).toBe(fixture.page.source);
  });

  it('gluExamplePrinted() is exactly what PyTorch printed for it (ReGLU’s -0.0000 included)', () => {
    expect(gluExamplePrinted(englishNames)).toBe(fixture.page.stdout);
    expect(gluExamplePrinted(englishNames)).toContain('-0.0000');
  });

  it('gluExampleValues is the fixture’s page input', () => {
    const page = fixture.cases.find((c) => c.id === 'page');
    expect(page && flatten(decode(page.input.data))).toEqual([...gluExampleValues]);
  });
});

describe('runGluVariant', () => {
  for (const c of fixture.cases)
    for (const v of gluVariants) {
      const rank = c.input.shape.length;
      if (v.torchModule === undefined && rank !== 1) continue;
      // Float32 bit for bit. Float64 SiLU and GELU run the first ops' stand-in (the correctly
      // rounded exp and erf of lib/torch/evaluate.ts), which can be one unit in the last place
      // off PyTorch's SLEEF: far below what the printer shows.
      const ulps = c.input.dtype === 'float32' ? 0 : 1;
      it(`runGluVariant(${v.id}) on ${c.id} prints what PyTorch prints and computes its values within ${ulps} ulp`, () => {
        const out = runGluVariant(v, { data: decode(c.input.data), dtype: c.input.dtype });
        const want = c.outputs[v.id];
        expect(formatTensor(out)).toBe(want.str);
        const got = flatten(out.data);
        const ref = flatten(decode(want.data));
        const differ = got.flatMap((g, i) => {
          const r = ref[i] ?? Number.NaN;
          if (Object.is(g, r)) return [];
          const ulp = Number.isFinite(r) && r !== 0 ? 2 ** (Math.floor(Math.log2(Math.abs(r))) - 52) : 0;
          return Math.abs(g - r) <= ulps * ulp ? [] : [`[${i}] ${g} vs ${r}`];
        });
        expect(differ).toEqual([]);
      });
    }
});

describe('the emulation’s limits', () => {
  it('gluModule() refuses a 0-d tensor and an odd last dimension, as nn.GLU does', () => {
    expect(() => gluModule({ data: 1, dtype: 'float32' })).toThrow(/0-d/);
    expect(() => gluModule({ data: [1, 2, 3], dtype: 'float32' })).toThrow(/even/);
  });

  it('gatedProduct() emulates 1-D inputs only: for 2-D, b is a strided view and F.gelu takes another kernel', () => {
    expect(() =>
      gatedProduct(gateOp(gluVariant('geglu')), {
        data: [
          [1, 2],
          [3, 4],
        ],
        dtype: 'float32',
      }),
    ).toThrow(/1-D/);
  });

  it('gateOp() builds each gate’s PyTorch op from its registry entry at PyTorch’s defaults', () => {
    expect(gateOp(gluVariant('geglu'))).toEqual({ kind: 'gelu', approximate: 'none' });
    expect(gateOp(gluVariant('swiglu'))).toEqual({ kind: 'silu' });
    expect(gateOp(gluVariant('reglu'))).toEqual({ kind: 'relu' });
  });
});
