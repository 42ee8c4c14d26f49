// The way-finding of every explainer page in every language, read from the built dist/:
// table of contents, heading anchors, previous/next links, the cite block and the licence.
// Sources of truth: the registry's order (activationIds), the content files' `reviewed`
// dates, package.json's version and the page's own canonical link.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { activationIds } from '../../src/lib/math/registry';
import { localeIds } from '../../src/i18n/locales';
import { attr, loadSite, sitePath, textOf, type Element, type Page } from './site';

const site = loadSite();
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const slugs = [...activationIds, 'glu'];
const explainers = localeIds.flatMap((lang) => slugs.map((slug) => ({ lang, slug, path: `/${lang}/${slug}/` })));

function page(path: string): Page {
  const p = site.pages.get(path);
  if (!p) throw new Error(`${path} is not in the build`);
  return p;
}

const hasClass = (el: Element, name: string) => (attr(el, 'class') ?? '').split(/\s+/).includes(name);
const within = (el: Element, ancestor: (e: Element) => boolean): boolean => {
  for (let p = el.parentNode; p && 'tagName' in p; p = p.parentNode) if (ancestor(p)) return true;
  return false;
};
// Headings of the page's own sections: in the article, not in a dialog (the embed dialog's title).
const inArticle = (el: Element) =>
  within(el, (e) => e.tagName === 'article') && !within(el, (e) => e.tagName === 'dialog');
const childLinks = (el: Element) => el.childNodes.filter((c): c is Element => 'tagName' in c && c.tagName === 'a');
/** The text of a heading without its anchor (the anchor holds no text: CSS draws its "#"). */
const headingText = (h: Element) => textOf(h).trim();

