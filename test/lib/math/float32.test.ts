import { describe, expect, it } from 'vitest';
import { float32Epsilon, float32Facts, float32FractionBits, float32Max } from '../../../src/lib/math/float32';
import { allFacts } from '../../../src/lib/math';

// Source of truth: IEEE 754-2019 binary32 (23 fraction bits, emax 127). Every value here is a
// power of two or a float32, so the comparisons are exact.
describe('float32', () => {
  it('float32Epsilon() is 2^-23, the gap after 1', () => {
    expect(float32Epsilon()).toBe(2 ** -23);
    expect(Math.fround(1 + float32Epsilon())).toBeGreaterThan(1);
    expect(Math.fround(1 + float32Epsilon() / 2)).toBe(1);
  });

  it('float32FractionBits() is 23', () => {
    expect(float32FractionBits()).toBe(23);
  });

  it('float32Max() is (2 − 2^-23)·2^127, a float32 whose next step up overflows', () => {
    expect(float32Max()).toBe((2 - 2 ** -23) * 2 ** 127);
    expect(Math.fround(float32Max())).toBe(float32Max());
    expect(Math.fround(float32Max() * (1 + 2 ** -23))).toBe(Infinity);
  });

  it('float32Facts() gives 0.1 as stored in float32, 13421773·2^-27, and its error', () => {
    const f = float32Facts();
    expect(f['float32Tenth']).toBe(13421773 * 2 ** -27);
    expect(f['float32TenthError']).toBe(13421773 * 2 ** -27 - 0.1);
  });

  it('allFacts() carries the float32 facts and the sigmoid chain bound 0.25^10', () => {
    expect(allFacts()['float32Epsilon']).toBe(2 ** -23);
    expect(allFacts()['sigmoidChainDepth']).toBe(10);
    expect(allFacts()['sigmoidChainBound']).toBe(0.25 ** 10);
  });
});
