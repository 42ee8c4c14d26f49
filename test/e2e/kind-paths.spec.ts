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

// Source of truth: src/lib/state/compare-typos.ts (unit-tested against the explorer's parser)
// and the compare.unknown / compare.meant strings of each language.
test.describe('a mistyped comparison address', () => {
  const said = {
    en: 'The address asks for curves this site does not have',
    fr: 'L’adresse demande des courbes que ce site n’a pas',
    ja: 'このサイトにない曲線',
    tr: 'bu sitede olmayan eğrileri',
    zh: '本站没有的曲线',
  };
  for (const [lang, words] of Object.entries(said)) {
    test(`/${lang}/compare/?compare=gelu,leakyrelu names the unknown name and links Leaky ReLU`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`/${lang}/compare/?compare=gelu,leakyrelu`);
      const notice = page.locator('compare-notice');
      await expect(notice).toBeVisible();
      await expect(notice).toContainText(words);
      await expect(notice.locator('bdi')).toHaveText(['leakyrelu']);
      const link = notice.locator('a');
      await expect(link).toHaveAttribute('href', `/${lang}/compare/?compare=gelu,leaky-relu`);
      await link.click();
      await expect(page.locator('act-explorer input[value="leaky-relu"]')).toBeChecked();
      await expect(page.locator('act-explorer input[value="gelu"]')).toBeChecked();
      await expect(notice).toBeHidden();
      expect(errors).toEqual([]);
    });
  }

  test('an address with no known name: the empty state and the notice, echoed input as text only', async ({ page }) => {
    await page.goto('/en/compare/?compare=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E,swish');
    const notice = page.locator('compare-notice');
    await expect(notice.locator('bdi')).toHaveText(['<img src=x onerror=alert(1)>', 'swish']);
    await expect(notice.locator('img, a')).toHaveCount(0);
    await expect(page.locator('act-explorer [data-empty]')).toBeVisible();
    // Ticking a curve by hand makes the notice stale: it goes.
    await page.locator('act-explorer label:has(input[value="relu"])').click();
    await expect(notice).toBeHidden();
    await expect(page.locator('act-explorer [data-empty]')).toBeHidden();
  });

  test('a correct address shows no notice', async ({ page }) => {
    await page.goto('/en/compare/?compare=GELU,%20relu');
    await expect(page.locator('act-explorer input[value="relu"]')).toBeChecked();
    await expect(page.locator('compare-notice')).toBeHidden();
  });
});
