import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';

import { activationIds } from '../../src/lib/math/registry';
import { langTag, localeIds, type Locale } from '../../src/i18n/locales';

// The built site's pages, for the browser specs: derived from the locales and the registry,
// like src/pages' routes.
export const langs: readonly Locale[] = localeIds;
export const fns: readonly string[] = activationIds;
export const langTags = Object.fromEntries(localeIds.map((l) => [l, langTag(l)])) as Record<Locale, string>;

/** Every page of every language, plus the root. */
export const allPages: string[] = [
  '/',
  ...langs.flatMap((l) => [`/${l}/`, `/${l}/compare/`, `/${l}/glu/`, `/${l}/terms/`, ...fns.map((f) => `/${l}/${f}/`)]),
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
