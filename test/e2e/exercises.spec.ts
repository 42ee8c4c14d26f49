import { expect, test } from '@playwright/test';
import { activation, allFacts, seriesFunctions } from '../../src/lib/math';
import { formatFixed, formatInteger } from '../../src/i18n/format';
import { gluFacts } from '../../src/lib/math/glu';
import type { Locale } from '../../src/i18n/locales';
import { watchErrors } from './pages';

// The "show me" link of an exercise opens the explorer at the view that answers it. Source of
// truth: the fact the exercise names (allFacts()), rounded as the link rounds it (4 decimals),
// and the numeric module's value of the page's curve there, formatted for the page's language.
const facts = allFacts();
const fact = (name: string) => facts[name] ?? Number.NaN;
const linkX = (v: number) => Number(v.toFixed(4));
const glu = gluFacts();

interface Case {
  lang: Locale;
  page: string;
  exercise: string;
  /** The probe's x as the exercise computes it. */
  x: number;
  /** The series whose readout row answers the question, with its parameters. */
  series: string;
  params?: Record<string, number | string>;
  /** Parameter readouts the view sets: query key -> shown text. */
  outputs?: Record<string, string>;
}

const cases: Case[] = [
  { lang: 'en', page: 'gelu', exercise: 'gelu-minimum', x: fact('geluMinX'), series: 'gelu' },
  { lang: 'en', page: 'gelu', exercise: 'gelu-tanh-gap', x: fact('geluTanhMaxErrX'), series: 'gelu-tanh' },
  {
    lang: 'ja',
    page: 'silu',
    exercise: 'silu-beta-two',
    x: fact('siluMinXBeta2'),
    series: 'silu',
    params: { beta: 2 },
    outputs: { beta: '2.00' },
  },
  {
    lang: 'fr',
    page: 'leaky-relu',
    exercise: 'leaky-relu-tf-default',
    x: -3,
    series: 'leaky-relu',
    params: { alpha: fact('leakyReluTfAlpha') },
    outputs: { alpha: formatFixed(fact('leakyReluTfAlpha'), 'fr', 2) },
  },
  { lang: 'tr', page: 'hardswish', exercise: 'hardswish-minimum', x: fact('hardswishMinX'), series: 'hardswish' },
  { lang: 'zh', page: 'mish', exercise: 'mish-minimum', x: fact('mishMinX'), series: 'mish' },
];

for (const c of cases)
  test(`/${c.lang}/${c.page}/ ${c.exercise}: "show me" opens the explorer with the probe at the answer`, async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto(`/${c.lang}/${c.page}/`);
    const item = page.locator(`section[aria-labelledby="exercises"] li[data-exercise="${c.exercise}"]`);
    const link = item.locator('a[data-show-me]');
    await expect(link).toBeHidden();
    await item.locator('summary').click();
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${c.lang}/${c.page}/\\?.*#explorer$`));
    const x = linkX(c.x);
    await expect(page.locator('act-explorer [data-out="probe"]')).toHaveText(`x = ${formatFixed(x, c.lang, 4)}`);
    // The slider's own value snaps to its 0.01 step; its text keeps the exact probe.
    await expect(page.locator('act-explorer input[data-ctl="x"]')).toHaveAttribute(
      'aria-valuetext',
      `x = ${formatFixed(x, c.lang, 4)}`,
    );
    // Parameter values show in the number field beside each slider.
    for (const [key, text] of Object.entries(c.outputs ?? {}))
      await expect(page.locator(`act-explorer input[data-num="${key}"]`)).toHaveValue(text);
    // The readout's row of the answering curve shows the module's value at that x.
    const { f } = seriesFunctions(c.series, c.params ?? {});
    await expect(page.locator(`act-explorer tr[data-row="${c.series}"] [data-cell="f"]`)).toHaveText(
      formatFixed(f(x), c.lang, 4),
    );
    // The hash brings the explorer into view.
    await expect(page.locator('#explorer')).toBeInViewport();
    expect(errors).toEqual([]);
  });

