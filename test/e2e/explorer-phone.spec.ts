import { expect, test, type Page } from '@playwright/test';
import { allPages, langs } from './pages';

// The explorer on a phone (360 px, and 320 px for overflow) and on a desktop (1366 px), in
// every language: readable chart text, no sideways scroll, touch targets, number fields,
// the legend of marks, parameter names, the range thumb and the main curve.

const widths = [360, 1366] as const;

/**
 * The smallest and largest rendered size of the explorer's chart text, in CSS px: the
 * computed font size times the SVG's scale (rendered width / viewBox width).
 */
function chartTextSizes(page: Page): Promise<{ min: number; max: number; count: number }> {
  return page.evaluate(() => {
    const sizes = [...document.querySelectorAll<SVGSVGElement>('act-explorer svg.chart')]
      .filter((svg) => svg.clientWidth > 0)
      .flatMap((svg) => {
        const scale = svg.clientWidth / svg.viewBox.baseVal.width;
        return [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      });
    return { min: Math.min(...sizes), max: Math.max(...sizes), count: sizes.length };
  });
}

for (const lang of langs)
  for (const width of widths)
    test(`/${lang}/gelu/ at ${width} px: chart text reads 11 to 16 px and the chart is fitted to its box`, async ({
      browser,
    }) => {
      const page = await browser.newPage({ viewport: { width, height: 844 } });
      await page.goto(`/${lang}/gelu/`);
      await expect(page.locator('act-explorer[data-ready]')).toHaveCount(1);
      // The fitting redraw (a phone, or a desktop box that does not suit 640:300) comes a task
      // and a frame after the island starts: poll until the sizes hold, for at most 5 s.
      // Tolerance: none below 11 px (the floor); 16 px caps a desktop's 12-unit text scaled.
      await expect
        .poll(async () => {
          const { min, max, count } = await chartTextSizes(page);
          return count > 10 && min >= 11 && max <= 16 ? 'readable' : `${count} texts, ${min}–${max} px`;
        })
        .toBe('readable');
      // A phone's chart is taller than the desktop's 640:300 (168 px at 360 px before).
      const h = await page.locator('svg[data-chart="f"]').evaluate((svg) => svg.clientHeight);
      if (width === 360) expect(h).toBeGreaterThanOrEqual(240);
      await page.close();
    });

test('without JavaScript the build-time chart text still reads at least 11 px at 360 px and 1366 px', async ({
  browser,
}) => {
  for (const width of widths) {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 844 } });
    const page = await context.newPage();
    await page.goto('/ja/gelu/');
    const { min, count } = await chartTextSizes(page);
    expect(count).toBeGreaterThan(10);
    expect(min).toBeGreaterThanOrEqual(11);
    // Script-only parts are absent, not dead: controls, the copy/embed buttons, the drag hint.
    await expect(page.locator('act-explorer form.controls')).toBeHidden();
    await expect(page.locator('act-explorer [data-act="copy"]')).toBeHidden();
    await expect(page.locator('act-explorer .hint')).toBeHidden();
    await context.close();
  }
});

for (const width of [320, 360])
  for (const lang of langs)
    test(`no page of /${lang}/ scrolls sideways at ${width} px`, async ({ browser }) => {
      test.setTimeout(120_000);
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      const wide: string[] = [];
      for (const path of allPages.filter((p) => p.startsWith(`/${lang}/`) || (lang === 'en' && p === '/'))) {
        await page.goto(path);
        const [scroll, inner] = await page.evaluate(() => [document.scrollingElement?.scrollWidth ?? 0, innerWidth]);
        if (scroll > inner) wide.push(`${path} ${scroll}`);
      }
      expect(wide).toEqual([]);
      await page.close();
    });

for (const lang of langs)
  test(`/${lang}/gelu/ at 360 px: header links, language links, checkboxes and radios are 24 px targets`, async ({
    browser,
  }) => {
    const page = await browser.newPage({ viewport: { width: 360, height: 844 } });
    await page.goto(`/${lang}/gelu/`);
    await expect(page.locator('act-explorer[data-ready]')).toHaveCount(1);
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          'header.site a, nav.langs [aria-current], act-explorer input[type="checkbox"], act-explorer input[type="radio"], act-explorer input[data-num]',
        ),
      ]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => ({
          el: `${el.tagName} ${el.getAttribute('type') ?? ''} ${el.textContent ?? ''}`,
          r: el.getBoundingClientRect(),
        }))
        .filter(({ r }) => r.width < 24 || r.height < 24)
        .map(({ el, r }) => `${el} ${r.width}×${r.height}`),
    );
    expect(small).toEqual([]);
    await page.close();
  });

