// Source of truth: test/fixtures/public-urls.json, the committed list of public URLs that course
// material may link to. A route that disappears from the build fails here, and so does a heading
// anchor (`/en/gelu/#how-it-works`) that is no longer a heading's anchor on its page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attr, loadSite } from './site';

const contract = JSON.parse(readFileSync('test/fixtures/public-urls.json', 'utf8')) as {
  routes: string[];
  anchors: Record<string, string[]>;
};

describe('the public URL contract', () => {
  const site = loadSite();

  it(`lists ${contract.routes.length} routes, and every one is a page of the build`, () => {
    expect(contract.routes.length).toBeGreaterThan(100);
    const missing = contract.routes.filter((r) => !site.pages.has(r));
    expect(missing).toEqual([]);
  });

  const anchored = Object.entries(contract.anchors);
  it(`lists the heading anchors of ${anchored.length} pages, and each is still a heading's anchor there`, () => {
    expect(anchored.length).toBeGreaterThan(50);
    const missing = anchored.flatMap(([route, ids]) => {
      const page = site.pages.get(route);
      // The headings' own anchor links on the page (Anchor.astro), by the id they point to.
      const linked = new Set(
        (page?.elements ?? [])
          .filter((e) => e.tagName === 'a' && attr(e, 'class')?.split(' ').includes('anchor'))
          .map((e) => decodeURIComponent(attr(e, 'href') ?? '').replace(/^#/, '')),
      );
      return ids.filter((id) => !page?.ids.has(id) || !linked.has(id)).map((id) => `${route}#${id}`);
    });
    expect(missing).toEqual([]);
  });
});
