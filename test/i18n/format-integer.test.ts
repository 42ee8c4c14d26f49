import { describe, expect, it } from 'vitest';
import { formatInteger } from '../../src/i18n/format';

describe('formatInteger', () => {
  it('formatInteger() groups digits the way each locale does', () => {
    expect(formatInteger(4_718_592, 'en')).toBe('4,718,592');
    expect(formatInteger(4_718_592, 'fr')).toBe('4\u202f718\u202f592');
    expect(formatInteger(4_718_592, 'tr')).toBe('4.718.592');
    expect(formatInteger(4_718_592, 'ja')).toBe('4,718,592');
    expect(formatInteger(4_718_592, 'zh')).toBe('4,718,592');
  });

  it('formatInteger() writes a true minus sign and rounds to a whole number', () => {
    expect(formatInteger(-512, 'en')).toBe('\u2212512');
    expect(formatInteger(1365.4, 'en')).toBe('1,365');
  });
});
