// Source of truth: test/fixtures/public-urls.json, the committed list of public URLs that course
// material may link to. A route that disappears from the build fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSite } from './site';

const contract = JSON.parse(readFileSync('test/fixtures/public-urls.json', 'utf8')) as { routes: string[] };

describe('the public URL contract', () => {
  const site = loadSite();

  it(`lists ${contract.routes.length} routes, and every one is a page of the build`, () => {
    expect(contract.routes.length).toBeGreaterThan(100);
    const missing = contract.routes.filter((r) => !site.pages.has(r));
    expect(missing).toEqual([]);
  });
});
