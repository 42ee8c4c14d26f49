import { describe, expect, it } from 'vitest';
import { activationIds } from '../../src/lib/math/registry';
import { localeIds } from '../../src/i18n/locales';
import { attr, loadSite, sitePath } from './site';

describe('hreflang alternates of the build in dist/', () => {
  const site = loadSite();
  const alternatesOf = (path: string) =>
    new Map(
      (site.pages.get(path)?.elements ?? [])
        .filter((e) => e.tagName === 'link' && attr(e, 'rel') === 'alternate' && attr(e, 'hreflang'))
        .map((e) => [attr(e, 'hreflang') ?? '', attr(e, 'href') ?? '']),
    );
  const canonicalOf = (path: string) =>
    site.pages.get(path)?.elements.find((e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical')?.attrs.find((a) => a.name === 'href')?.value;

  const withAlternates = [...site.pages.keys()].filter((p) => alternatesOf(p).size > 0);

  it('every indexable page has alternates in all five languages plus x-default', () => {
    expect(withAlternates.length).toBeGreaterThanOrEqual(36);
    for (const p of withAlternates) expect([...alternatesOf(p).keys()].sort(), p).toEqual(['en', 'fr', 'ja', 'tr', 'x-default', 'zh-Hans']);
  });

  it('hreflang sets are reciprocal: every alternate exists and lists the same set back', () => {
    const problems: string[] = [];
    for (const p of withAlternates) {
      const mine = alternatesOf(p);
      for (const [lang, href] of mine) {
        const target = sitePath(site, new URL(href));
        if (target === null || !site.pages.has(target)) {
          problems.push(`${p}: ${lang} → ${href} is not a page of the site`);
          continue;
        }
        const theirs = alternatesOf(target);
        if (JSON.stringify([...theirs].sort()) !== JSON.stringify([...mine].sort())) problems.push(`${p}: ${lang} → ${target} lists other alternates`);
      }
      // A page that is its own canonical must be one of its alternates (self-reference).
      const canonical = canonicalOf(p);
      if (canonical && sitePath(site, new URL(canonical)) === p && ![...mine.values()].includes(canonical))
        problems.push(`${p}: not among its own alternates`);
    }
    expect(problems).toEqual([]);
  });

  it('a page without alternates is noindex (404 pages) or canonicalises to a page that has them (embed views)', () => {
    const without = [...site.pages.keys()].filter((p) => !withAlternates.includes(p));
    // One embed view per activation and one of the comparison, in every language.
    expect(without.filter((p) => p.includes('/embed/')).length).toBe(localeIds.length * (activationIds.length + 1));
    for (const p of without) {
      const robots = site.pages.get(p)?.elements.find((e) => e.tagName === 'meta' && attr(e, 'name') === 'robots');
      const canonical = canonicalOf(p);
      if (p.includes('/embed/')) {
        // /fr/embed/gelu/ → /fr/gelu/: the full page of the same plot, in the same language.
        expect(robots, p).toBeUndefined();
        const target = canonical ? sitePath(site, new URL(canonical)) : null;
        expect(target, p).toBe(p.replace('/embed/', '/'));
        expect(withAlternates, p).toContain(target);
      } else expect(robots && attr(robots, 'content'), p).toMatch(/noindex/);
    }
  });
});
