import { expect, test, type Page } from '@playwright/test';
import { langs, watchErrors } from './pages';

const mainRow = (page: Page, series: string) => page.locator(`act-explorer tr[data-row="${series}"]`);

// GELU(-1) = -0.158655…, GELU'(-1) = -0.083315… (mpmath, test/fixtures/values_public.json)
const geluAtMinus1: Record<(typeof langs)[number], string> = {
  en: '−0.1587',
  fr: '−0,1587',
  ja: '−0.1587',
  tr: '−0,1587',
  zh: '−0.1587',
};

for (const lang of langs) {
  test(`a deep link /${lang}/gelu/?x=-1 restores the probe and shows locale-formatted values`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`/${lang}/gelu/?x=-1`);
    await expect(mainRow(page, 'gelu').locator('[data-cell="f"]')).toHaveText(geluAtMinus1[lang]);
    await expect(page.locator('act-explorer input[data-ctl="x"]')).toHaveValue('-1');
    expect(errors).toEqual([]);
  });
}

test('a value between slider steps is kept as given: x=-1.23 reads GELU(−1.23)', async ({ page }) => {
  await page.goto('/en/gelu/?x=-1.23');
  // GELU(-1.23) = -1.23·Φ(-1.23) = -0.134466… (4 decimals)
  await expect(mainRow(page, 'gelu').locator('[data-cell="f"]')).toHaveText('−0.1345');
  await expect(page.locator('[data-out="probe"]')).toHaveText('x = −1.2300');
});

test('the α slider changes the curve, the readout and the address', async ({ page }) => {
  await page.goto('/en/leaky-relu/?x=-2');
  const path = page.locator('svg[data-chart="f"] path[data-series="leaky-relu"]');
  const before = await path.getAttribute('d');
  const alpha = page.locator('input[data-ctl="alpha"]');
  await alpha.focus();
  await page.keyboard.press('PageUp'); // ten steps of 0.01: α = 0.11
  await expect(page.locator('input[data-num="alpha"]')).toHaveValue('0.11');
  await expect(mainRow(page, 'leaky-relu').locator('[data-cell="f"]')).toHaveText('−0.2200');
  expect(await path.getAttribute('d')).not.toBe(before);
  await expect(page).toHaveURL(/alpha=0\.11/);
});

test('the GELU form switches the curve, its derivative and the readouts', async ({ page }) => {
  await page.goto('/en/gelu/?x=-3');
  await expect(mainRow(page, 'gelu').locator('[data-cell="f"]')).toHaveText('−0.0040');
  await page.getByLabel('tanh approximation', { exact: true }).check();
  await expect(mainRow(page, 'gelu-tanh')).toBeVisible();
  await expect(mainRow(page, 'gelu-tanh').locator('[data-cell="f"]')).toHaveText('−0.0036');
  await expect(page.locator('svg[data-chart="df"] path[data-series="gelu-tanh"]')).toBeVisible();
  await expect(page).toHaveURL(/approx=tanh/);
});

test('the β slider moves SiLU’s minimum marker', async ({ page }) => {
  await page.goto('/en/silu/');
  const marker = page.locator('svg[data-chart="f"] circle.special');
  const before = await marker.getAttribute('cx');
  await page.goto('/en/silu/?beta=4');
  await expect(page.locator('input[data-num="beta"]')).toHaveValue('4.00');
  expect(await page.locator('svg[data-chart="f"] circle.special').getAttribute('cx')).not.toBe(before);
});

test('range, derivative toggle and overlays update the plot and the address', async ({ page }) => {
  await page.goto('/en/gelu/');
  const range = page.locator('input[data-ctl="range"]');
  await range.focus();
  await page.keyboard.press('End');
  await expect(page.locator('svg[data-chart="f"] .axis.x text').first()).toHaveText('−10');
  await page.getByLabel('Show the derivative').uncheck();
  await expect(page.locator('[data-deriv]')).toBeHidden();
  await page.locator('input[data-ctl="compare"][value="relu"]').check();
  await expect(page.locator('svg[data-chart="f"] path[data-series="relu"]')).toBeVisible();
  await expect(page).toHaveURL(/range=10.*deriv=0.*compare=relu/);
});

