// The site's Content-Security-Policy: one source for the <meta> tag every page carries and for
// the `_headers` file written next to the build (hosts such as Netlify or Cloudflare Pages read it).
//
// Scripts: only our own files (Astro bundles every island into /_astro/*.js; the dist checks fail
// on any inline <script>). No 'unsafe-inline', no 'unsafe-eval', no other origin anywhere.
// Styles: 'unsafe-inline' is needed because KaTeX and Shiki emit style="" attributes at build
// time (a hash cannot cover attributes without 'unsafe-hashes' per value); no script can run
// through a style. Fonts (KaTeX's faces) and images are our own files too: the build inlines
// no asset as a data: URL (see headers.ts).
// 'wasm-unsafe-eval' lets the search page compile Pagefind's WebAssembly (our own
// /pagefind/*.pagefind files, fetched from this origin). It allows WebAssembly compilation
// only: JavaScript's eval and the Function constructor stay blocked. Chromium refuses
// WebAssembly.instantiate under script-src 'self' alone, so search cannot work without it; the
// policy is one value for the whole site because hosts send `_headers` for every path.

/** Directives valid in a <meta http-equiv="content-security-policy"> tag. */
export const cspDirectives: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** The policy as one header value. */
export function cspValue(directives: ReadonlyArray<readonly [string, string]> = cspDirectives): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/**
 * The policy as a response header: the meta tag's directives plus, on every page but the embed
 * routes, `frame-ancestors 'self'` (only a header can carry it; an embed may be framed anywhere,
 * so it carries none: `frame-ancestors *` would still refuse a host page opened from a file).
 */
export function cspHeaderValue(framable: boolean): string {
  return framable ? cspValue() : cspValue([...cspDirectives, ['frame-ancestors', "'self'"]]);
}
