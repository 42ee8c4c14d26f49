// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import remarkFacts from './src/markdown/remark-facts.ts';
import rehypeApostrophe from './src/markdown/rehype-apostrophe.ts';
import rehypeHeadingAnchors from './src/markdown/rehype-heading-anchors.ts';
import remarkCitations from './src/markdown/remark-citations.ts';
import remarkTerms from './src/markdown/remark-terms.ts';
import { securityHeaders } from './src/security/headers.ts';
import { katexFontSubset } from './src/build/katex-fonts.ts';
import { pagefindIndex } from './src/build/pagefind.ts';
import { astroLocales, defaultLocale, sitemapLocales } from './src/i18n/locales.ts';

// Deployment target: override with SITE_URL / BASE_PATH for another host or a sub-path.
const site = process.env.SITE_URL ?? 'https://activations.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  // Stylesheets go inline: no render-blocking request before the first paint (CSP allows
  // inline styles; scripts stay external).
  build: { inlineStylesheets: 'always' },
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  i18n: {
    locales: astroLocales(),
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    processor: unified({
      // remarkTerms after remarkCitations: citations are links by then, and links are never term links.
      remarkPlugins: [remarkMath, remarkFacts, remarkCitations, remarkTerms],
      rehypePlugins: [
        [rehypeKatex, { throwOnError: true, output: 'htmlAndMathml' }],
        rehypeApostrophe,
        rehypeHeadingAnchors,
      ],
    }),
  },
  vite: {
    // Lazy parts of islands are bundled as standalone ES modules (`?worker&url`) and loaded
    // with a plain import(): a Vite dynamic import would add its ~1 KB preload helper to
    // every page, which the 15 KB budget cannot afford (see src/components/ideas/lazy.ts).
    // Licence headers are kept once, in /third-party-licenses.txt, not repeated in every bundle
    // (stdlib's Apache-2.0 header came 71 times into the console's lazy bundle: 49 KB, 2.2 KB gzip).
    worker: {
      format: 'es',
      rolldownOptions: { output: { comments: { legal: false, annotation: false, jsdoc: false } } },
    },
    build: {
      rolldownOptions: {
        output: { comments: { legal: false, annotation: false, jsdoc: false } },
        // stdlib's modules are pure functions: an import whose functions go unused (erf on a
        // page that only needs erfc) is dropped instead of kept for its "side effects".
        // TeX strings are `String.raw` templates: a pure call, so unused formulas stay out of bundles.
        treeshake: {
          moduleSideEffects: (id) => !/[\\/]node_modules[\\/]@stdlib[\\/]/.test(id),
          manualPureFunctions: ['String.raw'],
        },
      },
    },
    resolve: {
      // Leaner entry points for two stdlib helpers of erf/erfc (see the .cjs files for why).
      alias: [
        {
          find: /^@stdlib\/number-float64-base-to-words$/,
          replacement: fileURLToPath(new URL('./src/lib/math/stdlib/to-words.cjs', import.meta.url)),
        },
        {
          find: /^@stdlib\/number-float64-base-normalize$/,
          replacement: fileURLToPath(new URL('./src/lib/math/stdlib/normalize.cjs', import.meta.url)),
        },
        // The helpers erfc itself requires, as one-line modules (see each .cjs file).
        ...[
          ['number-float64-base-set-low-word', 'set-low-word'],
          ['math-base-assert-is-nan', 'is-nan'],
          ['constants-float64-pinf', 'pinf'],
          ['constants-float64-ninf', 'ninf'],
        ].map(([name, file]) => ({
          find: new RegExp(`^@stdlib/${name}$`),
          replacement: fileURLToPath(new URL(`./src/lib/math/stdlib/${file}.cjs`, import.meta.url)),
        })),
        {
          find: /^@stdlib\/math-base-special-exp$/,
          replacement: fileURLToPath(new URL('./src/lib/math/stdlib/exp.cjs', import.meta.url)),
        },
        // Built-in typed arrays instead of stdlib's feature-tested wrappers (see array-*.cjs).
        ...['float64', 'uint32', 'uint16', 'uint8'].map((kind) => ({
          find: new RegExp(`^@stdlib/array-${kind}$`),
          replacement: fileURLToPath(new URL(`./src/lib/math/stdlib/array-${kind}.cjs`, import.meta.url)),
        })),
      ],
    },
  },
  integrations: [
    securityHeaders(),
    // After the build: KaTeX's fonts cut to the characters the formulas use (src/build/katex-fonts.ts).
    katexFontSubset(),
    // Then the search index of the rendered pages, one per language (src/build/pagefind.ts).
    pagefindIndex(),
    sitemap({
      // The root is a language choice; 404s, the embed views and the search pages (noindex) are
      // not pages to index.
      filter: (page) =>
        new URL(page).pathname !== new URL(base, site).pathname &&
        !/\/404\/?$/.test(page) &&
        !/\/embed\//.test(page) &&
        !/\/search\/?$/.test(page),
      i18n: { defaultLocale, locales: sitemapLocales() },
    }),
  ],
});