test('keyboard only: Tab reaches the probe, arrows, PageUp and Home move it', async ({ page }) => {
  await page.goto('/en/relu/');
  const x = page.locator('input[data-ctl="x"]');
  for (let i = 0; i < 40 && !(await x.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(x).toBeFocused();
  await page.keyboard.press('Home');
  await expect(page.locator('input[data-num="x"]')).toHaveValue('−4.00');
  await page.keyboard.press('PageUp');
  await expect(page.locator('input[data-num="x"]')).toHaveValue('−3.90');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('input[data-num="x"]')).toHaveValue('−3.89');
  await expect(x).toHaveAttribute('aria-valuetext', 'x = −3.8900');
  await expect(page.locator('[data-live]')).toHaveText(/x = −3\.8900/);
});

test('while the probe moves the live region and the address wait; after a pause both follow once', async ({ page }) => {
  await page.goto('/en/gelu/');
  // Timestamps of every move, address write and live-region write, taken in the page.
  await page.evaluate(() => {
    const log: Array<[string, number, string]> = [];
    (window as unknown as { probeLog: typeof log }).probeLog = log;
    const live = document.querySelector('[data-live]')!;
    new MutationObserver(() => log.push(['live', performance.now(), live.textContent ?? ''])).observe(live, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    const replace = history.replaceState.bind(history);
    history.replaceState = (state: unknown, unused: string, url?: string | URL | null) => {
      log.push(['url', performance.now(), String(url)]);
      replace(state, unused, url);
    };
    document
      .querySelector('input[data-ctl="x"]')!
      .addEventListener('input', () => log.push(['move', performance.now(), '']));
  });
  const x = page.locator('input[data-ctl="x"]');
  await x.focus();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(60);
  }
  // GELU(0.88) = 0.713302 (Python's math.erf), shown to 4 decimals.
  await expect(page.locator('[data-live]')).toHaveText(/^x = 0\.8800: f\(x\) = 0\.7133, /);
  await expect(page).toHaveURL(/\?x=0\.88$/);
  await page.waitForTimeout(700);
  const log = await page.evaluate(() => (window as unknown as { probeLog: Array<[string, number, string]> }).probeLog);
  expect(log.filter(([kind]) => kind === 'move')).toHaveLength(12);
  // Each write comes only after the reader paused (150 ms for the address, 500 ms for the live
  // region; timers never fire early, 2 ms allowed for clock rounding), and at most once per pause.
  let lastMove = -Infinity;
  const perPause = { url: 0, live: 0 };
  for (const [kind, t] of log) {
    if (kind === 'move') {
      lastMove = t;
      perPause.url = perPause.live = 0;
    } else {
      const k = kind as 'url' | 'live';
      expect(t - lastMove, `${kind} written ${Math.round(t - lastMove)} ms after a move`).toBeGreaterThanOrEqual(
        (k === 'url' ? 150 : 500) - 2,
      );
      expect(++perPause[k], `${kind} written twice in one pause`).toBe(1);
    }
  }
  expect(log.at(-1)?.[0]).toBe('live');
});

test('dragging on the plot moves the probe', async ({ page }) => {
  await page.goto('/en/gelu/');
  const svg = page.locator('svg[data-chart="f"]');
  await svg.scrollIntoViewIfNeeded();
  const box = await svg.boundingBox();
  if (!box) throw new Error('no chart');
  // x = 0 sits in the middle of the plot area (margins 56 and 16 of the viewBox's width).
  const vb = Number((await svg.getAttribute('viewBox'))?.split(' ')[2]);
  await page.mouse.move(box.x + ((56 + (vb - 72) / 2) * box.width) / vb, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.up();
  await expect(page.locator('input[data-num="x"]')).toHaveValue('0.00');
});

test('after a move, each probe dot sits on the stroke of the curve it reads, in f and f′', async ({ page }) => {
  await page.goto('/en/gelu/?x=-0.75&compare=silu,relu');
  const slider = page.locator('input[data-ctl="x"]');
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('input[data-num="x"]')).toHaveValue('−0.70');
  // Source of truth: the drawn curves themselves; a dot's centre must lie within the curve's
  // stroke (2.25 viewBox units wide), tested by the browser's own isPointInStroke.
  // Dashed curves are tested without their dashes.
  const hits = await page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>('act-explorer svg.chart')].flatMap((svg) =>
      [...svg.querySelectorAll<SVGPolylineElement>('[data-probe] .probe-dot')].map((dot) => {
        const path = [...svg.querySelectorAll<SVGPathElement>('path[data-series]')].find(
          (p) => p.dataset['series'] === dot.dataset['series'] && p.getAttribute('display') !== 'none',
        );
        const first = dot.points.getItem(0);
        const pt = svg.createSVGPoint();
        pt.x = first.x;
        pt.y = first.y;
        // isPointInStroke honours dashes: test against a solid copy of the curve.
        const solid = path?.cloneNode() as SVGPathElement | undefined;
        solid?.removeAttribute('stroke-dasharray');
        if (solid) path?.after(solid);
        const onStroke = solid?.isPointInStroke(pt) ?? false;
        solid?.remove();
        // The dot's disc is its marker, defined in the same chart, in the curve's colour.
        const id = /^url\(#(.+)\)$/.exec(dot.getAttribute('marker-start') ?? '')?.[1] ?? '';
        const disc = svg.querySelector(`marker[id="${id}"] circle`);
        const coloured = disc !== null && disc.getAttribute('fill') === path?.getAttribute('stroke');
        return { series: path?.dataset['series'], x: first.x, onStroke, coloured };
      }),
    ),
  );
  expect(hits.map((h) => h.series).sort()).toEqual(['gelu', 'gelu', 'relu', 'relu', 'silu', 'silu']);
  expect(hits.filter((h) => !h.onStroke || !h.coloured)).toEqual([]);
  // All dots share the probe's x.
  expect(new Set(hits.map((h) => h.x)).size).toBe(1);
});

