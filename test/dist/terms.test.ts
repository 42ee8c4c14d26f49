// The glossary of terms in the built site. Source of truth: content/terms.yaml (the term ids)
// and the registry (the function pages); the built HTML of every language is checked against them.
import { describe, expect, it } from 'vitest';
import { activationIds } from '../../src/lib/math/registry';
import { localeIds } from '../../src/i18n/locales';
import { termIds } from '../../src/markdown/terms';
import { attr, loadSite, sitePath } from './site';

const site = loadSite();
const ids = termIds();
// Every page whose prose is scanned for terms: the function pages and the GLU family.
const proseSlugs = [...activationIds, 'glu'];

/** The term links (`a.term`) of a page: href and the term id it names. */
function termLinks(path: string): Array<{ href: string; id: string }> {
  const page = site.pages.get(path);
  if (!page) throw new Error(`no page ${path}`);
  return page.elements
    .filter((el) => el.tagName === 'a' && (attr(el, 'class') ?? '').split(/\s+/).includes('term'))
    .map((el) => {
      const href = attr(el, 'href') ?? '';
      return { href, id: /#([a-z0-9-]+)$/.exec(href)?.[1] ?? '' };
    });
}

describe('the terms pages', () => {
  for (const lang of localeIds)
    it(`/${lang}/terms/ exists with one h2 per term, each carrying the term's id, in the glossary's order`, () => {
      const page = site.pages.get(`/${lang}/terms/`);
      expect(page, `/${lang}/terms/`).toBeDefined();
      const h2 = page?.elements.filter((el) => el.tagName === 'h2').map((el) => attr(el, 'id')) ?? [];
      expect(h2.filter((id) => id !== undefined && ids.includes(id))).toEqual(ids);
      // The index at the top links to every section.
      const hrefs = page?.elements.filter((el) => el.tagName === 'a').map((el) => attr(el, 'href')) ?? [];
      for (const id of ids) expect(hrefs, `#${id}`).toContain(`#${id}`);
    });

  for (const lang of localeIds)
    it(`every page of /${lang}/ links the terms page from its header, and the index page links it too`, () => {
      for (const slug of ['', 'compare', ...proseSlugs]) {
        const path = slug === '' ? `/${lang}/` : `/${lang}/${slug}/`;
        const page = site.pages.get(path);
        const links = page?.elements.filter((el) => el.tagName === 'a').map((el) => attr(el, 'href') ?? '') ?? [];
        expect(
          links.some((h) => sitePath(site, new URL(h, new URL(path.slice(1), site.prefix))) === `/${lang}/terms/`),
          path,
        ).toBe(true);
      }
    });
});

describe('term links from the prose', () => {
  for (const lang of localeIds)
    it(`/${lang}/: each function page links each term at most once, to an anchor of /${lang}/terms/`, () => {
      const terms = site.pages.get(`/${lang}/terms/`);
      for (const slug of proseSlugs) {
        const path = `/${lang}/${slug}/`;
        const links = termLinks(path);
        expect(new Set(links.map((l) => l.id)).size, path).toBe(links.length);
        for (const { href, id } of links) {
          const target = sitePath(site, new URL(href, new URL(path.slice(1), site.prefix)));
          expect(target, `${path} ${href}`).toBe(`/${lang}/terms/`);
          expect(terms?.ids.has(id), `${path} ${href}`).toBe(true);
        }
      }
    });

  for (const lang of localeIds)
    it(`/${lang}/: every term is linked from at least one function page or the GLU page`, () => {
      const linked = new Set(proseSlugs.flatMap((slug) => termLinks(`/${lang}/${slug}/`).map((l) => l.id)));
      expect(ids.filter((id) => !linked.has(id))).toEqual([]);
    });

  it('no term link sits inside a heading, a link, a formula or code', () => {
    const bad: string[] = [];
    for (const page of site.pages.values())
      for (const el of page.elements) {
        if (el.tagName !== 'a' || !(attr(el, 'class') ?? '').split(/\s+/).includes('term')) continue;
        for (let up = el.parentNode; up && 'tagName' in up; up = up.parentNode) {
          const cls = (attr(up, 'class') ?? '').split(/\s+/);
          if (/^(h[1-6]|a|code|pre|math)$/.test(up.tagName) || cls.includes('katex')) bad.push(`${page.path} in <${up.tagName}>`);
        }
      }
    expect(bad).toEqual([]);
  });

  for (const lang of localeIds)
    it(`/${lang}/terms/ lists under each term the pages that link to it`, () => {
      const page = site.pages.get(`/${lang}/terms/`);
      const html = page?.html ?? '';
      for (const id of ids) {
        const users = proseSlugs.filter((slug) => termLinks(`/${lang}/${slug}/`).some((l) => l.id === id));
        const section = new RegExp(`<section[^>]*aria-labelledby="${id}"[^>]*>([\\s\\S]*?)</section>`).exec(html)?.[1] ?? '';
        for (const slug of users) expect(section, `${id} -> ${slug}`).toContain(`/${lang}/${slug}/"`);
      }
    });
});
