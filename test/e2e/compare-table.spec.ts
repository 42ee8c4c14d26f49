// The comparison table in a browser: sorting by a numeric column orders the rows by the
// numeric module's values and sets aria-sort; a phone-width page never scrolls sideways (the
// table scrolls in its own box); axe finds nothing; without JavaScript the rows stay in
// registry order. Source of truth: src/lib/compare-table.ts (the rows) and the registry.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { compareRows } from '../../src/lib/compare-table';
import { activationIds } from '../../src/lib/math/registry';
import { langs, watchErrors } from './pages';

const rows = compareRows();
/** Registry ids in the order of the rendered rows, read from each row's link. */
const order = (page: import('@playwright/test').Page) =>
  page
    .locator('table.compare tbody tr th a')
    .evaluateAll((as) => as.map((a) => (a.getAttribute('href') ?? '').replace(/\/$/, '').split('/').pop()));

/** Ids sorted by a key, missing keys last, ties in registry order (what the island promises). */
function expected(key: (r: (typeof rows)[number]) => number | null, dir: 1 | -1): string[] {
  return rows
    .map((r, i) => ({ id: r.id, k: key(r), i }))
    .sort((a, b) => {
      if (a.k === null || b.k === null) return Number(a.k === null) - Number(b.k === null) || a.i - b.i;
      return dir * (Number(a.k > b.k) - Number(a.k < b.k)) || a.i - b.i;
    })
    .map((o) => o.id);
}

test('sorting by slope at 0 and by minimum orders the rows by the computed values and sets aria-sort', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/en/compare/');
  expect(await order(page)).toEqual([...activationIds]);
  const slope = page.locator('table.compare thead th', { hasText: 'Slope at 0' });
  await slope.getByRole('button').click();
  await expect(slope).toHaveAttribute('aria-sort', 'ascending');
  expect(await order(page)).toEqual(expected((r) => r.slopeAtZero, 1));
  await slope.getByRole('button').click();
  await expect(slope).toHaveAttribute('aria-sort', 'descending');
  expect(await order(page)).toEqual(expected((r) => r.slopeAtZero, -1));

  const minimum = page.locator('table.compare thead th', { hasText: 'Minimum' });
  await minimum.getByRole('button').click();
  await expect(minimum).toHaveAttribute('aria-sort', 'ascending');
  await expect(slope).not.toHaveAttribute('aria-sort', /./);
  const byMin = expected((r) => r.minimum?.y ?? null, 1);
  expect(await order(page)).toEqual(byMin);
  // Hardswish dips lowest (−0.375); ReLU's flat minimum 0 is the highest; functions without one come last.
  expect(byMin[0]).toBe(rows.reduce((a, b) => ((a.minimum?.y ?? 0) <= (b.minimum?.y ?? 0) ? a : b)).id);
  expect(errors).toEqual([]);
});

test('without JavaScript the table is in registry order and has no sort buttons', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/fr/compare/');
  expect(await order(page)).toEqual([...activationIds]);
  await expect(page.locator('table.compare thead button')).toHaveCount(0);
  await context.close();
});

for (const lang of langs) {
  test(`/${lang}/compare/ at 360 px: no sideways page scroll, the table scrolls in its own box`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/${lang}/compare/`);
    const { page: over, box } = await page.evaluate(() => {
      const s = document.querySelector('.scroller');
      return {
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        box: s ? s.scrollWidth - s.clientWidth : 0,
      };
    });
    expect(over).toBe(0);
    expect(box).toBeGreaterThan(0);
    await expect(page.locator('[data-scroll-hint]')).toBeVisible();
  });
}

test('/ja/compare/ at 360 px is axe-clean after sorting', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/ja/compare/');
  await page.locator('table.compare thead th button').nth(2).click();
  const results = await new AxeBuilder({ page })
    .include('compare-table')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});
