import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';

// The bundles alias four helpers of stdlib's erfc to one-line modules (astro.config.mjs,
// src/lib/math/stdlib/*.cjs). Source of truth: stdlib's own modules. Tolerance: none (Object.is).
const require = createRequire(import.meta.url);
type SetLow = (x: number, low: number) => number;
const stdlib = {
  setLowWord: require('@stdlib/number-float64-base-set-low-word') as SetLow,
  isnan: require('@stdlib/math-base-assert-is-nan') as (x: number) => boolean,
  pinf: require('@stdlib/constants-float64-pinf') as number,
  ninf: require('@stdlib/constants-float64-ninf') as number,
};
const ours = {
  setLowWord: require('../../../src/lib/math/stdlib/set-low-word.cjs') as SetLow,
  isnan: require('../../../src/lib/math/stdlib/is-nan.cjs') as (x: number) => boolean,
  pinf: require('../../../src/lib/math/stdlib/pinf.cjs') as number,
  ninf: require('../../../src/lib/math/stdlib/ninf.cjs') as number,
};

describe('stdlib helper aliases', () => {
  it('setLowWord(x, low) gives stdlib’s result bit for bit', () => {
    const xs = [0, -0, 1, -1, 0.5, Math.PI, 1e-300, -1e300, 5e-324, Infinity, -Infinity, 27.5, -6.25];
    const lows = [0, 1, 0xffffffff, 0x80000000, 12345, -1];
    for (const x of xs) for (const low of lows) expect(ours.setLowWord(x, low)).toBe(stdlib.setLowWord(x, low));
  });

  it('isnan, PINF and NINF equal stdlib’s', () => {
    for (const x of [Number.NaN, 0, -0, Infinity, -Infinity, 1]) expect(ours.isnan(x)).toBe(stdlib.isnan(x));
    expect(ours.pinf).toBe(stdlib.pinf);
    expect(ours.ninf).toBe(stdlib.ninf);
  });
});
