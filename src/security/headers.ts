import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { cspValue } from './csp';

/** The `_headers` file (Netlify / Cloudflare Pages syntax) for a site served under `base`. */
export function headersFile(base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return [
    `${root}*`,
    `  Content-Security-Policy: ${cspValue()}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    // Hashed file names: a changed file is a new URL, so browsers may keep these for a year.
    `${root}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
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
        await writeFile(new URL('_headers', dir), headersFile(base));
      },
    },
  };
}
