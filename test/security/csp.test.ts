import { describe, expect, it } from 'vitest';
import { cspDirectives, cspHeaderValue, cspValue } from '../../src/security/csp';
import { cspRules, headersFile, isEmbedFile } from '../../src/security/headers';

describe('cspValue', () => {
  it("cspValue() allows scripts from the site's own origin only", () => {
    expect(cspValue()).toContain("default-src 'self'");
    expect(cspValue()).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(cspValue()).toContain("object-src 'none'");
  });

  it('cspValue() has no unsafe-eval, no unsafe-inline script, no other origin and no wildcard', () => {
    const value = cspValue();
    // 'wasm-unsafe-eval' (WebAssembly only, for the search page's Pagefind) is the one exception.
    expect(value.replace("'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-eval|unsafe-hashes|strict-dynamic/);
    expect(value.match(/'wasm-unsafe-eval'/g)).toEqual(["'wasm-unsafe-eval'"]);
    for (const [name, sources] of cspDirectives) {
      if (name !== 'style-src') expect(sources, name).not.toContain('unsafe-inline');
      expect(sources, name).not.toMatch(/https?:|\*|data:|blob:/);
    }
  });

  it('cspValue() holds only directives a <meta> tag honours (no frame-ancestors, report-uri, sandbox)', () => {
    expect(cspDirectives.map(([n]) => n)).not.toContain('frame-ancestors');
    expect(cspValue()).not.toMatch(/report-uri|report-to|sandbox/);
  });
});

// Source of truth for the rule syntax and merging: Netlify's and Cloudflare Pages' `_headers`
// documentation (`*` any characters, `:name` one path segment; every matching rule applies, a
// header set twice is joined with a comma) and Cloudflare's limit of 100 rules.
const files = [
  'index.html',
  '404.html',
  ...['en', 'ja'].flatMap((l) => [
    `${l}/index.html`,
    `${l}/gelu/index.html`,
    `${l}/compare/index.html`,
    `${l}/404/index.html`,
    `${l}/embed/gelu/index.html`,
    `${l}/embed/compare/index.html`,
  ]),
];

/** The headers a `_headers` file gives a request path, joined as the hosts join them. */
function headersAt(file: string, path: string): Record<string, string> {
  const out: Record<string, string> = {};
  let current: Record<string, string> | null = null;
  for (const line of file.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(
        `^${line
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')
          .replace(/:[A-Za-z]\w*/g, '[^/]+')}$`,
      );
      current = pattern.test(path) ? {} : null;
      if (current) continue;
    } else if (current) {
      const at = line.indexOf(':');
      const [name, value] = [line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()];
      out[name] = name in out ? `${out[name]}, ${value}` : value;
    }
  }
  return out;
}

describe('headersFile', () => {
  const file = headersFile('/', files);

  it("gives every page exactly one policy: frame-ancestors 'self', except on embed routes", () => {
    const paths = [
      '/',
      '/404.html',
      '/en/',
      '/en/index.html',
      '/ja/gelu/',
      '/en/compare/',
      '/en/404/',
      '/ja/gelu/index.html',
    ];
    for (const path of paths) {
      const csp = headersAt(file, path)['content-security-policy'];
      expect(csp, path).toBe(`${cspValue()}; frame-ancestors 'self'`);
    }
    for (const path of ['/en/embed/gelu/', '/ja/embed/compare/', '/en/embed/gelu/index.html']) {
      const csp = headersAt(file, path)['content-security-policy'];
      expect(csp, path).toBe(cspValue());
      expect(cspHeaderValue(true)).not.toContain('frame-ancestors');
    }
  });

  it('sends the other security headers everywhere and CORS plus a year of cache for /_astro/', () => {
    expect(headersAt(file, '/en/embed/gelu/')['x-content-type-options']).toBe('nosniff');
    const asset = headersAt(file, '/_astro/Explorer.abc12345.js');
    expect(asset['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset['access-control-allow-origin']).toBe('*');
    expect(headersAt(file, '/en/gelu/')['access-control-allow-origin']).toBeUndefined();
  });

  it("stays under Cloudflare Pages' 100 rules: one per first-level folder, whatever the languages", () => {
    const rules = file.split('\n').filter((l) => l && !/^\s/.test(l));
    expect(rules.length).toBeLessThanOrEqual(100);
    const many = headersFile('/', [
      ...Array.from({ length: 40 }, (_, i) => `l${i}/index.html`),
      ...Array.from({ length: 40 }, (_, i) => `l${i}/gelu/index.html`),
    ]);
    expect(many.split('\n').filter((l) => l && !/^\s/.test(l)).length).toBe(5);
  });

  it('isEmbedFile and cspRules tell embed routes from the others', () => {
    expect(isEmbedFile('en/embed/gelu/index.html')).toBe(true);
    expect(isEmbedFile('en/gelu/index.html')).toBe(false);
    expect(isEmbedFile('embed/index.html')).toBe(false);
    expect(cspRules(files).embeds).toEqual([':lang/embed/*']);
  });

  it('puts every path under the base path, with or without its trailing slash', () => {
    const sub = headersFile('/sub/', files);
    expect(sub).toMatch(/^\/sub\/\*\n[\s\S]*\n\/sub\/_astro\/\*\n/);
    expect(headersFile('/sub', files)).toBe(sub);
    expect(headersAt(sub, '/sub/en/gelu/')['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(headersAt(sub, '/sub/en/embed/gelu/')['content-security-policy']).toBe(cspValue());
    expect(headersAt(sub, '/en/gelu/')['content-security-policy']).toBeUndefined();
  });
});
