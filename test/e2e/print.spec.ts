import { expect, test, type Page } from '@playwright/test';
import { fns, langs } from './pages';
import { allSeries } from '../../src/lib/math/registry';
import { sceneCurves } from '../../src/lib/plot/scene';
import { resolveView, sceneOf } from '../../src/lib/state/resolve';
import { handoutValuesOf } from '../../src/lib/state/handout';
import { pageParams, parseView, serializeView, type ViewState } from '../../src/lib/state/view';
import { encodeQr } from '../../src/lib/qr/encode';
import { qrPath } from '../../src/lib/qr/svg';
import { formatFixed } from '../../src/i18n/format';
import type { Locale } from '../../src/i18n/locales';

// Printing a function page: the reader's current view on at most two A4 sheets (page.pdf, as
// Chromium prints), with the view's address and its QR code, the plots, the probe's values,
// the table of values for the view, the formulas and the PyTorch example with its output; no
// control is printed. Source of truth for every number: the numeric module (src/lib), formatted
// by src/i18n/format.ts, so the strings compare exactly.

// The printable area of an A4 sheet with the handout's 12 mm margins: 186 × 273 mm.
const sheet = { width: Math.round((186 / 25.4) * 96), height: Math.round((273 / 25.4) * 96) };
test.use({ viewport: sheet });

/** A view that differs from the default in every field: probe, parameters, range, overlays. */
function viewOf(fn: string): string {
  const params: NonNullable<ViewState['params']> = {};
  for (const { param } of pageParams(fn))
    if (param.kind === 'range') params[param.key] = param.max;
    else params[param.key] = param.options[param.options.length - 1]?.value ?? param.default;
  const compare = allSeries.filter((s) => s.activation.id !== fn).map((s) => s.id);
  return serializeView({ x: -1.3, params, range: 5, compare: compare.slice(0, 2) }, fn);
}

/** The number of pages of a PDF: its `/Type /Page` objects (not `/Pages`). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

/** Prints the page to A4 as Chromium does, after the print module has had its chance to load. */
async function printA4(page: Page): Promise<number> {
  // The page opened with a query: the print module is requested at once (see print/watch.ts).
  await page.waitForFunction(() => document.querySelector('[data-qr]')?.getAttribute('data-qr-for')?.includes('?'));
  return pdfPages(await page.pdf({ format: 'A4' }));
}

// Every function in English and Japanese (the tallest lines); in the other languages the page
// prints the same blocks, so each prints GELU and a third of the others in turn.
const printed = (lang: Locale) =>
  lang === 'en' || lang === 'ja' ? fns : fns.filter((fn, i) => fn === 'gelu' || i % 3 === langs.indexOf(lang) % 3);

for (const lang of langs)
  for (const fn of printed(lang)) {
    const query = viewOf(fn);
    test(`/${lang}/${fn}/?${query} prints the view on at most 2 A4 sheets`, async ({ page }) => {
      await page.goto(`/${lang}/${fn}/?${query}`);
      // The explorer keeps an address it can show as is.
      await expect(page).toHaveURL(new RegExp(`\\?${query.replace(/[.?+^$()[\]\\|{}]/g, '\\$&')}$`));
      expect(await printA4(page)).toBeLessThanOrEqual(2);

      // page.pdf fired beforeprint: the header holds this address, the QR code encodes it.
      const href = page.url();
      await expect(page.locator('[data-print-url]')).toHaveText(href);
      const d = await page.locator('[data-qr] path').getAttribute('d');
      expect(d).toBe(qrPath(encodeQr(href)!));

      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.print-head')).toBeVisible();
      await expect(page.locator('svg[data-chart="f"]')).toBeVisible();
      await expect(page.locator('svg[data-chart="df"]')).toBeVisible();

      // The probe's values: the main curve at x = −1.3 with the view's parameters.
      const view = resolveView(fn, parseView(query, fn));
      const main = sceneCurves(sceneOf(fn, view))[0]!;
      const row = page.locator(`.readout tr[data-row="${main.id}"]`);
      await expect(row).toBeVisible();
      await expect(row.locator('[data-cell="f"]')).toHaveText(formatFixed(main.f(-1.3), lang, 4));
      await expect(row.locator('[data-cell="df"]')).toHaveText(formatFixed(main.df(-1.3), lang, 4));

      // The table of values, for the view (while printing; the screen keeps the default view's).
      await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
      const table = handoutValuesOf(fn, query);
      const cells = page.locator('.values tbody [data-value="f"]');
      await expect(cells.first()).toBeVisible();
      await expect(cells).toHaveText(table.rows.map((r) => formatFixed(r.f, lang, 4)));

      // Formulas, and the page's example with its output (the console's run, not a variant's).
      await expect(page.locator('#formulas ~ .formula').first()).toBeVisible();
      await expect(page.locator('torch-console [data-code] pre').first()).toBeVisible();
      await expect(page.locator('torch-console pre.torch-output')).toBeVisible();
      await expect(page.locator('torch-console pre.torch-output')).toContainText('Output: tensor(');

      // No control is printed, nor navigation, prose or idea figures.
      const controls = await page.evaluate(
        () =>
          [...document.querySelectorAll('input, select, button, textarea')].filter((el) =>
            el.checkVisibility({ opacityProperty: false, visibilityProperty: true }),
          ).length,
      );
      expect(controls).toBe(0);
      for (const hidden of ['header.site', 'footer.site', '.prose', 'section:has(#ideas)', '.probe-bar', '.hint'])
        await expect(page.locator(hidden).first(), hidden).toBeHidden();

      // The plots and the probe's values are on the first sheet.
      const bottoms = await page.evaluate(() =>
        ['svg[data-chart="df"]', '.readout'].map(
          (s) => document.querySelector(s)?.getBoundingClientRect().bottom ?? -1,
        ),
      );
      for (const b of bottoms) {
        expect(b).toBeGreaterThan(0);
        expect(b).toBeLessThanOrEqual(sheet.height);
      }
    });
  }

