import { expect, test } from '@playwright/test';
import { fns, langs } from './pages';

// Printing a function page: the first sheet holds the plot (f and f′), the formulas and the
// PyTorch example; controls and navigation are not printed. The viewport is the printable
// area of a US Letter sheet with 12 mm margins (the smaller of A4 and Letter): 191 × 255 mm.
const sheet = { width: Math.round((191 / 25.4) * 96), height: Math.round((255 / 25.4) * 96) };

test.use({ viewport: sheet });

for (const lang of langs) {
  test(`/${lang}/*/ print plot, formulas and example on the first sheet, without controls`, async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    for (const fn of fns) {
      await page.goto(`/${lang}/${fn}/`);
      for (const hidden of ['act-explorer form', 'header.site', 'footer.site', '.share'])
        await expect(page.locator(hidden).first(), hidden).toBeHidden();
      await expect(page.locator('svg[data-chart="f"]')).toBeVisible();
      await expect(page.locator('svg[data-chart="df"]')).toBeVisible();
      const bottom = await page.evaluate(() =>
        ['svg[data-chart="df"]', '#formulas ~ .formula:last-of-type', 'pre.torch-output'].map((s) => {
          const el = document.querySelector(s);
          return el ? Math.round(el.getBoundingClientRect().bottom + scrollY) : -1;
        }),
      );
      for (const b of bottom) {
        expect(b, `/${lang}/${fn}/`).toBeGreaterThan(0);
        expect(b, `/${lang}/${fn}/`).toBeLessThanOrEqual(sheet.height);
      }
    }
  });
}
