import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { charset, KATEX_FONT, katexText, subsetKatexFonts } from '../../src/build/katex-fonts';
import { fontCodePoints } from './font-cmap';

const require = createRequire(import.meta.url);
const katexFont = (file: string) => require.resolve(`katex/dist/fonts/${file}`);

describe('katexText', () => {
  it('keeps what KaTeX lays out and leaves out the MathML copy and its TeX annotation', () => {
    const html = katex.renderToString(String.raw`\alpha x \le \beta`, { output: 'htmlAndMathml' });
    const text = katexText(`<p>before</p>${html}<p>after</p>`);
    expect(charset(text)).toBe(charset('αx≤β'));
    // The annotation holds the source: none of its backslash commands may leak in.
    expect(text).not.toMatch(/[\\a-z]{2,}/);
  });

  it('follows nested spans to the end of each katex-html span, and several per page', () => {
    const page = [
      '<span class="katex"><span class="katex-html" aria-hidden="true"><span class="base"><span>a</span><span><span>b</span></span></span>c</span></span>',
      '<span>not math</span>',
      '<span class="x katex-html">d&amp;&#x3A6;&#8722;</span>',
    ].join('');
    expect(katexText(page)).toBe('abcd&Φ−');
  });

  it('reads nothing from a page without formulas', () => {
    expect(katexText('<main><span class="val">−0.1587</span></main>')).toBe('');
  });
});

describe('charset', () => {
  it('lists each character once, by code point, without white space', () => {
    expect(charset('b a\nαa b1')).toBe('1abα');
  });
});

describe('subsetKatexFonts on a small build', () => {
  it('cuts every KaTeX font to the text of the pages, renames it by content and rewrites the pages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'katex-subset-'));
    try {
      mkdirSync(join(dir, '_astro'));
      mkdirSync(join(dir, 'en'));
      const faces = ['KaTeX_Main-Regular.woff2', 'KaTeX_Math-Italic.woff2', 'KaTeX_Size1-Regular.woff2'];
      const names = faces.map((f) => f.replace('.woff2', '.AAAAAAAA.woff2'));
      faces.forEach((f, i) => copyFileSync(katexFont(f), join(dir, '_astro', names[i]!)));
      const css = names.map((n, i) => `@font-face{font-family:F${i};src:url(/_astro/${n}) format("woff2")}`).join('');
      const math = katex.renderToString(String.raw`\left(\frac{x}{2}\right) = \alpha`, { output: 'htmlAndMathml' });
      writeFileSync(
        join(dir, 'en', 'index.html'),
        `<style>${css}</style><link rel="preload" href="/_astro/${names[0]}">${math}`,
      );

      const result = await subsetKatexFonts(dir);
      expect(result.fonts).toBe(3);
      expect(result.after).toBeLessThan(result.before / 2);

      const built = readdirSync(join(dir, '_astro'));
      expect(built).toHaveLength(3);
      const html = readFileSync(join(dir, 'en', 'index.html'), 'utf8');
      for (const name of built) {
        expect(name).toMatch(KATEX_FONT);
        expect(name).not.toContain('AAAAAAAA');
        // Both the stylesheet and the preload name the new file.
        expect(html.split(name).length - 1, name).toBe(name.startsWith('KaTeX_Main-Regular') ? 2 : 1);
      }
      expect(html).not.toContain('AAAAAAAA');

      // Each face keeps exactly the page's characters it had: none lost, no others kept.
      const used = new Set([...result.chars].map((c) => c.codePointAt(0)!));
      for (const [i, face] of faces.entries()) {
        const name = built.find((n) => n.startsWith(face.split('.')[0]!))!;
        const had = await fontCodePoints(readFileSync(katexFont(face)));
        const has = await fontCodePoints(readFileSync(join(dir, '_astro', name)));
        const expected = [...had].filter((c) => used.has(c)).sort((a, b) => a - b);
        expect(
          [...has].sort((a, b) => a - b),
          `${faces[i]}`,
        ).toEqual(expected);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