test('the comparison page reads every selected curve at the probe', async ({ page }) => {
  await page.goto('/fr/compare/?x=-1&compare=gelu,relu,sigmoid');
  await expect(page.locator('act-explorer tbody tr:not([hidden])')).toHaveCount(3);
  await expect(mainRow(page, 'sigmoid').locator('[data-cell="f"]')).toHaveText('0,2689');
  await page.locator('input[data-ctl="compare"][value="gelu-tanh"]').check();
  await expect(page.locator('act-explorer tbody tr:not([hidden])')).toHaveCount(4);
});

test('copy link and embed give this exact view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/gelu/?x=-2&approx=tanh');
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.locator('[data-share-status]')).toHaveText('Link copied to the clipboard');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/en\/gelu\/\?x=-2&approx=tanh$/);
  await page.getByRole('button', { name: 'Embed this plot' }).click();
  // The dialog's code is a module loaded on the first click: wait for the snippet it writes.
  await expect(page.locator('[data-embed-code]')).toHaveValue(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/en\/embed\/gelu\/\?x=-2&amp;approx=tanh" title=/,
  );
  await page.getByRole('button', { name: 'Close' }).click();
  await page.goto('/en/embed/gelu/?x=-2&approx=tanh');
  await expect(mainRow(page, 'gelu-tanh').locator('[data-cell="f"]')).toHaveText('−0.0454');
  await expect(page.locator('[data-full-link]')).toHaveAttribute('href', /\/en\/gelu\/\?x=-2&approx=tanh$/);
});

