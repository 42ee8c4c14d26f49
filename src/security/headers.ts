import { readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cspHeaderValue } from './csp';

/** Whether a built HTML file (path relative to the site's root) is an embed route, `{lang}/embed/…`. */
export function isEmbedFile(file: string): boolean {
  return file.split('/')[1] === 'embed';
}

/**
 * The path patterns that give each built page exactly one Content-Security-Policy. Netlify and
 * Cloudflare Pages apply every rule that matches a path and join a header set twice with a comma
 * (two policies, both enforced), so the framable embeds cannot be carved out of a `/*` rule: each
 * first-level folder under a language gets its own rule (`/:lang/gelu/*`, one path segment per
 * placeholder), which stays well under Cloudflare's 100 rules as pages are added.
 */
export function cspRules(files: readonly string[]): { framed: string[]; embeds: string[] } {
  const framed = new Set<string>();
  const embeds = new Set<string>();
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const parts = file.split('/');
    if (parts.length === 1) framed.add(file === 'index.html' ? '' : file);
    else if (parts.length === 2) {
      framed.add(':lang/');
      framed.add(':lang/index.html');
    } else if (isEmbedFile(file)) embeds.add(':lang/embed/*');
    else framed.add(`:lang/${parts[1]}/*`);
  }
  return { framed: [...framed].sort(), embeds: [...embeds].sort() };
}

/**
 * The `_headers` file (Netlify / Cloudflare Pages syntax) for a site served under `base` whose
 * built HTML files are `files` (paths relative to the output folder).
 */
export function headersFile(base: string, files: readonly string[]): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const { framed, embeds } = cspRules(files);
  const rule = (path: string, headers: string[]) => [`${root}${path}`, ...headers.map((h) => `  ${h}`)];
  return [
    ...rule('*', [
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: strict-origin-when-cross-origin',
      'Permissions-Policy: camera=(), microphone=(), geolocation=()',
    ]),
    // Hashed file names: a changed file is a new URL, so browsers may keep these for a year. An
    // embed in a sandboxed frame (origin `null`) loads its module scripts with CORS: allow it.
    ...rule('_astro/*', ['Cache-Control: public, max-age=31536000, immutable', 'Access-Control-Allow-Origin: *']),
    ...framed.flatMap((path) => rule(path, [`Content-Security-Policy: ${cspHeaderValue(false)}`])),
    ...embeds.flatMap((path) => rule(path, [`Content-Security-Policy: ${cspHeaderValue(true)}`])),
    '',
  ].join('\n');
}

/** Every file under `dir`, as paths relative to it with `/` separators. */
async function listFiles(dir: URL): Promise<string[]> {
  const entries = await readdir(fileURLToPath(dir), { recursive: true, withFileTypes: true });
  const root = fileURLToPath(dir);
  return entries
    .filter((e) => e.isFile())
    .map((e) => `${e.parentPath}/${e.name}`.slice(root.length).replace(/\\/g, '/').replace(/^\/+/, ''));
}

/**
 * Keeps the build compatible with the policy and writes `_headers` next to the built pages,
 * with paths under the configured base.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      // Vite (and Astro, for island scripts) inline small files: scripts as inline <script>,
      // which script-src 'self' blocks, and fonts as data: URLs. Keep every asset a file.
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { assetsInlineLimit: 0 } } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFile(base, await listFiles(dir)));
      },
    },
  };
}