test('/en/gelu/ prints the page address on the default view, and the QR code follows the address', async ({ page }) => {
  await page.goto('/en/gelu/');
  // Built for the default view: the QR code encodes the page's public address (the full text's).
  const qr = page.locator('[data-qr]');
  const publicUrl = await page.locator('.print-url span:not([data-print-url])').textContent();
  expect(await qr.locator('path').getAttribute('d')).toBe(qrPath(encodeQr(publicUrl ?? '')!));
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(2);
  await expect(page.locator('[data-print-url]')).toHaveText(page.url());
  // Same path, no query: that QR code was printed; the print module, loaded by the first print,
  // then draws the address as it is.
  await expect(qr).not.toHaveAttribute('hidden');
  await expect.poll(() => qr.locator('path').getAttribute('d')).toBe(qrPath(encodeQr(page.url())!));
});

for (const lang of langs)
  test(`/${lang}/glu/?a=-1.5&d=512 prints on at most 2 A4 sheets with its address and values`, async ({ page }) => {
    await page.goto(`/${lang}/glu/?a=-1.5&d=512`);
    expect(await printA4(page)).toBeLessThanOrEqual(2);
    await expect(page.locator('[data-print-url]')).toHaveText(page.url());
    expect(await page.locator('[data-qr] path').getAttribute('d')).toBe(qrPath(encodeQr(page.url())!));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.glu-figure [data-out="a"]')).toHaveText(formatFixed(-1.5, lang, 2));
    await expect(page.locator('.glu-figure [data-out="a"]')).toBeVisible();
    await expect(page.locator('pre.torch-output')).toBeVisible();
    const controls = await page.evaluate(
      () =>
        [...document.querySelectorAll('input, select, button, textarea')].filter((el) =>
          el.checkVisibility({ opacityProperty: false, visibilityProperty: true }),
        ).length,
    );
    expect(controls).toBe(0);
  });

test('/en/elu/ after a slider move prints the new address, its QR code and the table for the new α', async ({
  page,
}) => {
  await page.goto('/en/elu/');
  const alpha = page.locator('act-explorer input[data-ctl="alpha"]');
  await alpha.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  const value = Number(await alpha.inputValue());
  expect(value).toBeGreaterThan(1);
  await expect(page).toHaveURL(new RegExp(`\\?alpha=${value}$`));
  // The first change of a control requested the print module: it is there before any print, so
  // the first print already gets this view's QR code and table (beforeprint runs synchronously).
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/handout'))))
    .toBe(true);
  // What the table's caption says while the sheet is laid out (a listener added after the module's).
  await page.evaluate(() =>
    addEventListener('beforeprint', () => {
      document.body.dataset['captionAtPrint'] = document.querySelector('[data-values-caption]')?.textContent ?? '';
    }),
  );
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(2);
  await expect(page.locator('[data-print-url]')).toHaveText(page.url());
  expect(await page.locator('[data-qr] path').getAttribute('d')).toBe(qrPath(encodeQr(page.url())!));
  expect(await page.locator('body').getAttribute('data-caption-at-print')).toContain(
    `α = ${formatFixed(value, 'en', 2)}`,
  );
  // After the print, the screen's table is the default view's again (as its caption says).
  await expect(page.locator('[data-values-caption]')).toContainText('α = 1.00');
});

test('/en/gelu/#formulas printed before the print module arrived: no stale QR code, then the right one', async ({
  page,
}) => {
  // No query and no change of a control: nothing requested the print module before this print,
  // and the built QR code encodes another address (no hash). It must not be printed.
  await page.goto('/en/gelu/#formulas');
  await page.evaluate(() =>
    addEventListener('beforeprint', () => {
      document.body.dataset['qrHiddenAtPrint'] = String(document.querySelector('[data-qr]')?.hasAttribute('hidden'));
    }),
  );
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(2);
  expect(await page.locator('body').getAttribute('data-qr-hidden-at-print')).toBe('true');
  await expect(page.locator('[data-print-url]')).toHaveText(page.url());
  // The module requested by that print draws this address's QR code for the next one.
  await expect(page.locator('[data-qr]')).not.toHaveAttribute('hidden');
  expect(await page.locator('[data-qr] path').getAttribute('d')).toBe(qrPath(encodeQr(page.url())!));
});
