import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activationIds } from '../../src/lib/math/registry';
import { localeIds } from '../../src/i18n/locales';
import { attr, loadSite, sitePath } from './site';

describe('the sitemap of the build in dist/', () => {
  const site = loadSite();
  const index = readFileSync(join(site.dir, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => sitePath(site, new URL(m[1] ?? '')) ?? '');
  const locs = maps.flatMap((m) => [...readFileSync(join(site.dir, m), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => x[1] ?? ''));
  const paths = locs.map((l) => sitePath(site, new URL(l)));

  const indexable = [...site.pages.values()]
    .filter((p) => !p.elements.some((e) => e.tagName === 'meta' && attr(e, 'name') === 'robots' && /noindex/.test(attr(e, 'content') ?? '')))
    .map((p) => p.path)
    // An embed view duplicates its full page, which is listed (canonical link, hreflang test).
    .filter((p) => !p.includes('/embed/'))
    // The root is only the language choice (DESIGN: filtered out of the sitemap).
    .filter((p) => p !== '/');

  it('lists no page twice', () => {
    expect(locs.length).toBe(new Set(locs).size);
  });

  it('lists every indexable page, and nothing else (no 404, no embed view, no missing page)', () => {
    expect([...paths].sort()).toEqual([...indexable].sort());
  });

  it("lists every language's glossary, function pages, comparison, GLU family and terms page", () => {
    // Derived from the registry and the locales, like the routes (src/pages/[lang]/): per
    // language the index, one page per activation, compare, glu and terms.
    expect(locs.length).toBe(localeIds.length * (activationIds.length + 4));
  });

  it('robots.txt points to the sitemap index', () => {
    expect(readFileSync(join(site.dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${new URL('sitemap-index.xml', site.prefix).href}`);
  });
});