const hostile = [
  '?x=<script>alert(1)</script>',
  '?x=1e999&alpha=-1e999&beta=NaN',
  '?__proto__[x]=1&constructor.prototype.x=2',
  '?approx="><img src=x onerror=alert(1)>&compare=<svg/onload=alert(1)>',
  '?range=0&x=Infinity&deriv=%00',
  '?x=%E0%A4%A&compare=' + 'relu,'.repeat(500),
];
for (const q of hostile) {
  test(`a hostile query ${q.slice(0, 40)} gives no error, no dialog and no NaN`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`/en/gelu/${q}`);
    await expect(page.locator('act-explorer tr[data-row="gelu"] [data-cell="f"]')).not.toBeEmpty();
    await expect(page.locator('body')).not.toContainText(/NaN|undefined|Infinity|<script|onerror/);
    expect(await page.locator('img').count()).toBe(0);
    expect(errors).toEqual([]);
  });
}

test('on a page opened without a view, the islands start without changing the page', async ({ page }) => {
  // Source of truth: a MutationObserver installed before any of the page's scripts, and the
  // controls' values read back. The build-time page is that view, so starting the explorer and
  // the console must write nothing (a write would lay the page out again after its first paint).
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __mutations: string[] }).__mutations = seen;
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target instanceof Element ? r.target : r.target.parentElement;
        // Except the one attribute that shows the live controls (visibility only: no layout).
        if (r.attributeName === 'data-ready' && el?.tagName === 'ACT-EXPLORER') continue;
        if (el?.closest('act-explorer, torch-console')) seen.push(`${r.type} ${el.tagName} ${r.attributeName ?? ''}`);
      }
    });
    // From the end of parsing, just before the page's module scripts run.
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive')
        observer.observe(document, { subtree: true, attributes: true, childList: true, characterData: true });
    });
  });
  await page.goto('/en/gelu/');
  await page.evaluate(() =>
    Promise.all([customElements.whenDefined('act-explorer'), customElements.whenDefined('torch-console')]),
  );
  // Two frames after both islands are defined: any write of their start has happened.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations)).toEqual([]);
  // Nor were the controls' values rewritten: each still holds the value the page was built with.
  const changed = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('act-explorer input')]
      .filter((i) =>
        i.type === 'range' || i.type === 'text'
          ? i.value !== i.getAttribute('value')
          : i.checked !== i.hasAttribute('checked'),
      )
      .map((i) => i.id),
  );
  expect(changed).toEqual([]);
  await expect(page.locator('torch-console form')).toBeVisible();
});

test('an out-of-range link is clamped and the address then says what is shown', async ({ page }) => {
  await page.goto('/en/gelu/?x=7&alpha=3&zzz=keep');
  await expect(page.locator('act-explorer input[data-num="x"]')).toHaveValue('4.00');
  // x is clamped to the x-range; GELU has no alpha, so that key is not the page's and stays.
  await expect.poll(() => new URL(page.url()).search).toBe('?x=4&alpha=3&zzz=keep');
});

for (const lang of ['fr', 'ja'] as const)
  test(`switching to ${lang} keeps the view: query and hash`, async ({ page }) => {
    await page.goto('/en/gelu/?x=-1.3&approx=tanh#formulas');
    await page.locator(`nav.langs a[hreflang="${lang}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/gelu/\\?x=-1\\.3&approx=tanh#formulas$`));
    await expect(page.locator('act-explorer input[data-ctl="approx"][value="tanh"]')).toBeChecked();
  });

test('the comparison page with every curve unchecked says what to do instead of showing empty plots', async ({
  page,
}) => {
  await page.goto('/en/compare/');
  const empty = page.locator('act-explorer [data-empty]');
  await expect(empty).toBeHidden();
  // The :checked set shrinks as boxes are unchecked: always take the first one left.
  const checked = page.locator('act-explorer input[data-ctl="compare"]:checked');
  while ((await checked.count()) > 0) await checked.first().uncheck();
  await expect(empty).toBeVisible();
  await expect(empty).toContainText('No curve is selected');
});
