import katex from 'katex';
import { describe, it } from 'vitest';
import {
  activationIds,
  activation,
  texGeluSigmoid,
  texSwish,
  texGeluTanh,
  texNumber,
  texPhi,
  type ParamValues,
} from '../../../src/lib/math';

/** Renders like the build does; test/setup.ts turns any console.warn into a failure. */
function render(tex: string): string {
  return katex.renderToString(tex, { throwOnError: true, output: 'htmlAndMathml' });
}

const variants: Record<string, ParamValues[]> = {
  gelu: [{}, { approx: 'erf' }, { approx: 'tanh' }, { approx: 'sigmoid' }],
  relu: [{}],
  'leaky-relu': [{}, { alpha: 0.2 }, { alpha: 0 }, { alpha: 1e-7 }],
  silu: [{}, { beta: 1 }, { beta: 1.5 }, { beta: 10 }],
  sigmoid: [{}],
};

describe('activation(id).tex', () => {
  it('tex.f(p) and tex.df(p) render with KaTeX (throwOnError, no warning) for every activation and variant', () => {
    for (const id of activationIds)
      for (const p of variants[id] ?? []) {
        render(activation(id).tex.f(p));
        render(activation(id).tex.df(p));
      }
    render(activation('gelu').tex.f());
    render(activation('leaky-relu').tex.df());
  });

  it('tex.f(p) shows alpha as a number when given and as \\alpha otherwise', () => {
    const leaky = activation('leaky-relu').tex;
    if (!leaky.f({ alpha: 0.2 }).includes('0.2\\,x')) throw new Error(leaky.f({ alpha: 0.2 }));
    if (!leaky.f().includes('\\alpha\\,x')) throw new Error(leaky.f());
    if (!leaky.df({ alpha: 0.3 }).includes('0.3 & x \\le 0')) throw new Error(leaky.df({ alpha: 0.3 }));
  });

  it('tex.f(p) of GELU follows the approximation chosen', () => {
    if (!activation('gelu').tex.f({ approx: 'tanh' }).includes('0.044715')) throw new Error('tanh');
    if (!activation('gelu').tex.f({ approx: 'sigmoid' }).includes('1.702')) throw new Error('sigmoid');
    if (!activation('gelu').tex.f().includes('\\mathrm{erf}')) throw new Error('erf');
  });
});

describe('GELU formula extras', () => {
  it('texPhi, texGeluTanh, texGeluSigmoid and texSwish render with KaTeX', () => {
    for (const tex of [texPhi, texGeluTanh, texGeluSigmoid, texSwish]) render(tex);
  });
});

describe('texNumber', () => {
  it('texNumber(v) writes short decimals and a TeX power of ten instead of 1e-7', () => {
    const cases: Array<[number, string]> = [
      [0.01, '0.01'],
      [0.30000000000000004, '0.3'],
      [1, '1'],
      [1e-7, '1 \\times 10^{-7}'],
      [2.5e21, '2.5 \\times 10^{21}'],
    ];
    for (const [v, expected] of cases)
      if (texNumber(v) !== expected) throw new Error(`texNumber(${v}) = ${texNumber(v)}`);
  });

  it('texNumber throws a RangeError for NaN and ∞', () => {
    for (const v of [Number.NaN, Infinity]) {
      let threw = false;
      try {
        texNumber(v);
      } catch (e) {
        threw = e instanceof RangeError;
      }
      if (!threw) throw new Error(`texNumber(${v})`);
    }
  });
});