test('fr: typing "-1,3" in the x field sets x = −1.3, the slider and the address; out of range clamps', async ({
  page,
}) => {
  await page.goto('/fr/gelu/');
  const field = page.locator('input[data-num="x"]');
  await field.fill('-1,3');
  await field.press('Enter');
  await expect(page.locator('input[data-ctl="x"]')).toHaveValue('-1.3');
  await expect(field).toHaveValue('−1,30');
  // GELU(−1.3) = −1.3·Φ(−1.3) = −0.125841… (Python's math.erf), 4 decimals, French comma.
  await expect(page.locator('tr[data-row="gelu"] [data-cell="f"]')).toHaveText('−0,1258');
  await expect.poll(() => new URL(page.url()).searchParams.get('x')).toBe('-1.3');
  await field.fill('99');
  await field.press('Enter');
  await expect(field).toHaveValue('4,00');
  await expect.poll(() => new URL(page.url()).searchParams.get('x')).toBe('4');
});

test('tr and en: both separators are read; what is not a number gets a translated message and changes nothing', async ({
  page,
}) => {
  await page.goto('/tr/leaky-relu/');
  const alpha = page.locator('input[data-num="alpha"]');
  await alpha.fill('0.2');
  await alpha.press('Enter');
  await expect(alpha).toHaveValue('0,20');
  await expect.poll(() => new URL(page.url()).searchParams.get('alpha')).toBe('0.2');
  await alpha.fill('abc');
  await alpha.press('Enter');
  await expect(alpha).toHaveAttribute('aria-invalid', 'true');
  const message = page.locator(`[id="${await alpha.getAttribute('aria-describedby')}"]`);
  await expect(message).toHaveText('Bir sayı yazın, örneğin −1,3.');
  await expect.poll(() => new URL(page.url()).searchParams.get('alpha')).toBe('0.2');
  await expect(page.locator('body')).not.toContainText('NaN');
  await page.goto('/en/gelu/');
  const x = page.locator('input[data-num="x"]');
  await x.fill('-0.5');
  await x.press('Enter');
  await expect(page.locator('input[data-ctl="x"]')).toHaveValue('-0.5');
  await expect(x).not.toHaveAttribute('aria-invalid');
});

test('?range=1.5 puts the range thumb at 1.5, not 2, and the x slider spans ±1.5', async ({ page }) => {
  await page.goto('/en/gelu/?range=1.5');
  await expect(page.locator('input[data-ctl="range"]')).toHaveValue('1.5');
  await expect(page.locator('input[data-num="range"]')).toHaveValue('1.5');
  await expect(page.locator('input[data-ctl="x"]')).toHaveAttribute('max', '1.5');
  await expect(page.locator('svg[data-chart="f"] .axis.x text').first()).toHaveText('−1.5');
});

test('a legend item for every mark: the probe, special points, and the console’s inputs on a function page', async ({
  page,
}) => {
  await page.goto('/en/gelu/');
  await expect(page.locator('act-explorer ul.marks li')).toHaveText([
    'probe: each curve at x',
    'special point (minimum, steepest point)',
    'inputs of the PyTorch example below',
  ]);
  await page.goto('/en/compare/');
  await expect(page.locator('act-explorer ul.marks li')).toHaveCount(2);
});

test('GELU’s minimum is labelled on the curve with its value; in Japanese too', async ({ page }) => {
  await page.goto('/en/gelu/');
  // GELU's minimum is −0.169971… (test/fixtures, mpmath), 3 decimals.
  await expect(page.locator('svg[data-chart="f"] text.special-label')).toHaveText('min −0.170');
  await page.goto('/ja/gelu/');
  await expect(page.locator('svg[data-chart="f"] text.special-label')).toHaveText('最小 −0.170');
});

// Source of truth: SiLU is Swish-β at β = 1 (the registry's `renames` on β); decimals in the
// locale's own separator.
test('SiLU with β off its default is named Swish, with its β, in every language; back at β = 1 it is SiLU again', async ({
  page,
}) => {
  const comma = new Set(['fr', 'tr']);
  for (const lang of langs) {
    await page.goto(`/${lang}/silu/?beta=1.5`);
    // Parentheses as the language writes them (full-width in Japanese and Chinese).
    const named = new RegExp(`^Swish ?[(（]β = ${comma.has(lang) ? '1,50' : '1\\.50'}[)）]$`);
    await expect(page.locator('li[data-legend="silu"] [data-name]')).toHaveText(named);
    await expect(page.locator('tr[data-row="silu"] [data-name]')).toHaveText(named);
  }
  // Typed back to 1, the name follows at once.
  await page.goto('/en/silu/?beta=1.5');
  const name = page.locator('li[data-legend="silu"] [data-name]');
  await expect(name).toHaveText('Swish (β = 1.50)');
  const field = page.locator('input[data-num="beta"]');
  await field.fill('1');
  await field.press('Enter');
  await expect(name).toHaveText('SiLU');
  await expect(page).toHaveURL(/\/en\/silu\/$/);
});

