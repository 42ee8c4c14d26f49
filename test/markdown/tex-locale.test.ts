import { describe, expect, it } from 'vitest';
import { localeOfCode, localizeTexDecimals } from '../../src/markdown/tex-locale';

describe('localizeTexDecimals', () => {
  it('localizeTexDecimals() writes decimal commas as {,} in French and Turkish only', () => {
    const tex = String.raw`x + 0.044715\,x^{3},\ \sigma(1.702\,x)`;
    expect(localizeTexDecimals(tex, 'fr')).toBe(String.raw`x + 0{,}044715\,x^{3},\ \sigma(1{,}702\,x)`);
    expect(localizeTexDecimals(tex, 'tr')).toBe(String.raw`x + 0{,}044715\,x^{3},\ \sigma(1{,}702\,x)`);
    for (const locale of ['en', 'ja', 'zh'] as const) expect(localizeTexDecimals(tex, locale)).toBe(tex);
  });

  it('localizeTexDecimals() leaves points that are not between digits', () => {
    expect(localizeTexDecimals(String.raw`\max(0,\, x). 1.`, 'fr')).toBe(String.raw`\max(0,\, x). 1.`);
  });

  it('localeOfCode() maps Astro locale codes to our locales, unknown to the default', () => {
    expect(localeOfCode('zh-Hans')).toBe('zh');
    expect(localeOfCode('zh-CN')).toBe('zh');
    expect(localeOfCode('fr')).toBe('fr');
    expect(localeOfCode(undefined)).toBe('en');
    expect(localeOfCode('de')).toBe('en');
  });
});
