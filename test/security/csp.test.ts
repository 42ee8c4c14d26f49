import { describe, expect, it } from 'vitest';
import { cspDirectives, cspValue } from '../../src/security/csp';
import { headersFile } from '../../src/security/headers';

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

describe('headersFile', () => {
  it('headersFile("/") sends the same policy for every path and a year of cache for /_astro/', () => {
    expect(headersFile('/')).toBe(
      [
        '/*',
        `  Content-Security-Policy: ${cspValue()}`,
        '  X-Content-Type-Options: nosniff',
        '  Referrer-Policy: strict-origin-when-cross-origin',
        '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
        '/_astro/*',
        '  Cache-Control: public, max-age=31536000, immutable',
        '',
      ].join('\n'),
    );
  });

  it('headersFile() puts every path under the base path, with or without its trailing slash', () => {
    expect(headersFile('/sub/')).toMatch(/^\/sub\/\*\n[\s\S]*\n\/sub\/_astro\/\*\n/);
    expect(headersFile('/sub')).toBe(headersFile('/sub/'));
  });
});
