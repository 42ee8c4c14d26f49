/**
 * The site's search index, built from the rendered pages with Pagefind.
 *
 * After the build, Pagefind reads every HTML file of the output, keeps the pages that mark
 * their content with `data-pagefind-body` (content pages only: no root, 404, embed or search
 * page), splits them by `<html lang>` into one index per language (Japanese and Chinese are
 * segmented by Pagefind's own dictionary-based segmenter, since words there are not separated
 * by spaces) and writes the index and its browser code to `pagefind/` beside the pages. Because
 * this runs in `astro:build:done`, `astro build` alone (any `--outDir`) produces the index.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type PagefindServiceConfig } from 'pagefind';

/** The folder under the output directory (and under the site's base) that holds the index. */
export const PAGEFIND_DIR = 'pagefind';

/**
 * What Pagefind leaves out of a page's text: parts that are not prose, whose text would only
 * make noisy excerpts (KaTeX's MathML copy with its TeX annotation, SVG plot labels, the
 * islands' controls and readouts, code listings) or that repeat on every page.
 */
export const pagefindConfig: PagefindServiceConfig = {
  excludeSelectors: ['.katex-mathml', 'svg', 'script', 'style', 'pre', 'form', 'input', 'output', 'button', 'select'],
};

/**
 * Pagefind's ready-made search interfaces, which it writes beside its API: the search page
 * builds its own (localised, keyboard-driven), so these 0.4 MB are removed from the build.
 */
export const UNUSED_FILE = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** What one indexing run did, for the build log. */
export interface PagefindRun {
  pages: number;
  errors: string[];
}

/** Indexes the built site in `dir` and writes the index to `dir/pagefind/`. */
export async function buildSearchIndex(dir: string): Promise<PagefindRun> {
  const out = join(dir, PAGEFIND_DIR);
  await rm(out, { recursive: true, force: true });
  const { index, errors } = await createIndex(pagefindConfig);
  if (!index) return { pages: 0, errors };
  try {
    const added = await index.addDirectory({ path: dir });
    const written = await index.writeFiles({ outputPath: out });
    for (const f of await readdir(out)) if (UNUSED_FILE.test(f)) await rm(join(out, f));
    return { pages: added.page_count, errors: [...errors, ...added.errors, ...written.errors] };
  } finally {
    await close();
  }
}

/** The Astro integration: runs once the static build is written; fails the build on an error. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const r = await buildSearchIndex(fileURLToPath(dir));
        if (r.errors.length > 0) throw new Error(`Pagefind failed:\n${r.errors.join('\n')}`);
        if (r.pages === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body missing?');
        logger.info(`search index of ${r.pages} pages written to ${PAGEFIND_DIR}/`);
      },
    },
  };
}
