import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';

// The built site's pages, for the browser specs (mirrors src/pages' routes).
export const langs = ['en', 'fr', 'ja', 'tr', 'zh'] as const;
export const fns = ['gelu', 'relu', 'leaky-relu', 'silu', 'sigmoid'] as const;
export const langTags: Record<(typeof langs)[number], string> = {
  en: 'en',
  fr: 'fr',
  ja: 'ja',
  tr: 'tr',
  zh: 'zh-Hans',
};

/** Every page of every language, plus the root. */
export const allPages: string[] = [
  '/',
  ...langs.flatMap((l) => [`/${l}/`, `/${l}/compare/`, ...fns.map((f) => `/${l}/${f}/`)]),
];

/** Every HTML page in dist/ as a URL path (`/en/gelu/`, `/404.html`), found on disk after the build. */
export function builtPages(dist = process.env.E2E_DIST ?? 'dist'): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.split('\\').join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

/**
 * Collects what a reader must never meet on a page: console errors and warnings, uncaught
 * exceptions and dialogs (a dialog would mean injected script ran; it is dismissed).
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return errors;
}