/** The reviewed date of a page's content file (its frontmatter). */
function reviewed(lang: string, slug: string): string {
  const md = readFileSync(`content/${lang}/${slug}.md`, 'utf8');
  const date = /^reviewed:\s*["']?(\d{4}-\d{2}-\d{2})["']?\s*$/m.exec(md)?.[1];
  if (!date) throw new Error(`content/${lang}/${slug}.md has no reviewed date`);
  return date;
}

describe('table of contents', () => {
  it.each(explainers)('$path has a TOC of its h2s, in page order, each link resolving to its heading', ({ path }) => {
    const p = page(path);
    const tocs = p.elements.filter((e) => e.tagName === 'nav' && hasClass(e, 'toc'));
    expect(tocs).toHaveLength(1);
    const toc = tocs[0] as Element;
    // Collapsed by default (a phone shows it closed at the top; wide screens open it by CSS).
    const details = p.elements.filter((e) => e.tagName === 'details' && within(e, (a) => a === toc));
    expect(details).toHaveLength(1);
    expect(attr(details[0] as Element, 'open')).toBeUndefined();
    const links = p.elements.filter((e) => e.tagName === 'a' && within(e, (a) => a === toc));
    const targets = links.map((a) => decodeURIComponent((attr(a, 'href') ?? '').replace(/^#/, '')));
    const h2s = p.elements.filter((e) => e.tagName === 'h2' && inArticle(e));
    expect(h2s.length).toBeGreaterThanOrEqual(8);
    expect(targets).toEqual(h2s.map((h) => attr(h, 'id')));
    links.forEach((a, i) => expect(textOf(a).trim()).toBe(headingText(h2s[i] as Element)));
    for (const id of targets) expect(p.ids.has(id)).toBe(true);
  });
});

describe('heading anchors', () => {
  it.each(explainers)('$path: every h2 and h3 has a unique id and an anchor link to it', ({ path }) => {
    const p = page(path);
    const headings = p.elements.filter((e) => inArticle(e) && (e.tagName === 'h2' || e.tagName === 'h3'));
    const ids = headings.map((h) => attr(h, 'id') ?? '');
    expect(ids.every((id) => id !== '')).toBe(true);
    const allIds = p.elements.map((e) => attr(e, 'id')).filter((id) => id !== undefined);
    for (const id of ids) expect(allIds.filter((x) => x === id)).toHaveLength(1);
    for (const h of headings) {
      const anchors = childLinks(h).filter((a) => hasClass(a, 'anchor'));
      expect(anchors).toHaveLength(1);
      const a = anchors[0] as Element;
      expect(decodeURIComponent(attr(a, 'href') ?? '')).toBe(`#${attr(h, 'id') ?? ''}`);
      // Its name is translated and names the section.
      expect(attr(a, 'aria-label')).toContain(headingText(h));
      expect((attr(a, 'aria-label') ?? '').length).toBeGreaterThan(headingText(h).length);
    }
  });
});

describe('previous and next', () => {
  it.each(localeIds)('/%s/: following "next" from the first function visits every function in registry order, then GLU', (lang) => {
    const visited: string[] = [];
    let path: string | undefined = `/${lang}/${slugs[0] ?? ''}/`;
    while (path && visited.length <= slugs.length) {
      const p = page(path);
      visited.push(path.split('/')[2] ?? '');
      const next = p.elements.find((e) => e.tagName === 'a' && attr(e, 'rel') === 'next' && within(e, (a) => hasClass(a, 'pager')));
      path = next ? (sitePath(site, new URL(attr(next, 'href') ?? '', new URL(path.slice(1), site.prefix))) ?? undefined) : undefined;
    }
    expect(visited).toEqual(slugs);
  });

  it.each(explainers)('$path: "previous" leads to the page before it in the order', ({ lang, slug, path }) => {
    const i = slugs.indexOf(slug);
    const prev = page(path).elements.filter((e) => e.tagName === 'a' && attr(e, 'rel') === 'prev');
    if (i === 0) expect(prev).toHaveLength(0);
    else expect(prev.map((a) => attr(a, 'href'))).toEqual([new URL(`${lang}/${slugs[i - 1] ?? ''}/`, site.prefix).pathname]);
  });
});

describe('cite this page', () => {
  it.each(explainers)('$path cites its canonical URL, the site version and its last content change', ({ lang, slug, path }) => {
    const p = page(path);
    const canonical = p.elements.find((e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical');
    const url = attr(canonical as Element, 'href') ?? '';
    expect(url).toBe(new URL(`${lang}/${slug}/`, site.prefix).href);
    const block = (kind: string) => {
      const pre = p.elements.find((e) => e.tagName === 'pre' && attr(e, 'data-cite') === kind);
      if (!pre) throw new Error(`${path}: no ${kind} citation`);
      return textOf(pre);
    };
    const date = reviewed(lang, slug);
    const apa = block('apa');
    expect(apa).toContain(url);
    expect(apa).toContain(pkg.version);
    expect(apa).toContain(date.slice(0, 4));
    expect(apa).not.toMatch(/NaN|undefined|\{\{/);
    const bib = block('bibtex');
    expect(bib.startsWith(`@misc{activations-${slug}-${lang},\n`)).toBe(true);
    expect(bib).toContain(`url          = {${url}}`);
    expect(bib).toContain(`version      = {${pkg.version}}`);
    expect(bib).toContain(`year         = {${date.slice(0, 4)}}`);
    expect(bib).toContain(date);
    // The title is the page's own h1, escaped for BibTeX (no special character unescaped).
    const h1 = textOf(p.elements.find((e) => e.tagName === 'h1') as Element).trim();
    const title = /title\s+= \{\{(.*)\}\},\n/.exec(bib)?.[1];
    expect(title?.replace(/\\([&%$#_{}])/g, '$1')).toBe(h1);
  });
});

describe('licence', () => {
  it('every page with a footer states both licences and links the CC BY 4.0 deed', () => {
    let footers = 0;
    for (const p of site.pages.values()) {
      const footer = p.elements.find((e) => e.tagName === 'footer');
      if (!footer) continue;
      footers++;
      expect(textOf(footer), p.path).toContain('MIT');
      const deed = p.elements.find(
        (e) => e.tagName === 'a' && attr(e, 'href') === 'https://creativecommons.org/licenses/by/4.0/' && within(e, (a) => a === footer),
      );
      expect(deed && textOf(deed), p.path).toBe('CC BY 4.0');
    }
    expect(footers).toBeGreaterThanOrEqual(explainers.length);
  });
});
