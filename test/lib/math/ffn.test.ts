import { describe, expect, it } from 'vitest';
import { ffnComparison, ffnWeights, gatedHidden } from '../../../src/lib/math/ffn';

describe('ffnComparison', () => {
  it('ffnWeights() counts matrices × d × hidden', () => {
    expect(ffnWeights(768, 3072, 2)).toBe(4_718_592);
    expect(ffnWeights(768, 2048, 3)).toBe(4_718_592);
  });

  it('gatedHidden() is two thirds of the hidden size, rounded: 3072 -> 2048 (Shazeer 2020)', () => {
    expect(gatedHidden(3072)).toBe(2048);
    expect(gatedHidden(2048)).toBe(1365);
    expect(gatedHidden(4)).toBe(3);
  });

  it('ffnComparison(768): the gated block with 2/3·4d has exactly the weights of the two-matrix block; keeping 4d costs 1.5×', () => {
    expect(ffnComparison(768)).toEqual([
      { id: 'plain', matrices: 2, hidden: 3072, weights: 4_718_592, ratio: 1 },
      { id: 'gated', matrices: 3, hidden: 2048, weights: 4_718_592, ratio: 1 },
      { id: 'gatedWide', matrices: 3, hidden: 3072, weights: 7_077_888, ratio: 1.5 },
    ]);
  });

  it('ffnComparison(512): 8·512/3 is not an integer, so the gated block rounds to 1365 and has 512 weights fewer', () => {
    const [plain, gated] = ffnComparison(512);
    expect(plain?.weights).toBe(2_097_152);
    expect(gated?.hidden).toBe(1365);
    expect(gated?.weights).toBe(2_096_640);
    expect(gated?.ratio).toBe(2_096_640 / 2_097_152);
  });

  it('ffnComparison() rejects a width that is not a positive integer', () => {
    expect(() => ffnComparison(0)).toThrow(RangeError);
    expect(() => ffnComparison(12.5)).toThrow(RangeError);
    expect(() => ffnComparison(Number.NaN)).toThrow(RangeError);
  });
});
