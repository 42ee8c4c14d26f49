// The GLU family page: its printed PyTorch output (real PyTorch's, from the fixture), the slice
// the reader moves, the weight count for a typed width, links that reopen a view, and the page
// without JavaScript.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { langs, watchErrors } from './pages';

const fixture = JSON.parse(readFileSync('test/fixtures/torch_glu.json', 'utf8')) as { page: { stdout: string } };

for (const lang of langs) {
  test(`/${lang}/glu/ shows four heatmaps, the slice chart and PyTorch's printed output verbatim`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`/${lang}/glu/`);
    await expect(page.locator('svg.heat-chart')).toHaveCount(4);
    await expect(page.locator('svg.heat-chart .heat.pos').first()).toBeAttached();
    await expect(page.locator('svg[data-chart="f"] path[data-series]')).toHaveCount(4);
    // Source of truth: test/fixtures/torch_glu.json, the page's example run by PyTorch 1.13.
    await expect(page.locator('pre.torch-output')).toHaveText(fixture.page.stdout);
    expect(await page.locator('.formula math').count()).toBeGreaterThanOrEqual(7);
    expect(errors).toEqual([]);
  });
}

test('moving the value a redraws the slice, moves the heatmaps’ line and writes ?a= to the address', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/en/glu/');
  const relu = page.locator('svg[data-chart="f"] path[data-series="relu"]');
  const before = await relu.getAttribute('d');
  const line = page.locator('svg.heat-chart [data-slice] polyline').first();
  const lineBefore = await line.getAttribute('points');
  const slider = page.locator('input[data-ctl="a"]');
  await slider.fill('-2');
  await expect(page.locator('[data-out="a"]')).toHaveText('−2.00');
  await expect(relu).not.toHaveAttribute('d', before ?? '');
  await expect(line).not.toHaveAttribute('points', lineBefore ?? '');
  await expect(page.locator('svg[data-chart="f"] title')).toContainText('a = −2.00');
  await expect(page).toHaveURL(/\?a=-2$/);
  expect(errors).toEqual([]);
});

test('typing a model width recounts the weights; an invalid width is flagged and changes nothing', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/en/glu/');
  const input = page.locator('input[data-ctl="d"]');
  await expect(page.locator('[data-ffn="gated-weights"]')).toHaveText('4,718,592');
  await input.fill('512');
  await expect(page.locator('[data-ffn="plain-weights"]')).toHaveText('2,097,152');
  await expect(page.locator('[data-ffn="gated-hidden"]')).toHaveText('1,365');
  await expect(page.locator('[data-ffn="gated-weights"]')).toHaveText('2,096,640');
  await expect(page.locator('[data-ffn="summary"]')).toContainText('512 weights fewer');
  await expect(page).toHaveURL(/\?d=512$/);
  await input.fill('0');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[data-ffn="gated-weights"]')).toHaveText('2,096,640');
  expect(errors).toEqual([]);
});

test('a link with ?a= and ?d= reopens that view, in another language too', async ({ page }) => {
  await page.goto('/fr/glu/?a=-1.5&d=64');
  await expect(page.locator('input[data-ctl="a"]')).toHaveValue('-1.5');
  await expect(page.locator('[data-out="a"]')).toHaveText('−1,50');
  await expect(page.locator('input[data-ctl="d"]')).toHaveValue('64');
  // 8·64/3 = 170.67 rounds up to 171: the gated block has 64 weights more.
  await expect(page.locator('[data-ffn="gated-hidden"]')).toHaveText('171');
  await page.goto('/fr/glu/?a=99&d=-5');
  await expect(page.locator('input[data-ctl="a"]')).toHaveValue('3');
  await expect(page.locator('input[data-ctl="d"]')).toHaveValue('768');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('/en/glu/ shows the heatmaps, the default slice and the weight count, and hides the controls', async ({
    page,
  }) => {
    await page.goto('/en/glu/');
    await expect(page.locator('svg.heat-chart').first()).toBeVisible();
    const d = await page.locator('svg[data-chart="f"] path[data-series="gelu"]').getAttribute('d');
    expect(d).toMatch(/^M/);
    await expect(page.locator('input[data-ctl="a"]')).toBeHidden();
    await expect(page.locator('input[data-ctl="d"]')).toBeHidden();
    await expect(page.locator('[data-ffn="gated-weights"]')).toHaveText('4,718,592');
  });
});

test('the GELU and SiLU pages link to the GLU page from the prose, and the glossary has its card', async ({ page }) => {
  for (const lang of langs) {
    for (const fn of ['gelu', 'silu']) {
      await page.goto(`/${lang}/${fn}/`);
      await expect(page.locator(`.prose a[href="../glu/"]`)).toHaveCount(1);
    }
    await page.goto(`/${lang}/`);
    const card = page.locator('#family-gated + .cards .card a');
    await expect(card).toHaveAttribute('href', `/${lang}/glu/`);
  }
});
