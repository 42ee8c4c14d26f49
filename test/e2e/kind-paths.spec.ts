// When the reader's browser, address or network is less kind: the root page offers the
// reader's language, foreign query keys survive the explorer's rewrites byte for byte, a
// failed lazy load retries, echoed console input is isolated, a huge tensor's markers are
// capped, and an invalid key does not load the console. Sources of truth: src/i18n/negotiate.ts,
// rewriteQuery's contract (src/components/url-query.ts), inputMarksMax (console/live.ts).
import { expect, test } from '@playwright/test';
import { watchErrors } from './pages';

test.describe('root page in a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });
  test('lists 日本語 first and marks it as the browser language', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/');
    const first = page.locator('lang-suggest li').first();
    await expect(first).toHaveAttribute('data-locale', 'ja');
    await expect(first.locator('[data-suggested]')).toBeVisible();
    await expect(page.locator('lang-suggest [data-suggested]:visible')).toHaveCount(1);
    expect(errors).toEqual([]);
  });
});

test.describe('root page in a German browser', () => {
  test.use({ locale: 'de-DE' });
  test('keeps the plain list, English first, nothing marked', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('lang-suggest li').first()).toHaveAttribute('data-locale', 'en');
    await expect(page.locator('lang-suggest [data-suggested]:visible')).toHaveCount(0);
  });
});

test('a probe move keeps keys the site does not own byte for byte', async ({ page }) => {
  await page.goto('/en/gelu/?lesson=%E0%A4%A&utm=a+b&x=1');
  const slider = page.locator('act-explorer input[data-ctl="x"]');
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  // One step left of 1 (the slider's step is 0.01): x=0.99; the other pairs are untouched.
  await expect.poll(() => page.evaluate(() => location.search)).toBe('?lesson=%E0%A4%A&utm=a+b&x=0.99');
});

test('an invalid alpha or approx in the address does not load the console', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => {
    if (/\/live-[\w-]+\.js$/.test(r.url())) loaded.push(r.url());
  });
  for (const path of ['/en/leaky-relu/?alpha=abc', '/en/gelu/?approx=bogus', '/en/elu/?alpha=NaN']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(loaded).toEqual([]);
  await page.goto('/en/leaky-relu/?alpha=0.2');
  await expect.poll(() => loaded.length).toBe(1);
});

test('a console that failed to load loads on the next use', async ({ page }) => {
  let fail = true;
  await page.route(/\/live-[\w-]+\.js$/, (route) => (fail ? route.abort() : route.continue()));
  await page.goto('/en/relu/');
  const field = page.locator('torch-console textarea');
  await field.focus();
  await page.waitForTimeout(300);
  fail = false;
  await page.locator('h1').click();
  await field.fill('[2.0]');
  await expect(page.locator('torch-console pre.torch-output')).toHaveText('Input: tensor([2.])\nOutput: tensor([2.])');
});

test('a bidi control typed into the console cannot reorder the error message', async ({ page }) => {
  await page.goto('/en/relu/');
  await page.locator('torch-console textarea').fill('[1.0, \u202Eabc]');
  const message = page.locator('torch-console [data-error]');
  await expect(message).not.toBeEmpty();
  const text = await message.textContent();
  // The override sits between an isolate opener (U+2068) and its closer (U+2069).
  expect(text).toMatch(/\u2068[^\u2069]*\u202E[^\u2069]*\u2069/);
});

test('a 10,000-element tensor marks at most 200 inputs and says so', async ({ page }) => {
  await page.goto('/fr/gelu/');
  const list = Array.from({ length: 10_000 }, (_, i) => (-3 + (6 * i) / 9999).toFixed(3)).join(', ');
  await page.locator('torch-console textarea').fill(`[${list}]`);
  await expect(page.locator('torch-console [data-marks-note]')).toBeVisible();
  // fr-FR groups thousands with a narrow no-break space.
  await expect(page.locator('torch-console [data-marks-note]')).toContainText(/200.*10\u202F000/);
  const marks = await page.locator('svg[data-chart="f"] [data-inputs] .input-mark').count();
  expect(marks).toBeGreaterThan(0);
  expect(marks).toBeLessThanOrEqual(200);
});
