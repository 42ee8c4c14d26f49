// Properties every exported activation and derivative shares.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import * as math from '../../../src/lib/math';
import { assertAbsClose, assertSame } from './helpers';

type Pair = [name: string, f: (x: number) => number, df: (x: number) => number, kinks: number[]];

const pairs: Pair[] = [
  ['gelu', math.gelu, math.geluGrad, []],
  ['geluTanh', math.geluTanh, math.geluTanhGrad, []],
  ['geluSigmoid', math.geluSigmoid, math.geluSigmoidGrad, []],
  ['relu', math.relu, math.reluGrad, [0]],
  ['leakyRelu(·, 0.2)', (x) => math.leakyRelu(x, 0.2), (x) => math.leakyReluGrad(x, 0.2), [0]],
  ['leakyRelu(·)', (x) => math.leakyRelu(x), (x) => math.leakyReluGrad(x), [0]],
  ['silu', math.silu, math.siluGrad, []],
  ['swish(·, 0.3)', (x) => math.swish(x, 0.3), (x) => math.swishGrad(x, 0.3), []],
  ['swish(·, 7.5)', (x) => math.swish(x, 7.5), (x) => math.swishGrad(x, 7.5), []],
  ['sigmoid', math.sigmoid, math.sigmoidGrad, []],
  ['normalCdf', math.normalCdf, math.normalPdf, []],
];

describe('activation derivatives', () => {
  // Central difference with h = 1e-5: truncation error ~ f‴h²/6 < 1e-9, rounding ~ 2^-52·|f|/h < 1e-9
  // for |x| <= 20, so f′ must agree to 1e-8 of max(1, |f′|).
  it('df(x) agrees with the central difference of f within 1e-8 relative on [-20, 20], away from kinks', () => {
    const h = 1e-5;
    for (const [name, f, df, kinks] of pairs) {
      fc.assert(
        fc.property(fc.double({ min: -20, max: 20, noNaN: true }), (x) => {
          fc.pre(kinks.every((k) => Math.abs(x - k) > 2 * h));
          const cd = (f(x + h) - f(x - h)) / (2 * h);
          const d = df(x);
          assertAbsClose(cd, d, 1e-8 * Math.max(1, Math.abs(d)), `${name}′(${x})`);
        }),
      );
    }
  });

  it('df(x) and f(x) are finite for every |x| <= 1e308 (no overflow, no ∞·0)', () => {
    for (const [name, f, df] of pairs) {
      fc.assert(
        fc.property(fc.double({ min: -1e308, max: 1e308, noNaN: true }), (x) => {
          if (!Number.isFinite(df(x))) throw new Error(`${name}′(${x}) = ${df(x)}`);
          if (!Number.isFinite(f(x))) throw new Error(`${name}(${x}) = ${f(x)}`);
        }),
      );
    }
  });

  it('f(±∞) and df(±∞) are limits, never NaN', () => {
    for (const [name, f, df] of pairs)
      for (const x of [Infinity, -Infinity])
        for (const [label, g] of [
          [name, f],
          [`${name}′`, df],
        ] as const)
          if (Number.isNaN(g(x))) throw new Error(`${label}(${x}) is NaN`);
  });

  it('f(NaN) and df(NaN) are NaN for every function and derivative', () => {
    for (const [name, f, df] of pairs) {
      assertSame(f(Number.NaN), Number.NaN, `${name}(NaN)`);
      assertSame(df(Number.NaN), Number.NaN, `${name}′(NaN)`);
    }
    assertSame(math.erf(Number.NaN), Number.NaN, 'erf(NaN)');
    assertSame(math.erfc(Number.NaN), Number.NaN, 'erfc(NaN)');
  });
});
