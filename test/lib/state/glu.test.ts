import { describe, expect, it } from 'vitest';
import { gluViewDefaults, parseGluView, readWidth, serializeGluView } from '../../../src/lib/state/glu';

describe('GLU page view', () => {
  it('parseGluView() reads a and d, with or without ?', () => {
    expect(parseGluView('?a=-1.5&d=512')).toEqual({ a: -1.5, d: 512 });
    expect(parseGluView('a=0.25')).toEqual({ a: 0.25, d: 768 });
    expect(parseGluView('')).toEqual(gluViewDefaults);
  });

  it('parseGluView() clamps a to [−3, 3] and drops malformed values, never throws', () => {
    expect(parseGluView('?a=7')).toEqual({ a: 3, d: 768 });
    expect(parseGluView('?a=-1e9')).toEqual({ a: -3, d: 768 });
    expect(parseGluView('?a=abc&d=0x10')).toEqual(gluViewDefaults);
    expect(parseGluView('?a=1e999&d=Infinity')).toEqual(gluViewDefaults);
    expect(parseGluView('?a=-0')).toEqual({ a: 0, d: 768 });
    expect(parseGluView(undefined as unknown as string)).toEqual(gluViewDefaults);
  });

  it('readWidth() accepts whole numbers from 1 to 65536 only', () => {
    expect(readWidth('4096')).toBe(4096);
    expect(readWidth('1')).toBe(1);
    expect(readWidth('65536')).toBe(65_536);
    expect(readWidth('0')).toBeUndefined();
    expect(readWidth('12.5')).toBeUndefined();
    expect(readWidth('65537')).toBeUndefined();
    expect(readWidth('<script>')).toBeUndefined();
    expect(readWidth(null)).toBeUndefined();
  });

  it('serializeGluView() leaves defaults out of the link', () => {
    expect(serializeGluView(gluViewDefaults)).toEqual({ a: null, d: null });
    expect(serializeGluView({ a: -1.25, d: 512 })).toEqual({ a: '-1.25', d: '512' });
  });
});
