// The built site as data for the dist checks: every HTML page parsed once, with its links,
// ids and alternates, and the site's absolute prefix (SITE_URL + BASE_PATH) read from the sitemap.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

/** One built page. */
export interface Page {
  /** URL path under the base, as served: `/en/gelu/`, `/404.html`. */
  path: string;
  file: string;
  html: string;
  elements: Element[];
  ids: Set<string>;
}

/** A built site: its directory, absolute prefix and pages by path. */
export interface Site {
  dir: string;
  /** `https://host/base/`: where `dir` is published. */
  prefix: URL;
  pages: Map<string, Page>;
}

export const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

function elementsOf(root: Node): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    if ('tagName' in n) out.push(n);
    const kids = 'content' in n && n.nodeName === 'template' ? n.content.childNodes : 'childNodes' in n ? n.childNodes : [];
    for (const c of kids) walk(c);
  };
  walk(root);
  return out;
}

/** Text inside an element (for <title>, <script>). */
export function textOf(el: Element): string {
  return el.childNodes.map((c) => ('value' in c ? c.value : 'tagName' in c ? textOf(c) : '')).join('');
}

/** Reads and parses every HTML file of a build. */
export function loadSite(dir = process.env.DIST_DIR ?? 'dist'): Site {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/ holds no built site: run \`npm run build\` first`);
  const index = readFileSync(join(dir, 'sitemap-index.xml'), 'utf8');
  const first = /<loc>([^<]+)<\/loc>/.exec(index)?.[1];
  if (!first) throw new Error('sitemap-index.xml lists no sitemap');
  const prefix = new URL('.', first);
  const pages = new Map<string, Page>();
  for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!rel.endsWith('.html')) continue;
    const file = join(dir, rel);
    const path = `/${rel.split('\\').join('/')}`.replace(/(^|\/)index\.html$/, '$1');
    const html = readFileSync(file, 'utf8');
    const elements = elementsOf(parse(html));
    const ids = new Set(elements.flatMap((e) => [attr(e, 'id'), e.tagName === 'a' ? attr(e, 'name') : undefined]).filter((v): v is string => !!v));
    pages.set(path, { path, file, html, elements, ids });
  }
  return { dir, prefix, pages };
}

/** The path under the base for an absolute URL of this site, or null for another origin or path. */
export function sitePath(site: Site, url: URL): string | null {
  if (url.origin !== site.prefix.origin || !url.pathname.startsWith(site.prefix.pathname)) return null;
  return `/${url.pathname.slice(site.prefix.pathname.length)}`;
}

/** Whether a path under the base names a file of the build (a directory needs its index.html). */
export function existsInBuild(site: Site, path: string): boolean {
  const file = join(site.dir, decodeURIComponent(path));
  if (path.endsWith('/')) return existsSync(join(file, 'index.html'));
  return existsSync(file) && statSync(file).isFile();
}

/** Every URL a page refers to, with the element it sits on. */
export function referencesOf(page: Page): Array<{ tag: string; attr: string; value: string }> {
  const refs: Array<{ tag: string; attr: string; value: string }> = [];
  const take = (el: Element, name: string) => {
    const v = attr(el, name);
    if (v !== undefined) refs.push({ tag: el.tagName, attr: name, value: v });
  };
  for (const el of page.elements) {
    if (['a', 'link', 'area', 'use', 'image'].includes(el.tagName)) take(el, 'href');
    if (['script', 'img', 'iframe', 'source', 'audio', 'video', 'embed', 'track'].includes(el.tagName)) take(el, 'src');
    if (el.tagName === 'form') take(el, 'action');
    if (el.tagName === 'object') take(el, 'data');
    for (const name of ['srcset', 'imagesrcset']) {
      const v = attr(el, name);
      if (v) for (const part of v.split(',')) refs.push({ tag: el.tagName, attr: name, value: part.trim().split(/\s+/)[0] ?? '' });
    }
  }
  return refs;
}
