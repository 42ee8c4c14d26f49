import { expect, test, type Page } from '@playwright/test';
import { allPages, fns, langs, langTags } from './pages';

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

test.describe('every page', () => {
  for (const path of allPages) {
    test(`${path} loads with no console error, a title, a description and hreflang alternates`, async ({ page }) => {
      const errors = collectErrors(page);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      expect((await page.title()).length).toBeGreaterThan(3);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.length ?? 0).toBeGreaterThan(20);
      const hreflangs = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((ls) => ls.map((l) => l.getAttribute('hreflang')));
      expect(hreflangs.sort()).toEqual(['en', 'fr', 'ja', 'tr', 'x-default', 'zh-Hans']);
      await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
      // No unfilled value anywhere. "{{" marks a leftover template everywhere but in the BibTeX
      // entry, where double braces are BibTeX's own way to keep a title's case.
      await expect(page.locator('body')).not.toContainText(/\bNaN\b|\bundefined\b/);
      const text = await page.locator('body').evaluate((body) => {
        const copy = body.cloneNode(true) as HTMLElement;
        for (const bib of copy.querySelectorAll('[data-cite="bibtex"]')) bib.remove();
        return copy.textContent ?? '';
      });
      expect(text).not.toContain('{{');
      expect(errors).toEqual([]);
    });
  }
});

test.describe('function pages', () => {
  for (const lang of langs) {
    test(`/${lang}/gelu/ has lang ${langTags[lang]}, formulas as MathML and the PyTorch output verbatim`, async ({
      page,
    }) => {
      await page.goto(`/${lang}/gelu/`);
      await expect(page.locator('html')).toHaveAttribute('lang', langTags[lang]);
      expect(await page.locator('.formula math').count()).toBeGreaterThanOrEqual(5);
      const outputs = await page.locator('pre.torch-output').allTextContents();
      // Source of truth: PyTorch 1.13 output in test/fixtures/torch_print_public.json (seed_1d).
      expect(outputs[0]).toBe(
        'Input: tensor([-3., -1.,  0.,  1.,  3.])\nOutput: tensor([-0.0040, -0.1587,  0.0000,  0.8413,  2.9960])',
      );
      expect(outputs[1]).toBe(
        'Input: tensor([-3., -1.,  0.,  1.,  3.])\nOutput: tensor([-0.0036, -0.1588,  0.0000,  0.8412,  2.9964])',
      );
    });
  }

  test('the language switcher keeps the reader on the same activation', async ({ page }) => {
    for (const fn of fns) {
      await page.goto(`/en/${fn}/`);
      await page.locator('nav.langs a[hreflang="ja"]').click();
      await expect(page).toHaveURL(new RegExp(`/ja/${fn}/$`));
      await page.locator('nav.langs a[hreflang="zh-Hans"]').click();
      await expect(page).toHaveURL(new RegExp(`/zh/${fn}/$`));
    }
  });

  test('the GELU page shows the computed minimum formatted for French readers', async ({ page }) => {
    await page.goto('/fr/gelu/');
    await expect(page.locator('table.props')).toContainText('−0,1700');
    await expect(page.locator('table.props')).toContainText('−0,7518');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of langs) {
    test(`/${lang}/relu/ shows the curve with a sharp corner at 0`, async ({ page }) => {
      await page.goto(`/${lang}/relu/`);
      const d = await page.locator('svg[data-chart="f"] path[data-series="relu"]').first().getAttribute('d');
      expect(d).toMatch(/^M/);
      const chart = page.locator('svg[data-chart="f"]').first();
      await expect(chart).toBeVisible();
      const box = await chart.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThan(100);
    });
  }
});

test('internal links of every page resolve', async ({ page, request }) => {
  test.setTimeout(120_000);
  const seen = new Set<string>();
  for (const path of allPages) {
    await page.goto(path);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== new URL(page.url()).origin) continue;
      seen.add(url.pathname);
    }
  }
  for (const path of seen) {
    const r = await request.get(path);
    expect(r.status(), path).toBe(200);
  }
  expect(seen.size).toBeGreaterThan(30);
});

test('an unknown address gets the localised 404 page', async ({ page }) => {
  const response = await page.goto('/fr/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

for (const lang of ['ja', 'zh'] as const) {
  test(`/${lang}/ renders real CJK glyphs, not missing-glyph boxes`, async ({ page }) => {
    await page.goto(`/${lang}/gelu/`);
    const distinct = await page.evaluate(async () => {
      await document.fonts.ready;
      const font = getComputedStyle(document.body).font;
      const draw = (ch: string) => {
        const c = document.createElement('canvas');
        c.width = 40;
        c.height = 40;
        const ctx = c.getContext('2d');
        if (!ctx) return '';
        ctx.font = font.replace(/\d+(\.\d+)?px/, '32px');
        ctx.fillText(ch, 2, 32);
        return c.toDataURL();
      };
      // Missing glyphs all draw the same box; real glyphs differ from each other.
      return new Set([draw('活'), draw('性'), draw('数'), draw('导')]).size;
    });
    expect(distinct).toBe(4);
  });
}

// Han unification: 骨, 直 and 角 are one code point each but drawn differently in Japan and in
// China. Source of truth: the face Chromium really used for an element's text
// (CSS.getPlatformFontsForNode), with fonts-noto-cjk installed as CI installs it.
for (const [lang, face, otherTag, otherFace] of [
  ['ja', 'Noto Sans CJK JP', 'zh-Hans', 'Noto Sans CJK SC'],
  ['zh', 'Noto Sans CJK SC', 'ja', 'Noto Sans CJK JP'],
] as const)
  test(`/${lang}/ draws Han characters in its language's face, and the link to ${otherTag} in that language's`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/gelu/`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const faces = async (selector: string) => {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      expect(nodeId, selector).toBeGreaterThan(0);
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      return fonts.map((f) => f.familyName);
    };
    const own = await faces('h1');
    expect(own).toContain(face);
    expect(own).not.toContain(otherFace);
    const link = await faces(`nav.langs a[lang="${otherTag}"]`);
    expect(link).toContain(otherFace);
    expect(link).not.toContain(face);
  });
