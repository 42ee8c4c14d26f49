// Source of truth: French typesetting rules (Lexique des règles typographiques en usage à
// l'Imprimerie nationale): a no-break space before « : » and inside guillemets, a narrow
// no-break space before « ; », « ! » and « ? ». Every French string and prose file must
// already follow them, so no line can start with a colon or a question mark.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../src/i18n';
import { frenchSpacing } from '../../src/i18n/typography';

describe('frenchSpacing', () => {
  it('frenchSpacing() makes the typed space before : and » and after « a no-break space (U+00A0)', () => {
    expect(frenchSpacing('Par défaut : {value}')).toBe('Par défaut\u00a0: {value}');
    expect(frenchSpacing('« passe »')).toBe('«\u00a0passe\u00a0»');
  });
  it('frenchSpacing() makes the typed space before ; ! ? a narrow no-break space (U+202F)', () => {
    expect(frenchSpacing('Pourquoi nan ? Ici ; là !')).toBe('Pourquoi nan\u202f? Ici\u202f; là\u202f!');
    expect(frenchSpacing('vaut\u00a0?')).toBe('vaut\u202f?');
  });
  it('frenchSpacing() adds no space where none was typed (addresses, queries, ratios)', () => {
    for (const s of ['https://example.org/fr/gelu/?a=-2', 'x:y', 'ReLU\u00a0: m', '« passe »'.replace(/ /g, '')])
      expect(frenchSpacing(s)).toBe(s);
  });
});

describe('French text follows the rules already', () => {
  it('every French UI string', () => {
    const bad = Object.entries(catalogs.fr).filter(([, s]) => frenchSpacing(s) !== s);
    expect(bad.map(([k]) => k)).toEqual([]);
  });

  it('every French prose file, outside code, formulas and link targets', () => {
    const bad: string[] = [];
    for (const f of readdirSync('content/fr').filter((n) => n.endsWith('.md'))) {
      let fence = false;
      readFileSync(`content/fr/${f}`, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/^\s*(```|~~~)/.test(line)) fence = !fence;
          if (fence || /^\s*(```|~~~|\$\$)/.test(line)) return;
          const text = line.replace(/`[^`]*`|\$\$[^$]*\$\$|\$[^$]*\$|\]\([^)]*\)/g, 'X');
          if (frenchSpacing(text) !== text) bad.push(`content/fr/${f}:${i + 1}`);
        });
    }
    expect(bad).toEqual([]);
  });
});
