import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { catalogProblems, interpolate, placeholders } from '../../src/i18n/catalog';
import { localeIds } from '../../src/i18n/locales';

// A locale's catalogue is the merge of every string area: ui/, ui-ideas/ and the ui-*/ folders.
const areas = readdirSync('src/i18n', { withFileTypes: true })
  .filter((d) => d.isDirectory() && /^ui(-|$)/.test(d.name))
  .map((d) => d.name)
  .sort();
const read = (dir: string, name: string) =>
  JSON.parse(readFileSync(`src/i18n/${dir}/${name}.json`, 'utf8')) as Record<string, string>;
const load = (name: string) => Object.assign({}, ...areas.map((dir) => read(dir, name))) as Record<string, string>;
const en = load('en');

describe('UI string catalogues', () => {
  it('catalogProblems() finds nothing missing, extra or mismatched in any language', () => {
    for (const locale of localeIds) expect(catalogProblems(en, load(locale), locale)).toEqual([]);
  });

  it('catalogProblems() reports a missing key, an unknown key and a placeholder mismatch', () => {
    const problems = catalogProblems({ a: 'x {n}', b: 'y' }, { a: 'x {m}', c: 'z' }, 'xx');
    expect(problems).toEqual([
      'xx: "a" has placeholders {m}, expected {n}',
      'xx: missing key "b"',
      'xx: unknown key "c"',
    ]);
  });

  it('there is one catalogue file per locale and no other', () => {
    expect(areas.length).toBeGreaterThan(2);
    for (const dir of areas.map((a) => `src/i18n/${a}`))
      expect(readdirSync(dir).sort()).toEqual(localeIds.map((l) => `${l}.json`).sort());
  });

  it('non-English catalogues are translated, not copies of English', () => {
    for (const locale of localeIds.filter((l) => l !== 'en')) {
      const c = load(locale);
      const same = Object.keys(en).filter((k) => c[k] === en[k] && /[a-z]{4,}/.test(en[k] ?? ''));
      // Short technical labels (x, f(x), function names) may stay; sentences may not.
      expect(
        same.filter((k) => (en[k] ?? '').split(' ').length > 2),
        locale,
      ).toEqual([]);
    }
  });

  it('interpolate() fills placeholders and throws on a missing one', () => {
    expect(interpolate('{y} at x = {x}', { x: '−0,7518', y: '−0,1700' })).toBe('−0,1700 at x = −0,7518');
    expect(() => interpolate('{y}', {})).toThrow(/missing placeholder/);
    expect(placeholders('{b} {a} {b}')).toEqual(['a', 'b']);
  });
});
