import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import terminology from '../../src/i18n/terminology.json';
import { localeIds } from '../../src/i18n/locales';

// The per-language terminology list: the word each language uses for a term, and words that
// readers flagged as wrong. No prose file and no UI string may contain a banned word.

interface Banned {
  word: string;
  pattern?: string;
  flags?: string;
  use: string;
  why: string;
  example: string;
}

const lists = terminology as Record<string, { terms: Record<string, string>; banned: Banned[] }>;

/** The regular expression of a banned word: its pattern, or the word itself, case-insensitive, per line. */
function regex(b: Banned): RegExp {
  const source = b.pattern ?? b.word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(source, b.flags ?? 'imu');
}

/** Prose without what is not prose: code, formulas, fact tokens, markers, citation keys, link targets. */
function proseOf(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]+\$/g, ' ')
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/\{fact:[^}]*\}/g, ' ')
    .replace(/\[-?@[^\]]*\]/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
}

/** Every text a locale shows: its prose files and its UI strings, each with where it comes from. */
function textsOf(locale: string): Array<{ where: string; text: string }> {
  const prose = readdirSync(`content/${locale}`)
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ where: `content/${locale}/${f}`, text: proseOf(readFileSync(`content/${locale}/${f}`, 'utf8')) }));
  const strings = readdirSync('src/i18n', { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^ui(-|$)/.test(d.name))
    .map((d) => d.name)
    .flatMap((dir) => {
      const file = `src/i18n/${dir}/${locale}.json`;
      const catalog = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      // `{name}` placeholders are filled by code, not read as words.
      return Object.entries(catalog).map(([key, text]) => ({
        where: `${file} "${key}"`,
        text: text.replace(/\{[A-Za-z]\w*\}/g, ' '),
      }));
    });
  return [...prose, ...strings];
}

describe('terminology', () => {
  it('src/i18n/terminology.json has a list for every locale and no other', () => {
    expect(Object.keys(lists).sort()).toEqual([...localeIds].sort());
  });

  it('each banned pattern catches the example it was written for', () => {
    const missed = Object.entries(lists).flatMap(([locale, l]) =>
      l.banned.filter((b) => !regex(b).test(b.example)).map((b) => `${locale}: "${b.word}" misses "${b.example}"`),
    );
    expect(missed).toEqual([]);
  });

  for (const locale of localeIds)
    it(`${locale}: no prose file or UI string uses a banned word`, () => {
      const banned = lists[locale]?.banned ?? [];
      const found = textsOf(locale).flatMap(({ where, text }) =>
        banned.flatMap((b) => {
          const m = regex(b).exec(text);
          return m ? [`${where}: "${m[0]}" (${b.word}); use ${b.use}: ${b.why}`] : [];
        }),
      );
      expect(found).toEqual([]);
    });
});