test('GELU’s minimum: the probe’s readout is the answer’s value (f at the linked x rounds like the fact)', async ({
  page,
}) => {
  await page.goto('/en/gelu/');
  await page.locator('section[aria-labelledby="exercises"] li[data-exercise="gelu-minimum"] summary').click();
  const answer = page
    .locator('section[aria-labelledby="exercises"] li[data-exercise="gelu-minimum"] details > p')
    .first();
  const minY = formatFixed(fact('geluMinY'), 'en', 4);
  await expect(answer).toContainText(minY);
  await page.locator('section[aria-labelledby="exercises"] li[data-exercise="gelu-minimum"] a[data-show-me]').click();
  await expect(page.locator('act-explorer tr[data-row="gelu"] [data-cell="f"]')).toHaveText(minY);
  // At the minimum the slope reads zero to four decimals.
  await expect(page.locator('act-explorer tr[data-row="gelu"] [data-cell="df"]')).toHaveText(
    formatFixed(activation('gelu').df(linkX(fact('geluMinX'))), 'en', 4),
  );
});

// The GLU page's exercises open its own figure (value a) or weight table (width d). Source of
// truth: gluFacts() (the numbers the answers quote) and formatInteger for the table's counts.
test('/ja/glu/ glu-sign-flip: "show me" opens the figure at a = −2, where the answer’s outputs are read', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/ja/glu/');
  const item = page.locator('section[aria-labelledby="exercises"] li[data-exercise="glu-sign-flip"]');
  await item.locator('summary').click();
  await expect(item.locator('details > p').first()).toContainText(formatFixed(glu['gluExampleGeglu'] ?? NaN, 'ja', 4));
  await item.locator('a[data-show-me]').click();
  await expect(page).toHaveURL(/\/ja\/glu\/\?a=-2#two-inputs$/);
  await expect(page.locator('input[data-ctl="a"]')).toHaveValue('-2');
  await expect(page.locator('[data-out="a"]')).toHaveText(`${formatFixed(-2, 'ja', 2)}`);
  await expect(page.locator('#two-inputs')).toBeInViewport();
  expect(errors).toEqual([]);
});

test('/fr/glu/ glu-same-cost: "show me" opens the weight table at d = 1024, which counts what the answer says', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/fr/glu/');
  const item = page.locator('section[aria-labelledby="exercises"] li[data-exercise="glu-same-cost"]');
  await item.locator('summary').click();
  const hidden = formatInteger(glu['ffnGatedHidden1024'] ?? NaN, 'fr');
  await expect(item.locator('details > p').first()).toContainText(hidden);
  await expect(item.locator('details > p').first()).toContainText(formatInteger(glu['ffnGatedExtra1024'] ?? NaN, 'fr'));
  await item.locator('a[data-show-me]').click();
  await expect(page).toHaveURL(/\/fr\/glu\/\?d=1024#weights$/);
  await expect(page.locator('input[data-ctl="d"]')).toHaveValue('1024');
  await expect(page.locator('[data-ffn="gated-hidden"]')).toHaveText(hidden);
  await expect(page.locator('#weights')).toBeInViewport();
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of ['en', 'ja', 'tr'] as const)
    test(`/${lang}/relu/: every answer is closed at first and opens from its <summary>`, async ({ page }) => {
      await page.goto(`/${lang}/relu/`);
      const details = page.locator('section[aria-labelledby="exercises"] details');
      const n = await details.count();
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(5);
      for (let i = 0; i < n; i++) {
        const d = details.nth(i);
        await expect(d.locator('a[data-show-me]')).toBeHidden();
        await d.locator('summary').click();
        await expect(d).toHaveAttribute('open', '');
        await expect(d.locator('a[data-show-me]')).toBeVisible();
      }
    });
});