test('on the GELU page the chosen form is the main curve: bolder, drawn last; the exact form becomes an overlay', async ({
  page,
}) => {
  await page.goto('/en/gelu/?approx=tanh&compare=gelu');
  const curves = page.locator('svg[data-chart="f"] .curves');
  await expect(curves.locator('path.main')).toHaveAttribute('data-series', 'gelu-tanh');
  await expect(curves.locator('path:last-child')).toHaveAttribute('data-series', 'gelu-tanh');
  await expect(curves.locator('path[data-series="gelu"]')).toBeVisible();
  await expect(page.locator('label[data-overlay="gelu-tanh"]')).toBeHidden();
  await expect(page.locator('label[data-overlay="gelu"]')).toBeVisible();
});

test('at 360 px the probe bar stays on screen over the charts, and its readout follows the slider', async ({
  browser,
}) => {
  const page = await browser.newPage({ viewport: { width: 360, height: 844 } });
  await page.goto('/en/gelu/');
  await page.locator('svg[data-chart="df"]').scrollIntoViewIfNeeded();
  const bar = await page.locator('act-explorer .probe-bar').boundingBox();
  expect(bar?.y).toBeGreaterThanOrEqual(0);
  expect(bar?.y).toBeLessThan(5);
  const slider = page.locator('input[data-ctl="x"]');
  await slider.focus();
  await page.keyboard.press('Home');
  // GELU(−4) = −1.2668e-4 and GELU′(−4) = −5.0523e-4 (Python's math.erf), 4 decimals.
  await expect(page.locator('act-explorer [data-out="main"]')).toHaveText(
    'x = −4.0000: f(x) = −0.0001, f′(x) = −0.0005',
  );
  await page.close();
});

test('a probe move writes only to the panes in view; the others catch up when scrolled to and at the pause', async ({
  browser,
}) => {
  // A phone held upright, short enough that the charts start well below the screen once the
  // slider is at its top (they start about 840 px below it).
  const page = await browser.newPage({ viewport: { width: 412, height: 640 } });
  await page.goto('/en/gelu/');
  await expect(page.locator('act-explorer[data-ready]')).toHaveCount(1);
  const slider = page.locator('input[data-ctl="x"]');
  await slider.focus();
  // The slider at the top of the screen, the charts and the table of values below it.
  await page.evaluate(() =>
    window.scrollTo(0, document.querySelector('.probe-bar')!.getBoundingClientRect().top + scrollY),
  );
  const offscreen = await page.evaluate(() =>
    ['svg[data-chart="f"]', 'table.readout'].every(
      (s) => document.querySelector(s)!.getBoundingClientRect().top > innerHeight,
    ),
  );
  expect(offscreen).toBe(true);
  // A move (as the slider's own input event), and the writes it made to the f chart's probe and
  // to the table, counted in the same task: the pause's catching up cannot come in between.
  const moved = await page.evaluate(() => {
    const mo = new MutationObserver(() => undefined);
    for (const s of ['svg[data-chart="f"] [data-probe]', 'table.readout'])
      mo.observe(document.querySelector(s)!, { subtree: true, attributes: true, characterData: true, childList: true });
    const x = document.querySelector<HTMLInputElement>('input[data-ctl="x"]')!;
    x.value = '-3.99';
    x.dispatchEvent(new Event('input', { bubbles: true }));
    const writes = mo.takeRecords().length;
    mo.disconnect();
    return { writes, main: document.querySelector('[data-out="main"]')!.textContent };
  });
  // GELU(−3.99) = −1.318e-4 and GELU′(−3.99) = −5.227e-4 (Python's math.erfc), 4 decimals.
  expect(moved).toEqual({ writes: 0, main: 'x = −3.9900: f(x) = −0.0001, f′(x) = −0.0005' });
  // Scrolled into view, the table shows the probe where it is.
  await page.locator('table.readout').scrollIntoViewIfNeeded();
  const row = page.locator('tr[data-row="gelu"]');
  await expect(page.locator('[data-out="probe"]')).toHaveText('x = −3.9900');
  await expect(row.locator('[data-cell="f"]')).toHaveText('−0.0001');
  await expect(row.locator('[data-cell="df"]')).toHaveText('−0.0005');
  // Moved again with the charts out of view, they follow once the reader pauses (150 ms).
  await page.evaluate(() => window.scrollTo(0, 0));
  await slider.focus();
  await page.keyboard.press('End');
  // The probe's line at x = 4, the right end of the plot: its x in the chart's units is more
  // than nine tenths of the chart's width (at x = −3.99 it was less than a tenth).
  const lineAt = () =>
    page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('svg[data-chart="f"]')!;
      const points = svg.querySelector('[data-probe] .probe-line')?.getAttribute('points') ?? '';
      return parseFloat(points) / svg.viewBox.baseVal.width;
    });
  await expect.poll(lineAt, { timeout: 2000 }).toBeGreaterThan(0.9);
  await page.close();
});
