import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activationIds } from '../../src/lib/math/registry';
import { langTag, localeIds } from '../../src/i18n/locales';
import { attr, loadSite, type Element, type Page } from './site';

// Source of truth: the routes (src/pages/), the registry and the locales; Pagefind's
// pagefind-entry.json for what was indexed. Checks the build in dist/ (DIST_DIR for another).

const site = loadSite();
const pages = [...site.pages.values()];
const localeOf = (p: Page) => localeIds.find((l) => p.path.startsWith(`/${l}/`));
const has = (p: Page, test: (e: Element) => boolean) => p.elements.some(test);
const isNoindex = (p: Page) =>
  has(p, (e) => e.tagName === 'meta' && attr(e, 'name') === 'robots' && /noindex/.test(attr(e, 'content') ?? ''));
const body = (p: Page) => p.elements.filter((e) => e.attrs.some((a) => a.name === 'data-pagefind-body'));

describe('site search in the build in dist/', () => {
  const entryFile = join(site.dir, 'pagefind', 'pagefind-entry.json');

  it('pagefind-entry.json lists one index per language, each with every content page', () => {
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
    // Pagefind keys its indexes by the lower-cased <html lang> tag (zh-Hans -> zh-hans).
    expect(Object.keys(entry.languages).sort()).toEqual(localeIds.map((l) => langTag(l).toLowerCase()).sort());
    // Per language: the glossary index, one page per activation, the comparison, the GLU family,
    // the glossary of terms.
    for (const [lang, v] of Object.entries(entry.languages)) expect(v.page_count, lang).toBe(activationIds.length + 4);
  });

  it("the index files the search page loads exist (API, worker, WebAssembly, each language's metadata)", () => {
    for (const f of ['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind']) expect(existsSync(join(site.dir, 'pagefind', f)), f).toBe(true);
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { hash: string }> };
    for (const { hash } of Object.values(entry.languages)) expect(existsSync(join(site.dir, 'pagefind', `pagefind.${hash}.pf_meta`)), hash).toBe(true);
  });

  it('exactly the indexable content pages carry data-pagefind-body, once, on <main>', () => {
    const marked = pages.filter((p) => body(p).length > 0).map((p) => p.path);
    const content = pages
      .filter((p) => localeOf(p) !== undefined && !isNoindex(p) && !p.path.includes('/embed/'))
      .map((p) => p.path);
    expect(marked.sort()).toEqual(content.sort());
    expect(marked.length).toBe(localeIds.length * (activationIds.length + 4));
    for (const p of pages.filter((x) => body(x).length > 0)) expect(body(p).map((e) => e.tagName), p.path).toEqual(['main']);
  });

  it('the root, 404, embed and search pages are not indexed', () => {
    const excluded = ['/', '/404.html', ...localeIds.flatMap((l) => [`/${l}/404/`, `/${l}/embed/gelu/`, `/${l}/search/`])];
    for (const path of excluded) {
      const p = site.pages.get(path);
      expect(p, path).toBeDefined();
      if (p) expect(body(p), path).toEqual([]);
    }
  });

  it('every page with the header has a script-free search form to its language\'s search page', () => {
    const problems: string[] = [];
    for (const p of pages) {
      if (!has(p, (e) => e.tagName === 'header')) continue;
      const lang = localeOf(p) ?? 'en';
      const forms = p.elements.filter((e) => e.tagName === 'form' && attr(e, 'class')?.split(' ').includes('site-search'));
      const form = forms[0];
      if (forms.length !== 1 || !form) {
        problems.push(`${p.path}: ${forms.length} header search forms`);
        continue;
      }
      const action = new URL(attr(form, 'action') ?? '', site.prefix).pathname;
      if (action !== `${site.prefix.pathname}${lang}/search/`) problems.push(`${p.path}: action ${action}`);
      if (attr(form, 'method') !== 'get' || attr(form, 'role') !== 'search') problems.push(`${p.path}: method/role`);
      const input = p.elements.find((e) => e.tagName === 'input' && attr(e, 'id') === 'site-search-q');
      if (!input || attr(input, 'name') !== 'q' || attr(input, 'type') !== 'search') problems.push(`${p.path}: no q field`);
      if (!has(p, (e) => e.tagName === 'label' && attr(e, 'for') === 'site-search-q')) problems.push(`${p.path}: unlabelled field`);
    }
    expect(problems).toEqual([]);
  });

  // The root page is not among them: its island offers the reader's language first.
  it('the search form adds no script: the glossary indexes and 404 pages still load zero JavaScript', () => {
    const scriptless = pages.filter((p) => /^\/[a-z]+\/(404\/)?$/.test(p.path) || p.path === '/404.html');
    expect(scriptless.length).toBe(2 * localeIds.length + 1);
    for (const p of scriptless) expect(p.elements.filter((e) => e.tagName === 'script' || (e.tagName === 'link' && attr(e, 'rel') === 'modulepreload')).length, p.path).toBe(0);
  });

  it('each language has a noindex search page with a labelled field, a live status and the no-script text', () => {
    for (const l of localeIds) {
      const p = site.pages.get(`/${l}/search/`);
      expect(p, l).toBeDefined();
      if (!p) continue;
      expect(isNoindex(p), l).toBe(true);
      expect(has(p, (e) => e.tagName === 'html' && attr(e, 'lang') === langTag(l)), l).toBe(true);
      expect(has(p, (e) => e.tagName === 'act-search'), l).toBe(true);
      expect(has(p, (e) => e.tagName === 'label' && attr(e, 'for') === 'search-q'), l).toBe(true);
      expect(has(p, (e) => attr(e, 'role') === 'status' && attr(e, 'aria-live') === 'polite'), l).toBe(true);
      // Without scripts: a way on, to the glossary index of the same language.
      const noscript = p.elements.find((e) => attr(e, 'class') === 'noscript');
      expect(noscript && noscript.childNodes.some((c) => 'tagName' in c && c.tagName === 'a' && attr(c, 'href') === `${site.prefix.pathname}${l}/`), l).toBe(true);
    }
  });

  it('the search pages are left out of the sitemap', () => {
    const maps = readFileSync(join(site.dir, 'sitemap-0.xml'), 'utf8');
    expect(maps).not.toMatch(/\/search\/<\/loc>/);
  });
});
