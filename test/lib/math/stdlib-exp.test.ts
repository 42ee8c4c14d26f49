import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';

// The bundles alias stdlib's exp to Math.exp (src/lib/math/stdlib/exp.cjs). Source of truth:
// stdlib's own exp, the routine erfc was written against. Tolerance: none (bit for bit) wherever
// the result is a normal number (but at x = 1, below); under that stdlib flushes to 0 while Math.exp keeps the subnormal.
const require = createRequire(import.meta.url);
const stdlibExp = require('@stdlib/math-base-special-exp') as (x: number) => number;

describe('Math.exp as stdlib exp', () => {
  it('Math.exp(x) equals stdlib exp(x) bit for bit on the range erfc uses, normal results', () => {
    // A fixed grid plus a deterministic pseudo-random sample over [-708, 709].
    const xs: number[] = [0, -0, 0.5, -0.5625, 1e-300, -1e-300, -708, 709.7, -1, 1, 27.9, -784];
    let s = 12345;
    for (let i = 0; i < 200_000; i++) {
      s = (s * 1103515245 + 12345) % 2147483648;
      xs.push(-708 + (1417 * s) / 2147483648);
    }
    const differ = xs.filter((x) => Math.exp(x) >= 2.2250738585072014e-308 && !Object.is(Math.exp(x), stdlibExp(x)));
    // One exception: V8 returns the correctly rounded Math.E at x = 1, stdlib one ulp above it.
    expect(differ).toEqual([1]);
    expect(Math.exp(1)).toBe(Math.E);
    expect(stdlibExp(1)).toBe(2.7182818284590455);
  });

  it('Math.exp keeps the special values stdlib gives', () => {
    for (const x of [Number.NaN, Infinity, -Infinity, 710, -746]) expect(Math.exp(x)).toBe(stdlibExp(x));
  });
});
