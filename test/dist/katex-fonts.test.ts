import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charset, KATEX_FONT, katexText } from '../../src/build/katex-fonts';
import { fontCodePoints } from '../build/font-cmap';
import { loadSite } from './site';

const require = createRequire(import.meta.url);

describe('KaTeX fonts of the build in dist/ (cut to the formulas’ characters)', () => {
  const site = loadSite();
  const fonts = readdirSync(join(site.dir, '_astro')).filter((f) => KATEX_FONT.test(f));
  const used = charset([...site.pages.values()].map((p) => katexText(p.html)).join(''));

  it('the site has formulas, and each KaTeX face is there in woff2, woff and ttf', () => {
    expect([...used].length).toBeGreaterThan(20);
    const faces = new Set(fonts.map((f) => KATEX_FONT.exec(f)![1]));
    expect(faces.size).toBe(20);
    expect(fonts).toHaveLength(60);
  });

  it('every KaTeX font a page names (stylesheet or preload) is a file of the build', () => {
    const missing = new Set<string>();
    for (const page of site.pages.values())
      for (const m of page.html.matchAll(/KaTeX_[A-Za-z0-9-]+\.[A-Za-z0-9_-]{8}\.(?:woff2|woff|ttf)/g))
        if (!existsSync(join(site.dir, '_astro', m[0]))) missing.add(`${page.path}: ${m[0]}`);
    expect([...missing]).toEqual([]);
  });

  it('each subset keeps every character of the formulas that its KaTeX original has', async () => {
    const lost: string[] = [];
    for (const name of fonts.filter((f) => f.endsWith('.woff2'))) {
      const face = KATEX_FONT.exec(name)![1];
      const original = await fontCodePoints(readFileSync(require.resolve(`katex/dist/fonts/${face}.woff2`)));
      const subset = await fontCodePoints(readFileSync(join(site.dir, '_astro', name)));
      for (const ch of used) if (original.has(ch.codePointAt(0)!) && !subset.has(ch.codePointAt(0)!)) lost.push(`${face}: ${ch}`);
      // And it is a subset: far fewer characters than the face has.
      expect(subset.size, face).toBeLessThanOrEqual(Math.min(original.size, [...used].length + 8));
    }
    expect(lost).toEqual([]);
  });
});
