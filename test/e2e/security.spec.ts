import { expect, test, type Page } from '@playwright/test';
import { builtPages, langs } from './pages';

// Every built page, in every language, under the site's Content-Security-Policy: no violation
// report, no CSP console error, and no request to any origin but the site's own.

interface Watch {
  violations: string[];
  offOrigin: string[];
}

async function watch(page: Page, origin: string): Promise<Watch> {
  const w: Watch = { violations: [], offOrigin: [] };
  await page.exposeFunction('__reportCsp', (v: string) => w.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) w.violations.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) w.offOrigin.push(r.url());
  });
  return w;
}

/** Touch what a reader touches, so code paths behind interaction also run under the policy. */
async function interact(page: Page): Promise<void> {
  const slider = page.locator('act-explorer input[type="range"]').first();
  if ((await slider.count()) > 0) {
    await slider.focus();
    for (const key of ['ArrowRight', 'ArrowRight', 'PageUp', 'Home', 'End']) await page.keyboard.press(key);
    const overlay = page.locator('act-explorer input[data-ctl="compare"]').first();
    if (await overlay.isVisible()) await overlay.check();
  }
  const details = page.locator('details');
  for (let i = 0; i < (await details.count()); i++)
    await details.nth(i).evaluate((d) => ((d as HTMLDetailsElement).open = true));
}

const pages = builtPages();
const byLang = new Map<string, string[]>();
for (const p of pages) {
  const lang = langs.find((l) => p.startsWith(`/${l}/`)) ?? 'root';
  byLang.set(lang, [...(byLang.get(lang) ?? []), p]);
}

test('the built site has pages of every type to check', () => {
  expect(pages).toContain('/');
  for (const l of langs) {
    for (const type of ['', 'gelu/', 'compare/', 'embed/gelu/', 'embed/compare/', '404/'])
      expect(pages).toContain(`/${l}/${type}`);
  }
});

for (const [lang, paths] of byLang) {
  test(`${lang}: ${paths.length} pages load with zero CSP violations and zero off-origin requests`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const origin = new URL(baseURL ?? '').origin;
    const w = await watch(page, origin);
    for (const path of paths) {
      const response = await page.goto(path);
      // Hosts send the same policy as a header (dist/_headers); the meta tag holds it too.
      expect(response?.headers()['content-security-policy'], path).toMatch(/default-src 'self'/);
      await expect(page.locator('meta[http-equiv="content-security-policy"]'), path).toHaveCount(1);
      await interact(page);
      await page.waitForLoadState('networkidle');
    }
    expect(w.violations).toEqual([]);
    expect(w.offOrigin).toEqual([]);
  });
}

test('an unknown address gets the localised 404 page under the same policy', async ({ page, baseURL }) => {
  const w = await watch(page, new URL(baseURL ?? '').origin);
  const response = await page.goto('/fr/no-such-page/?x=<script>alert(1)</script>');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  expect(w.violations).toEqual([]);
  expect(w.offOrigin).toEqual([]);
});

test('the policy forbids inline script: an injected inline script is blocked and reported', async ({ page }) => {
  // Guards the guard: if the policy ever allowed 'unsafe-inline' scripts, this would run.
  await page.goto('/en/gelu/');
  const ran = await page.evaluate(async () => {
    const seen = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }),
    );
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.append(s);
    const directive = await seen;
    return { directive, ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true };
  });
  expect(ran).toEqual({ directive: 'script-src-elem', ran: false });
});
