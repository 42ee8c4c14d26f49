import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { langs, watchErrors } from './pages';

// Site search on the built site (Pagefind's index in dist/pagefind/). Source of truth for the
// terms: content/{lang}/*.md, where each term below occurs in the prose of the page expected
// (checked by grep when the test was written: the French prose says « évanouissement du
// gradient » and « disparition du gradient », never « évanescent »).

const terms = [
  { lang: 'en', q: 'vanishing', page: '/en/sigmoid/' },
  { lang: 'fr', q: 'évanouissement', page: '/fr/glu/' },
  { lang: 'fr', q: 'disparition du gradient', page: '/fr/sigmoid/' },
  { lang: 'ja', q: '勾配消失', page: '/ja/sigmoid/' },
  { lang: 'tr', q: 'gradyan', page: '/tr/sigmoid/' },
  { lang: 'zh', q: '梯度消失', page: '/zh/sigmoid/' },
] as const;

/** CSP violations seen by the page (the event fires before any console message). */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__reportCsp', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return violations;
}

const status = (page: Page) => page.locator('act-search [data-status]');
const resultLinks = (page: Page) => page.locator('act-search [data-results] a');

test.describe('search', () => {
  for (const { lang, q, page: expected } of terms) {
    test(`${lang}: "${q}" finds ${expected}, and only pages in ${lang}`, async ({ page, baseURL }) => {
      const errors = watchErrors(page);
      const csp = await watchCsp(page);
      const offOrigin: string[] = [];
      page.on('request', (r) => {
        if (new URL(r.url()).origin !== new URL(baseURL ?? '').origin) offOrigin.push(r.url());
      });
      await page.goto(`/${lang}/search/?q=${encodeURIComponent(q)}`);
      await expect(resultLinks(page).first()).toBeVisible({ timeout: 15_000 });
      const hrefs = await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.map((h) => h.replace(/#.*$/, ''))).toContain(expected);
      expect(hrefs.filter((h) => !h.startsWith(`/${lang}/`))).toEqual([]);
      // The count is announced in the page's language, with the query echoed.
      await expect(status(page)).toHaveAttribute('aria-live', 'polite');
      await expect(status(page)).toContainText(q);
      // Matched words are highlighted as <mark> elements inside the excerpts.
      expect(await page.locator('act-search .excerpt mark').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      expect(csp).toEqual([]);
      expect(offOrigin).toEqual([]);
    });
  }

  test('typing runs the search (debounced) and keeps the query in the address', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/en/search/');
    await expect(status(page)).toHaveText(/Type a word/);
    await expect(page.locator('#search-q')).toBeFocused();
    await page.locator('#search-q').pressSequentially('softplus', { delay: 30 });
    await expect(resultLinks(page).first()).toBeVisible({ timeout: 15_000 });
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/en/softplus/');
    await expect(page).toHaveURL(/\/en\/search\/\?q=softplus$/);
    // A word on no page (Pagefind's loose matches without a highlighted word are not shown).
    await page.locator('#search-q').fill('qwxzv');
    await expect(status(page)).toHaveText('No page matches “qwxzv”. Try another word, or browse the glossary.');
    await expect(resultLinks(page)).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('keyboard: / focuses the field, arrows move through the result links, Esc clears and returns', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto('/en/search/?q=vanishing');
    await expect(resultLinks(page).nth(2)).toBeVisible({ timeout: 15_000 });
    const field = page.locator('#search-q');
    await page.locator('h1').click();
    await expect(field).not.toBeFocused();
    await page.keyboard.press('/');
    await expect(field).toBeFocused();
    await expect(field).toHaveValue('vanishing');
    await page.keyboard.press('ArrowDown');
    await expect(resultLinks(page).nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(resultLinks(page).nth(1)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(resultLinks(page).nth(2)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(resultLinks(page).nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(field).toBeFocused();
    // Esc from a result: the field is cleared and focused, the list emptied.
    await page.keyboard.press('ArrowDown');
    await expect(resultLinks(page).nth(0)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(field).toBeFocused();
    await expect(field).toHaveValue('');
    await expect(resultLinks(page)).toHaveCount(0);
    await expect(page).toHaveURL(/\/en\/search\/$/);
    // `/` typed into the field is text, not a shortcut.
    await page.keyboard.type('a/b');
    await expect(field).toHaveValue('a/b');
    expect(errors).toEqual([]);
  });

  test('the header form of a function page searches in its own language, without any script of its own', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto('/ja/gelu/');
    const header = page.locator('header.site form[role="search"]');
    await header.locator('input[name="q"]').fill('勾配消失');
    await header.locator('input[name="q"]').press('Enter');
    await expect(page).toHaveURL(/\/ja\/search\/\?q=%E5%8B%BE%E9%85%8D%E6%B6%88%E5%A4%B1$/);
    await expect(resultLinks(page).first()).toBeVisible({ timeout: 15_000 });
    expect(errors).toEqual([]);
  });

  for (const width of [320, 360]) {
    test(`at ${width} px the header's search box fits, with touch targets of at least 24 px`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height: 700 });
      for (const lang of langs) {
        // The header is the same on every page of a language (Base.astro); the index is the lightest.
        await page.goto(`/${lang}/`);
        const box = await page
          .locator('header.site')
          .evaluate((h) => ({ scroll: h.scrollWidth, client: h.clientWidth }));
        expect(box.scroll, lang).toBeLessThanOrEqual(box.client);
        for (const sel of ['header.site form[role="search"] input', 'header.site form[role="search"] button']) {
          const r = await page.locator(sel).boundingBox();
          expect(r, `${lang} ${sel}`).not.toBeNull();
          if (!r) continue;
          expect(r.x + r.width, `${lang} ${sel}`).toBeLessThanOrEqual(width);
          expect(r.height, `${lang} ${sel}`).toBeGreaterThanOrEqual(24);
          expect(r.width, `${lang} ${sel}`).toBeGreaterThanOrEqual(24);
        }
      }
    });
  }

  test('markup in the query is shown as text and never runs', async ({ page }) => {
    const errors = watchErrors(page);
    const q = '<img src=x onerror=alert(1)>';
    await page.goto(`/en/search/?q=${encodeURIComponent(q)}`);
    await expect(status(page)).toContainText(q, { timeout: 15_000 });
    await expect(page.locator('act-search img')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('when the index cannot load, the page says so and the next search retries', async ({ page }) => {
    let blocked = true;
    await page.route('**/pagefind/**', (route) => (blocked ? route.abort() : route.continue()));
    await page.goto('/fr/search/?q=sigmo%C3%AFde');
    await expect(status(page)).toHaveText(/L’index de recherche n’a pas pu être chargé/, { timeout: 15_000 });
    await expect(resultLinks(page)).toHaveCount(0);
    blocked = false;
    await page.locator('#search-q').press('Enter');
    await expect(resultLinks(page).first()).toBeVisible({ timeout: 15_000 });
  });

  test('without JavaScript the search page says search needs it and links to the glossary', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/tr/search/?q=gradyan');
    await expect(page.locator('act-search .noscript')).toBeVisible();
    await expect(page.locator('act-search .noscript a')).toHaveAttribute('href', '/tr/');
    await expect(page.locator('#search-q')).toBeHidden();
    // The header form still works as a plain form.
    await expect(page.locator('header.site form[role="search"]')).toBeVisible();
    await context.close();
  });

  test('axe reports no violations on a search page showing results', async ({ page }) => {
    await page.goto('/zh/search/?q=%E6%A2%AF%E5%BA%A6%E6%B6%88%E5%A4%B1');
    await expect(resultLinks(page).first()).toBeVisible({ timeout: 15_000 });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
