import { describe, expect, it } from 'vitest';
import { readDecimal } from '../../../src/lib/state/read';

// Source of truth: the decimal the reader typed; values are exact (they parse as the same double).
describe('readDecimal', () => {
  it('readDecimal() reads a comma or a point as the decimal separator', () => {
    expect(readDecimal('-1,3')).toBe(-1.3);
    expect(readDecimal('-1.3')).toBe(-1.3);
    expect(readDecimal('0,25')).toBe(0.25);
  });

  it('readDecimal() reads the page’s own writing: the true minus sign and spaces', () => {
    expect(readDecimal('−1,30')).toBe(-1.3);
    expect(readDecimal(' − 2 ')).toBe(-2);
  });

  it('readDecimal() refuses what is not one number: two separators, words, empty, infinity', () => {
    expect(readDecimal('1.234,5')).toBeUndefined();
    expect(readDecimal('1,2,3')).toBeUndefined();
    expect(readDecimal('abc')).toBeUndefined();
    expect(readDecimal('')).toBeUndefined();
    expect(readDecimal('-')).toBeUndefined();
    expect(readDecimal('1e999')).toBeUndefined();
    expect(readDecimal('NaN')).toBeUndefined();
  });
});
