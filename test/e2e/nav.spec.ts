import { expect, test, type Page } from '@playwright/test';
import { fns, langs } from './pages';

// Way-finding on a long page, in a real Chromium with the built site. Phone (360 and 320 px):
// the table of contents is a closed <details> at the top and nothing scrolls sideways. Desktop
// (1366 px): it stands open beside the text and stays in view while the reader scrolls.
// No script is involved (checked with JavaScript off too).

const explainers = langs.flatMap((lang) => [`/${lang}/${fns[0] ?? ''}/`, `/${lang}/glu/`]);

/** How far the page scrolls sideways, in CSS px (0 when it does not). */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test.describe('phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const path of explainers) {
    test(`${path} at 360 px: TOC collapsed at the top, opens on tap, no horizontal overflow`, async ({ page }) => {
      await page.goto(path);
      const toc = page.locator('nav.toc');
      const summary = toc.locator('summary');
      const first = toc.locator('li a').first();
      await expect(summary).toBeVisible();
      await expect(first).toBeHidden();
      // At the top: before the first section heading, right after the lead.
      const [tocTop, h2Top] = await Promise.all([
        toc.evaluate((e) => e.getBoundingClientRect().top),
        page
          .locator('article h2:visible')
          .first()
          .evaluate((e) => e.getBoundingClientRect().top),
      ]);
      expect(tocTop).toBeLessThan(h2Top);
      const box = await summary.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
      expect(await sideways(page)).toBe(0);
      await summary.click();
      await expect(first).toBeVisible();
      expect(await sideways(page)).toBe(0);
      // A TOC link lands on its heading.
      const target = (await first.getAttribute('href')) ?? '';
      await first.click();
      await expect(page).toHaveURL(new RegExp(`${target}$`));
      const top = await page.locator(decodeURIComponent(target)).evaluate((e) => e.getBoundingClientRect().top);
      expect(Math.abs(top)).toBeLessThan(40);
    });
  }

  for (const path of explainers) {
    test(`${path} at 320 px: the TOC, the cite block and the pager stay inside the viewport`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 700 });
      await page.goto(path);
      await page.locator('nav.toc summary').click();
      const rights = await page.evaluate(() =>
        ['nav.toc', '.cite-page', 'nav.pager', 'footer.site'].map((s) => {
          const el = document.querySelector(s);
          return el ? Math.round(el.getBoundingClientRect().right) : -1;
        }),
      );
      for (const r of rights) {
        expect(r).toBeGreaterThan(0);
        expect(r).toBeLessThanOrEqual(320);
      }
      // The references wrap instead of scrolling: no box of the cite block is wider than its column.
      const wide = await page.evaluate(
        () => [...document.querySelectorAll('.cite-page pre')].filter((p) => p.scrollWidth > p.clientWidth).length,
      );
      expect(wide).toBe(0);
    });
  }
});

test.describe('desktop', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  for (const path of explainers) {
    test(`${path} at 1366 px: TOC open beside the text, sticky while scrolling`, async ({ page }) => {
      await page.goto(path);
      const toc = page.locator('nav.toc');
      const links = toc.locator('li a');
      await expect(links.first()).toBeVisible();
      await expect(links.last()).toBeVisible();
      const [tocBox, textBox] = await Promise.all([toc.boundingBox(), page.locator('article .lead').boundingBox()]);
      if (!tocBox || !textBox) throw new Error('no TOC or lead');
      // Beside the text: to its right, overlapping it vertically, fully in the viewport.
      expect(tocBox.x).toBeGreaterThanOrEqual(textBox.x + textBox.width);
      expect(tocBox.x + tocBox.width).toBeLessThanOrEqual(1366);
      expect(tocBox.y).toBeLessThan(textBox.y + textBox.height);
      expect(await sideways(page)).toBe(0);
      // Far down the page it is still in view.
      await page.locator('#references').scrollIntoViewIfNeeded();
      const after = await toc.evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
      expect(after.top).toBeGreaterThanOrEqual(0);
      expect(after.top).toBeLessThan(100);
      await expect(links.first()).toBeInViewport();
    });
  }

  test('a heading anchor is a link to its own section', async ({ page }) => {
    await page.goto(`/${langs[0] ?? 'en'}/${fns[0] ?? ''}/`);
    const anchor = page.locator('#properties a.anchor');
    await expect(anchor).toHaveAttribute('href', '#properties');
    await expect(anchor).toHaveAccessibleName(/properties/i);
    const box = await anchor.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(24);
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
    await anchor.click();
    await expect(page).toHaveURL(/#properties$/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 1366, height: 900 } });

  test('the TOC, the anchors, the pager and the cite block are all there', async ({ page }) => {
    await page.goto(`/${langs[1] ?? 'fr'}/glu/`);
    await expect(page.locator('nav.toc li a').first()).toBeVisible();
    await expect(page.locator('article h2 a.anchor').first()).toBeVisible();
    await expect(page.locator('nav.pager a[rel="prev"]')).toBeVisible();
    await expect(page.locator('pre[data-cite="bibtex"]')).toContainText('@misc{activations-glu-fr');
  });
});
