import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { langs, watchErrors } from './pages';

// The glossary of terms in a real browser: accessible, usable on a phone, reachable from the
// header and from the prose of a function page.
for (const lang of ['en', 'ja'] as const)
  test(`axe reports no violations on /${lang}/terms/`, async ({ page }) => {
    // axe on a long page takes 20-30 s on this shared 2-core machine.
    test.setTimeout(120_000);
    await page.goto(`/${lang}/terms/`);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

for (const lang of langs)
  test(`/${lang}/terms/ at 360 px: no sideways scroll, no console error, the header links to it`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/${lang}/terms/`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.locator(`header nav a[href$="/${lang}/terms/"]`)).toHaveCount(1);
    await expect(page.locator('body')).not.toContainText(/\bNaN\b|\bundefined\b|\{\{|\{#/);
    expect(errors).toEqual([]);
  });

test('a term link in the prose of /en/relu/ opens its definition on /en/terms/', async ({ page }) => {
  await page.goto('/en/relu/');
  const link = page.locator('.prose a.term[href$="#dying-relu"]');
  await expect(link).toHaveCount(1);
  await link.click();
  await expect(page).toHaveURL(/\/en\/terms\/#dying-relu$/);
  const heading = page.locator('h2#dying-relu');
  await expect(heading).toBeInViewport();
  // The definition lists the pages that use the term, ReLU among them.
  await expect(page.locator('section[aria-labelledby="dying-relu"] .uses a[href$="/en/relu/"]')).toHaveCount(1);
});

test('the term index of /zh/terms/ jumps to a section; its links are at least 24 px tall', async ({ page }) => {
  await page.goto('/zh/terms/');
  const first = page.locator('.term-index a').first();
  const box = await first.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
  await page.locator('.term-index a[href="#vanishing-gradient"]').click();
  await expect(page.locator('h2#vanishing-gradient')).toBeInViewport();
  await expect(page.locator('section[aria-labelledby="vanishing-gradient"]')).toContainText('梯度消失');
});
