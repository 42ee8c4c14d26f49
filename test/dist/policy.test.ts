import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspValue } from '../../src/security/csp';
import { attr, loadSite, textOf } from './site';

describe('security and caching of the build in dist/', () => {
  const site = loadSite();
  const pages = [...site.pages.values()];

  it('every page carries the policy as the first thing in <head> after the charset', () => {
    for (const page of pages) {
      const head = page.elements.find((e) => e.tagName === 'head');
      const first = head?.childNodes.filter((n) => 'tagName' in n).slice(0, 2) ?? [];
      const meta = first[1];
      expect(meta && 'tagName' in meta && attr(meta, 'http-equiv'), page.path).toBe('content-security-policy');
      expect(meta && 'tagName' in meta && attr(meta, 'content'), page.path).toBe(cspValue());
    }
  });

  it('no page has an inline script, an event-handler attribute or a javascript: URL', () => {
    const problems: string[] = [];
    for (const page of pages) {
      for (const el of page.elements) {
        if (el.tagName === 'script' && !attr(el, 'src') && attr(el, 'type') !== 'application/ld+json' && textOf(el).trim())
          problems.push(`${page.path}: inline <script>`);
        for (const a of el.attrs) {
          if (/^on/i.test(a.name)) problems.push(`${page.path}: <${el.tagName} ${a.name}>`);
          if (/^\s*javascript:/i.test(a.value)) problems.push(`${page.path}: <${el.tagName} ${a.name}="${a.value}">`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('no page loads anything from another origin', () => {
    const problems: string[] = [];
    for (const page of pages)
      for (const el of page.elements) {
        const loaded = el.tagName === 'link' && /stylesheet|preload|modulepreload|icon|manifest/.test(attr(el, 'rel') ?? '') ? attr(el, 'href') : attr(el, 'src');
        if (loaded && /^(https?:)?\/\//.test(loaded) && new URL(loaded, site.prefix).origin !== site.prefix.origin) problems.push(`${page.path}: ${loaded}`);
      }
    expect(problems).toEqual([]);
  });

  it('_headers sends the same policy and a year of cache for the hashed /_astro/ files', () => {
    const headers = readFileSync(join(site.dir, '_headers'), 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${cspValue()}`);
    expect(headers).toMatch(/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
  });

  it('every script, stylesheet and font in /_astro/ has a content hash in its name', () => {
    const unhashed = readdirSync(join(site.dir, '_astro')).filter((f) => !/[.-][A-Za-z0-9_-]{8}\.\w+$/.test(f));
    expect(unhashed).toEqual([]);
  });

  it('the manifest and the icons it and the pages name exist', () => {
    const manifest = JSON.parse(readFileSync(join(site.dir, 'manifest.webmanifest'), 'utf8')) as { name: string; icons: Array<{ src: string; sizes: string }> };
    expect(manifest.name.length).toBeGreaterThan(3);
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) expect(existsSync(join(site.dir, icon.src.slice(site.prefix.pathname.length))), icon.src).toBe(true);
    for (const f of ['favicon.svg', 'favicon.ico', 'apple-touch-icon.png', 'robots.txt']) expect(existsSync(join(site.dir, f)), f).toBe(true);
  });
});
