import { activationIds } from '../../src/lib/math/registry';
import { localeIds } from '../../src/i18n/locales';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsInBuild, loadSite, referencesOf, sitePath, type Site } from './site';

/** Every internal reference of every page that does not resolve: file, and #anchor on its page. */
function brokenLinks(site: Site): string[] {
  const broken: string[] = [];
  for (const page of site.pages.values()) {
    const here = new URL(page.path.slice(1), site.prefix);
    for (const ref of referencesOf(page)) {
      const where = `${page.path} <${ref.tag} ${ref.attr}="${ref.value}">`;
      if (/^\s*javascript:/i.test(ref.value)) {
        broken.push(`${where}: javascript: URL`);
        continue;
      }
      if (/^(mailto|tel|data):/i.test(ref.value)) continue;
      const url = new URL(ref.value, here);
      if (!/^https?:$/.test(url.protocol)) continue;
      const path = sitePath(site, url);
      if (path === null) {
        // Same host but outside the base path: a link that ignores BASE_PATH.
        if (url.origin === site.prefix.origin) broken.push(`${where}: outside the base path ${site.prefix.pathname}`);
        continue;
      }
      if (!existsInBuild(site, path)) {
        broken.push(`${where}: no such file`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && fragment !== 'top') {
        const target = site.pages.get(path);
        if (target && !target.ids.has(fragment)) broken.push(`${where}: no #${fragment} on ${path}`);
      }
    }
  }
  return broken;
}

/** url(...) references of the built stylesheets that name no file (fonts). */
function brokenCssUrls(site: Site): string[] {
  const broken: string[] = [];
  const dir = join(site.dir, '_astro');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.css'))) {
    const css = readFileSync(join(dir, name), 'utf8');
    for (const m of css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
      const value = m[1] ?? '';
      if (value.startsWith('data:') || value.startsWith('#')) continue;
      const url = new URL(value, new URL(`_astro/${name}`, site.prefix));
      const path = sitePath(site, url);
      if (path === null || !existsInBuild(site, path)) broken.push(`_astro/${name}: url(${value})`);
    }
  }
  return broken;
}

describe('links of the build in dist/', () => {
  const site = loadSite();

  it('loadSite() finds every page of every language: each registry entry, its embed, the index, compare, glu, 404', () => {
    const fnPages = activationIds.flatMap((id) => [`${id}/`, `embed/${id}/`]);
    for (const lang of localeIds) {
      for (const p of ['', ...fnPages, 'compare/', 'embed/compare/', 'glu/', '404/']) {
        expect(site.pages.has(`/${lang}/${p}`), `/${lang}/${p}`).toBe(true);
      }
    }
  });

  it('every internal link, asset and #anchor of every page resolves', () => {
    expect(brokenLinks(site)).toEqual([]);
  });

  it('every url() of the stylesheets names a built file', () => {
    expect(brokenCssUrls(site)).toEqual([]);
  });
});

describe('a build under a sub-path (BASE_PATH=/sub/, SITE_URL=https://user.example.io)', () => {
  let dir = '';
  let site: Site;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'activations-base-'));
    // Vitest puts Vite's own env (BASE_URL, MODE, NODE_ENV=test, ...) into process.env: a
    // child build must not inherit it.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(k)),
    );
    const result = spawnSync('npx', ['astro', 'build', '--outDir', dir], {
      env: { ...env, BASE_PATH: '/sub/', SITE_URL: 'https://user.example.io' },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
    site = loadSite(dir);
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reads its prefix from the sitemap', () => {
    expect(site.prefix.href).toBe('https://user.example.io/sub/');
  });

  it('every link, asset and anchor stays under /sub/ and resolves', () => {
    expect(brokenLinks(site)).toEqual([]);
    expect(brokenCssUrls(site)).toEqual([]);
  });

  it('robots.txt, the manifest and _headers use the sub-path', () => {
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://user.example.io/sub/sitemap-index.xml');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8')) as { start_url: string; icons: Array<{ src: string }> };
    expect(manifest.start_url).toBe('/sub/');
    for (const icon of manifest.icons) expect(icon.src.startsWith('/sub/'), icon.src).toBe(true);
    expect(readFileSync(join(dir, '_headers'), 'utf8')).toMatch(/^\/sub\/\*$[\s\S]*^\/sub\/_astro\/\*$/m);
  });
});
