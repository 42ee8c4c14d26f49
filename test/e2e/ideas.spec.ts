import { expect, test } from '@playwright/test';
import { langs, watchErrors } from './pages';

// The four idea figures (issue 6): build-time SVG that reads with JS off, controls that
// update the readouts and the address, links that restore a figure, no console errors. Each
// function page's figures include its own activation, marked (issue 14).

const figures = [
  { tag: 'act-idea-gate', id: 'stochastic-gate', paths: ['gelu'] },
  { tag: 'act-idea-approx', id: 'approximation-error', paths: ['gelu'] },
  { tag: 'act-idea-dead', id: 'dead-units', paths: ['relu', 'leaky-relu', 'elu', 'softplus', 'hardswish'] },
  { tag: 'act-idea-depth', id: 'gradients-depth', paths: ['compare', 'silu', 'sigmoid', 'tanh', 'selu', 'mish'] },
] as const;

/** Text that must never reach a reader. */
const broken = /NaN|undefined|Infinity|\{[a-zA-Z]+\}/;

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of langs)
    for (const f of figures)
      for (const path of f.paths) {
        test(`/${lang}/${path}/ shows the ${f.id} figure with SVG, caption, text alternative and takeaway`, async ({
          page,
        }) => {
          await page.goto(`/${lang}/${path}/`);
          const fig = page.locator(`${f.tag} figure#${f.id}`);
          await expect(fig).toBeVisible();
          // Marks drawn at build time: at least one path or shape inside each chart.
          const svgs = fig.locator('svg.idea-chart');
          expect(await svgs.count()).toBeGreaterThan(0);
          for (const svg of await svgs.all()) {
            expect(await svg.locator('path, circle, rect').count()).toBeGreaterThanOrEqual(3);
            await expect(svg.locator('title').first()).not.toBeEmpty();
          }
          await expect(fig.locator('figcaption')).not.toBeEmpty();
          await expect(page.locator(`${f.tag} table`).first()).toBeVisible();
          const all = await page.locator(f.tag).innerText();
          expect(all).not.toMatch(broken);
          await expect(page.locator(`${f.tag} .takeaway`)).not.toBeEmpty();
        });
      }

  test('every function page without the depth figure links to it on the compare page', async ({ page }) => {
    for (const fn of ['gelu', 'relu', 'leaky-relu', 'elu', 'softplus', 'hardswish']) {
      await page.goto(`/fr/${fn}/`);
      await expect(page.locator('a[href="/fr/compare/#gradients-depth"]')).toHaveCount(1);
    }
  });

  test('every function page whose entry lists the depth figure shows it instead of the link', async ({ page }) => {
    for (const fn of ['silu', 'sigmoid', 'tanh', 'selu', 'mish']) {
      await page.goto(`/fr/${fn}/`);
      await expect(page.locator('act-idea-depth figure#gradients-depth')).toHaveCount(1);
      await expect(page.locator('a[href="/fr/compare/#gradients-depth"]')).toHaveCount(0);
    }
  });
});

test('the gate figure’s script loads only when the figure nears the viewport', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto('/en/gelu/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((u) => /gate-island/.test(u))).toEqual([]);
  await page.locator('act-idea-gate').scrollIntoViewIfNeeded();
  await expect(page.locator('act-idea-gate')).toHaveClass(/live/);
  expect(requested.filter((u) => /gate-island/.test(u)).length).toBe(1);
});

test('the gate: choosing 1000 draws updates the readout and the address', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/en/gelu/');
  const fig = page.locator('act-idea-gate');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig).toHaveClass(/live/);
  await fig.locator('select[data-key="mcN"]').selectOption('1000');
  await expect(fig.locator('[data-text="kept"]')).toHaveText(/ of 1000$/);
  await expect(page).toHaveURL(/mcN=1000/);
  await fig.locator('button[data-reseed="mcSeed"]').click();
  await expect(fig.locator('[data-text="out.seed"]')).toHaveText('seed 2');
  await expect(page).toHaveURL(/mcSeed=2/);
  expect(await fig.innerText()).not.toMatch(broken);
  expect(errors).toEqual([]);
});

test('the gate restores mcN, mcX and mcSeed from a link (French formatting)', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/fr/gelu/?mcN=100&mcX=-1&mcSeed=5');
  const fig = page.locator('act-idea-gate');
  await expect(fig.locator('[data-text="out.mcX"]')).toHaveText('−1,00');
  await expect(fig.locator('[data-text="kept"]')).toHaveText(/ sur 100$/);
  // GELU(−1) = −0.158655… (4 decimals, French comma)
  await expect(fig.locator('[data-text="exact"]')).toHaveText('−0,1587');
  await expect(fig.locator('select[data-key="mcN"]')).toHaveValue('100');
  expect(errors).toEqual([]);
});

