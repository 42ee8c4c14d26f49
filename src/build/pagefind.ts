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
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type PagefindServiceConfig } from 'pagefind';

/** The folder under the output directory (and under the site's base) that holds the index. */
export const PAGEFIND_DIR = 'pagefind';

/**
 * What Pagefind leaves out of a page's text: parts that are not prose, whose text would only
 * make noisy excerpts: the explorer (plots, sliders, readouts), KaTeX's MathML copy with its
 * TeX annotation, SVG labels, code listings and every form control with its label and output.
 */
export const pagefindConfig: PagefindServiceConfig = {
  excludeSelectors: [
    'act-explorer',
    '.katex-mathml',
    'svg',
    'pre',
    'form',
    'label',
    'input',
    'output',
    'button',
    'select',
    'textarea',
  ],
};

/**
 * Pagefind's ready-made search interfaces, which it writes beside its API: the search page
 * builds its own (localised, keyboard-driven), so these 0.4 MB are removed from the build.
 */
export const UNUSED_FILE = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** The URL path Pagefind gives a built file, relative to the site: `fr/glu/index.html` -> `/fr/glu/`. */
export function pageUrl(file: string): string {
  return `/${file.split('\\').join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

// French elided articles and conjunctions (l’, d’, qu’, jusqu’ ...) before a letter.
const ELISION = /(?<![\p{L}\p{N}])((?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)[’'])(?=\p{L})/giu;

/**
 * A French page's HTML with a hair space (U+200A) after each elision, so that Pagefind, which
 * splits words at white space but not at apostrophes (and drops zero-width spaces), indexes
 * « l’évanouissement » as « l’ » and « évanouissement »: a search for the noun then finds it.
 * Only the copy given to the indexer changes (excerpts show the hair space, barely visible).
 * Pages in other languages are returned as they are (English "it’s" must stay one word).
 */
export function splitElisions(html: string): string {
  if (!/<html[^>]*\slang="fr"/.test(html)) return html;
  return html.replace(ELISION, '$1\u200a');
}

/** What one indexing run did, for the build log. */
export interface PagefindRun {
  /** HTML files read. */
  files: number;
  /** Pages indexed, by language tag as Pagefind writes it (`en`, `zh-hans`). */
  languages: Record<string, number>;
  errors: string[];
}

/** Indexes the built site in `dir` and writes the index to `dir/pagefind/`. */
export async function buildSearchIndex(dir: string): Promise<PagefindRun> {
  const out = join(dir, PAGEFIND_DIR);
  await rm(out, { recursive: true, force: true });
  const { index, errors } = await createIndex(pagefindConfig);
  if (!index) return { files: 0, languages: {}, errors };
  try {
    // Each page is handed over with its French elisions split (see `splitElisions`); the
    // files on disk stay as built. The URL is given as Pagefind would derive it from the path.
    const files = (await readdir(dir, { recursive: true, encoding: 'utf8' })).filter(
      (f) => f.endsWith('.html') && !f.startsWith(`${PAGEFIND_DIR}/`),
    );
    const problems = [...errors];
    for (const f of files) {
      const html = await readFile(join(dir, f), 'utf8');
      const added = await index.addHTMLFile({ url: pageUrl(f), content: splitElisions(html) });
      problems.push(...added.errors);
    }
    const written = await index.writeFiles({ outputPath: out });
    problems.push(...written.errors);
    if (problems.length > 0) return { files: files.length, languages: {}, errors: problems };
    for (const f of await readdir(out)) if (UNUSED_FILE.test(f)) await rm(join(out, f));
    const entry = JSON.parse(await readFile(join(out, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const languages = Object.fromEntries(Object.entries(entry.languages).map(([l, v]) => [l, v.page_count]));
    return { files: files.length, languages, errors: [] };
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
        const counts = Object.entries(r.languages);
        if (counts.length === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body missing?');
        logger.info(
          `search index written to ${PAGEFIND_DIR}/: ${counts.map(([l, n]) => `${l} ${n}`).join(', ')} pages (of ${r.files} read)`,
        );
      },
    },
  };
}
