import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// No markup from anything a reader controls. Readers reach the site only through the URL
// (query string, hash) and the inputs of the islands, all of which exist only in the browser.
// So: (1) browser code never turns strings into markup or code (no innerHTML & co., no eval),
// and (2) `set:html` runs only at build time, on our own content: every page is prerendered
// (`output: 'static'`, no `prerender = false`) and no `set:html` reads the request or the URL.
// ESLint (eslint.config.js) forbids the DOM sinks in .ts files; this test also covers the
// <script> blocks inside .astro files, which ESLint does not parse.

const root = 'src';
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(astro|ts|tsx|js|mjs|cjs)$/.test(f))
  .map((f) => join(root, f));
const source = (f: string) => readFileSync(f, 'utf8');

/** Matches with the file and line they occur on. */
function find(pattern: RegExp, only: (f: string) => boolean = () => true): string[] {
  const hits: string[] = [];
  for (const f of files.filter(only)) {
    source(f)
      .split('\n')
      .forEach((line, i) => {
        if (pattern.test(line)) hits.push(`${f}:${i + 1}: ${line.trim()}`);
      });
  }
  return hits;
}

describe('HTML and code sinks in src/', () => {
  it('find() sees the source tree', () => {
    expect(files.some((f) => f.endsWith('Base.astro'))).toBe(true);
  });

  it('no file writes markup from strings in the browser (innerHTML, outerHTML, insertAdjacentHTML, document.write, srcdoc)', () => {
    expect(
      find(
        /\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write|\.srcdoc\b|createContextualFragment|DOMParser/,
      ),
    ).toEqual([]);
  });

  it('no file evaluates strings as code (eval, new Function, string timers)', () => {
    expect(find(/\beval\s*\(|new\s+Function\s*\(|set(Timeout|Interval)\s*\(\s*['"`]/)).toEqual([]);
  });

  it('no page opts out of prerendering, so set:html can only see build-time data', () => {
    expect(find(/export\s+const\s+prerender\s*=\s*false/)).toEqual([]);
    expect(source('astro.config.mjs')).toMatch(/output:\s*'static'/);
  });

  it('no set:html or is:inline script reads the request, the URL or cookies', () => {
    expect(find(/set:html=\{[^}]*Astro\.(url|request|cookies|locals)/)).toEqual([]);
    expect(find(/<script[^>]*\bis:inline\b|define:vars/, (f) => f.endsWith('.astro'))).toEqual([]);
  });
});