test('the approximation probe moves the readout and the address', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/en/gelu/');
  const fig = page.locator('act-idea-approx');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig).toHaveClass(/live/);
  await fig.locator('input[data-key="apX"]').focus();
  await page.keyboard.press('Home');
  await expect(fig.locator('[data-text="out.apX"]')).toHaveText('−6.00');
  await expect(page).toHaveURL(/apX=-6/);
  expect(errors).toEqual([]);
});

test('the depth figure: L = 50 by keyboard updates the readout, the takeaway and the address', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/en/compare/');
  const fig = page.locator('act-idea-depth');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig).toHaveClass(/live/);
  const before = await fig.locator('[data-text="sigmoid.median"]').innerText();
  await fig.locator('input[data-key="depthL"]').focus();
  await page.keyboard.press('End');
  await expect(fig.locator('[data-text="out.depthL"]')).toHaveText('50');
  await expect(fig.locator('.takeaway')).toContainText('L = 50');
  await expect(fig.locator('[data-text="sigmoid.median"]')).not.toHaveText(before);
  await expect(page).toHaveURL(/depthL=50/);
  await fig.locator('select[data-key="depthInit"]').selectOption('xavier');
  await expect(page).toHaveURL(/depthInit=xavier/);
  expect(await fig.innerText()).not.toMatch(broken);
  expect(errors).toEqual([]);
});

test('the depth figure restores L and the initialisation from a link, clamping extremes', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/ja/compare/?depthL=9999&depthInit=xavier#gradients-depth');
  const fig = page.locator('act-idea-depth');
  await expect(fig.locator('[data-text="out.depthL"]')).toHaveText('50');
  await expect(fig.locator('select[data-key="depthInit"]')).toHaveValue('xavier');
  await expect(fig.locator('.takeaway')).toContainText('Xavier');
  expect(errors).toEqual([]);
});

test('dead units: α = 0 makes Leaky ReLU as dead as ReLU; the link keeps it', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/en/leaky-relu/');
  const fig = page.locator('act-idea-dead');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig).toHaveClass(/live/);
  await expect(fig.locator('[data-text="share.leaky"]')).toHaveText('0.0%');
  await fig.locator('input[data-key="deadAlpha"]').focus();
  await page.keyboard.press('Home');
  await expect(fig.locator('[data-text="out.deadAlpha"]')).toHaveText('0.00');
  const relu = await fig.locator('[data-text="share.relu"]').innerText();
  await expect(fig.locator('[data-text="share.leaky"]')).toHaveText(relu);
  await expect(page).toHaveURL(/deadAlpha=0(&|$)/);
  await page.reload();
  await expect(fig.locator('[data-text="out.deadAlpha"]')).toHaveText('0.00');
  await expect(fig.locator('input[data-key="deadAlpha"]')).toHaveValue('0');
  expect(errors).toEqual([]);
});

test('dead units on the Hardswish page: its own bar and note follow the input shift', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/en/hardswish/');
  const fig = page.locator('act-idea-dead');
  await expect(fig.locator('tr.focus th')).toHaveText('Hardswish');
  await expect(fig.locator('[data-text="note.hardswish"]')).toContainText('exactly 0 below x = −3,');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig).toHaveClass(/live/);
  await fig.locator('input[data-key="deadShift"]').focus();
  await page.keyboard.press('Home');
  await expect(fig.locator('[data-text="out.deadShift"]')).toHaveText('−4.0');
  const share = await fig.locator('[data-text="share.hardswish"]').innerText();
  expect(share).not.toBe('0.0%');
  await expect(fig.locator('[data-text="note.hardswish"]')).toContainText(`Hardswish: ${share}.`);
  await expect(page).toHaveURL(/deadShift=-4/);
  expect(await fig.innerText()).not.toMatch(broken);
  expect(errors).toEqual([]);
});

test('the depth figure on the SELU page: a LeCun link selects variance 1/n and SELU stays marked', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/en/selu/?depthInit=lecun&depthL=50#gradients-depth');
  const fig = page.locator('act-idea-depth');
  await expect(fig.locator('select[data-key="depthInit"]')).toHaveValue('xavier');
  await expect(fig.locator('[data-text="out.depthL"]')).toHaveText('50');
  await expect(fig.locator('tr.focus th')).toHaveText('SELU');
  await expect(fig.locator('g[data-mark="SELU"].focus')).toHaveCount(1);
  await expect(fig.locator('[data-text="note.selu"]')).toContainText('at layer 1');
  expect(await fig.innerText()).not.toMatch(broken);
  expect(errors).toEqual([]);
});
