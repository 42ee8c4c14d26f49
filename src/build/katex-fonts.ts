/**
 * KaTeX's fonts cut down to the characters the site's formulas use.
 *
 * KaTeX ships twenty faces covering all of TeX; the site's formulas use about fifty characters.
 * After the build, this integration reads the text KaTeX laid out on every page, subsets each
 * KaTeX font file in the build to those characters, gives it a new content-hashed name and
 * rewrites the pages that name it. The glyphs drawn are the same; the first load of a function
 * page is about 45 KB lighter.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import subsetFont from 'subset-font';

type Node = DefaultTreeAdapterMap['node'];

/** The text under a node: parse5 has already decoded character references. */
const textUnder = (node: Node): string =>
  'value' in node && node.nodeName === '#text'
    ? node.value
    : 'childNodes' in node
      ? node.childNodes.map((c) => textUnder(c as Node)).join('')
      : '';

/**
 * The text KaTeX lays out in its own fonts on a page: everything inside its `katex-html`
 * spans. The MathML copy beside it (for assistive technology, with the TeX source as an
 * annotation) is drawn with no web font and is left out.
 */
export function katexText(html: string): string {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if ('attrs' in node && node.attrs.some((a) => a.name === 'class' && a.value.split(/\s+/).includes('katex-html'))) {
      out.push(textUnder(node));
      return;
    }
    const kids =
      'content' in node && node.nodeName === 'template'
        ? node.content.childNodes
        : 'childNodes' in node
          ? node.childNodes
          : [];
    for (const c of kids) walk(c);
  };
  walk(parse(html));
  return out.join('');
}

/** The distinct characters of `text`, sorted by code point (a stable subset request). */
export function charset(text: string): string {
  return [...new Set(text.replace(/\s/g, ''))].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

/** A KaTeX font file as Vite names it in the build: face, content hash, format. */
export const KATEX_FONT = /^(KaTeX_[A-Za-z0-9-]+)\.([A-Za-z0-9_-]{8})\.(woff2|woff|ttf)$/;

const FORMATS = { woff2: 'woff2', woff: 'woff', ttf: 'truetype' } as const;

/** An 8-character URL-safe hash of `data`, like the ones Vite puts in asset names. */
export const contentHash = (data: Uint8Array) => createHash('sha256').update(data).digest('base64url').slice(0, 8);

/** Subsets the KaTeX fonts of the build in `dir`; returns what it did, for the build log. */
export async function subsetKatexFonts(
  dir: string,
): Promise<{ chars: string; before: number; after: number; fonts: number }> {
  const pages: string[] = [];
  const fonts: string[] = [];
  for (const rel of await readdir(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, rel);
    if (path.endsWith('.html') || path.endsWith('.css')) pages.push(path);
    else if (KATEX_FONT.test(basename(path))) fonts.push(path);
  }
  const texts = await Promise.all(pages.map(async (p) => [p, await readFile(p, 'utf8')] as const));
  const chars = charset(texts.map(([p, t]) => (p.endsWith('.html') ? katexText(t) : '')).join(''));
  if (chars === '' || fonts.length === 0) return { chars, before: 0, after: 0, fonts: 0 };

  let before = 0;
  let after = 0;
  const renames = new Map<string, string>();
  for (const path of fonts) {
    const [, face, , ext] = KATEX_FONT.exec(basename(path))!;
    const original = await readFile(path);
    const subset = await subsetFont(original, chars, { targetFormat: FORMATS[ext as keyof typeof FORMATS] });
    const name = `${face}.${contentHash(subset)}.${ext}`;
    await writeFile(join(dirname(path), name), subset);
    if (name !== basename(path)) await rm(path);
    renames.set(basename(path), name);
    before += original.length;
    after += subset.length;
  }
  for (const [path, text] of texts) {
    let next = text;
    for (const [from, to] of renames) next = next.split(from).join(to);
    if (next !== text) await writeFile(path, next);
  }
  return { chars, before, after, fonts: fonts.length };
}

/** The Astro integration: runs once the static build is written. */
export function katexFontSubset(): AstroIntegration {
  return {
    name: 'katex-font-subset',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const r = await subsetKatexFonts(fileURLToPath(dir));
        const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
        if (r.fonts === 0) logger.info('no KaTeX text or fonts in the build: nothing to subset');
        else
          logger.info(
            `${r.fonts} KaTeX font files cut to ${[...r.chars].length} characters: ${kb(r.before)} → ${kb(r.after)}`,
          );
      },
    },
  };
}
