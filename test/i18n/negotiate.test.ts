import { describe, expect, it } from 'vitest';
import { preferredLocale as negotiate } from '../../src/i18n/negotiate';
import { localeTable } from '../../src/i18n/locales';

const preferredLocale = (tags: readonly unknown[]) => negotiate(tags, localeTable());

// Source of truth: the locale table in src/i18n/locales.ts (en, fr, ja, tr, zh = zh-Hans/zh-CN).
describe('preferredLocale', () => {
  it('preferredLocale(tags) takes the first tag the site has, exact or by primary language', () => {
    expect(preferredLocale(['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(preferredLocale(['ja'])).toBe('ja');
    expect(preferredLocale(['TR-tr'])).toBe('tr');
    expect(preferredLocale(['zh-CN'])).toBe('zh');
    expect(preferredLocale(['zh-Hans-SG'])).toBe('zh');
    expect(preferredLocale(['en-GB', 'ja'])).toBe('en');
  });

  it('preferredLocale(tags) skips Traditional Chinese: the site has Simplified only', () => {
    expect(preferredLocale(['zh-TW', 'ja'])).toBe('ja');
    expect(preferredLocale(['zh-Hant-HK'])).toBeNull();
  });

  it('preferredLocale(tags) returns null for none, and skips malformed entries', () => {
    expect(preferredLocale([])).toBeNull();
    expect(preferredLocale(['de', 'es-419'])).toBeNull();
    expect(preferredLocale(['<b>', '', 42, null, 'fr'])).toBe('fr');
  });
});
