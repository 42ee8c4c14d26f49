// Embedding in a course page (issue 15): the embed code from the dialog, pasted into a host page
// of ANOTHER origin, shows everything without an inner scrollbar at 400, 640, 800 and 1000 px,
// with and without the resize script, with and without the sandbox; the controls work inside the
// sandboxed frame; Copy copies; only embed routes may be framed.
// The host page comes from a second tiny server in the test, on a port the system picks (port 0:
// no clash with other servers on a shared machine): http://127.0.0.1:<port>, another origin.
// (A host answered by `page.route` under a made-up name would be a "public" site framing a
// loopback one, which Chromium's local network access checks block.)
// Tolerance: heights are whole CSS px; a frame that follows its content may be 1 px off (rounding).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { activationIds } from '../../src/lib/math/registry';
import { langs } from './pages';
import { embedHeight, embedSnippet, type EmbedOptions } from '../../src/lib/embed/snippet';
import { embedLayout, embedLayoutKind } from '../../src/lib/embed/layout';
import { defaultView, resolveView } from '../../src/lib/state/resolve';
import { parseView, type ViewPage } from '../../src/lib/state/view';

/** The host pages the second server answers, by path. */
const hostPages = new Map<string, string>();
let hostServer: Server;
let host = '';
test.beforeAll(async () => {
  hostServer = createServer((req, res) => {
    const body = hostPages.get(new URL(req.url ?? '/', 'http://h').pathname);
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => hostServer.listen(0, '127.0.0.1', resolve));
  host = `http://127.0.0.1:${(hostServer.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await new Promise((resolve) => hostServer.close(resolve));
});
let hostCount = 0;

/** Serves `html` from the host server under a fresh path; returns its URL. */
function hostPage(html: string): string {
  const path = `/course/${++hostCount}/`;
  hostPages.set(path, html);
  return `${host}${path}`;
}
const widths = [400, 640, 800, 1000] as const;
const optionSets = [
  { deriv: true, controls: true },
  { deriv: false, controls: true },
  { deriv: true, controls: false },
  { deriv: false, controls: false },
];
const query = (o: { deriv: boolean; controls: boolean }) =>
  [!o.deriv && 'deriv=0', !o.controls && 'controls=0'].filter(Boolean).join('&');
// One page of each layout (its controls), and the comparison page: what the height table is keyed by.
const kinds = new Map<string, ViewPage>();
for (const id of [...activationIds, 'compare']) if (!kinds.has(embedLayoutKind(id))) kinds.set(embedLayoutKind(id), id);
const fn = activationIds[0] ?? 'compare';

/** The content height of the current page (its root element's box), in CSS px. */
const contentHeight = (target: Page | Frame) =>
  target.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

/** A course page on another origin that holds `snippet` in a column `width` px wide. */
async function openHost(page: Page, snippet: string, width: number | '100%'): Promise<Frame> {
  const column = width === '100%' ? '' : `width:${width}px;`;
  await page.goto(
    hostPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Lesson 3</title>
<style>body{margin:0;padding:16px;font-family:serif}.lesson{${column}}</style></head>
<body><h1>Lesson 3: activations</h1><div class="lesson">${snippet}</div><p>Questions follow.</p></body></html>`),
  );
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('act-share[data-embed]')).toHaveCount(1);
  const child = page.frames().find((f) => f !== page.mainFrame());
  if (!child) throw new Error('no frame');
  await child.waitForFunction(
    () => customElements.get('act-share') !== undefined && document.fonts.status === 'loaded',
  );
  return child;
}

/** The embed code the dialog would give for `page` and these options. */
function snippetFor(
  baseURL: string,
  lang: string,
  page: ViewPage,
  options: EmbedOptions,
  extra: Partial<Parameters<typeof embedSnippet>[0]> = {},
) {
  const q = query(options);
  const view = { ...defaultView(page), deriv: options.deriv };
  return embedSnippet({
    src: `${baseURL}/${lang}/embed/${page}/${q ? `?${q}` : ''}`,
    title: 'Interactive plot',
    width: options.width,
    height: embedHeight(options, embedLayout(page, view)),
    ...extra,
  });
}

test.describe('the height in the embed code shows everything', () => {
  for (const [kind, page] of kinds)
    test(`${kind} (${page}): every language, width and option set fits its table height`, async ({ page: tab }) => {
      test.setTimeout(120_000);
      const over: string[] = [];
      for (const lang of langs)
        for (const options of optionSets) {
          const q = query(options);
          await tab.setViewportSize({ width: 1000, height: 3000 });
          await tab.goto(`/${lang}/embed/${page}/${q ? `?${q}` : ''}`);
          await tab.evaluate(() => customElements.whenDefined('act-share'));
          for (const width of widths) {
            await tab.setViewportSize({ width, height: 3000 });
            const h = await contentHeight(tab);
            const allowed = embedHeight({ ...options, width }, { kind, extraCurves: 0 });
            if (h > allowed) over.push(`${lang} ${q || 'default'} at ${width}: ${h} > ${allowed}`);
          }
        }
      expect(over).toEqual([]);
    });

  test('overlays add their measured height per curve', async ({ page }) => {
    const others = activationIds.filter((id) => id !== fn).slice(0, 3);
    const view = resolveView(fn, parseView(`compare=${others.join(',')}`, fn));
    const layout = embedLayout(fn, view);
    expect(layout.extraCurves).toBe(3);
    for (const lang of ['en', 'ja'])
      for (const width of widths) {
        await page.setViewportSize({ width, height: 3000 });
        await page.goto(`/${lang}/embed/${fn}/?compare=${others.join(',')}`);
        await page.evaluate(() => customElements.whenDefined('act-share'));
        expect(await contentHeight(page), `${lang} ${width}`).toBeLessThanOrEqual(
          embedHeight({ deriv: true, controls: true, width }, layout),
        );
      }
  });
});

test.describe('in a host page of another origin', () => {
  for (const sandbox of [true, false])
    for (const resize of [true, false])
      test(`sandbox ${sandbox ? 'on' : 'off'}, resize script ${resize ? 'on' : 'off'}: no inner scrollbar at 400-1000 px`, async ({
        page,
        baseURL,
      }) => {
        test.setTimeout(90_000);
        const errors: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
        });
        page.on('pageerror', (e) => errors.push(e.message));
        for (const width of widths) {
          await page.setViewportSize({ width: width + 32, height: 900 });
          const options = { deriv: true, controls: true, width };
          const frame = await openHost(page, snippetFor(baseURL ?? '', 'en', fn, options, { sandbox, resize }), width);
          const iframe = page.locator('iframe');
          expect(await frame.evaluate(() => self.origin)).toBe(sandbox ? 'null' : new URL(baseURL ?? '').origin);
          if (resize) {
            // The frame follows its content: the embed's messages set its height attribute.
            await expect
              .poll(async () => Number(await iframe.getAttribute('height')) - (await contentHeight(frame)))
              .toBeGreaterThanOrEqual(0);
            expect(Number(await iframe.getAttribute('height')) - (await contentHeight(frame))).toBeLessThanOrEqual(1);
          } else
            expect(await iframe.getAttribute('height')).toBe(
              String(embedHeight(options, embedLayout(fn, defaultView(fn)))),
            );
          const sizes = await frame.evaluate(() => ({
            scroll: document.documentElement.scrollHeight,
            inner: innerHeight,
            scrollW: document.documentElement.scrollWidth,
            innerW: innerWidth,
          }));
          expect(sizes.scroll, `${width}: no vertical scrollbar`).toBeLessThanOrEqual(sizes.inner);
          expect(sizes.scrollW, `${width}: no horizontal scrollbar`).toBeLessThanOrEqual(sizes.innerW);
        }
        expect(errors).toEqual([]);
      });

  test('the controls work in a sandboxed frame, and the full page opens in a new, unsandboxed tab', async ({
    page,
    context,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 700, height: 900 });
    const frame = await openHost(
      page,
      snippetFor(baseURL ?? '', 'en', fn, { deriv: true, controls: true, width: 640 }),
      640,
    );
    const embed = page.frameLocator('iframe');
    const probe = embed.locator('[data-out="probe"]');
    await expect(probe).toHaveText('x = 1.0000');
    await embed.locator('input[data-ctl="x"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(probe).toHaveText('x = 1.0200');
    // The address inside the frame and the full-page link follow the view.
    await expect(embed.locator('[data-full-link]')).toHaveAttribute('href', /\/en\/[^/]+\/\?x=1\.02$/);
    const link = embed.locator('[data-full-link]');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener');
    const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await tab.waitForLoadState();
    expect(tab.url()).toMatch(/\/en\/[^/]+\/\?x=1\.02$/);
    expect(await tab.evaluate(() => self.origin)).toBe(new URL(baseURL ?? '').origin);
    expect(await frame.evaluate(() => self.origin)).toBe('null');
  });

  test('controls=0 leaves the plots and the values, and the frame shrinks to them', async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 700, height: 900 });
    const options = { deriv: true, controls: false, width: 640 } as const;
    const frame = await openHost(page, snippetFor(baseURL ?? '', 'ja', fn, options), 640);
    await expect(page.frameLocator('iframe').locator('form.controls')).toBeHidden();
    await expect(page.frameLocator('iframe').locator('svg.chart')).toHaveCount(2);
    await expect
      .poll(async () => Number(await page.locator('iframe').getAttribute('height')) - (await contentHeight(frame)))
      .toBeGreaterThanOrEqual(0);
    expect(Number(await page.locator('iframe').getAttribute('height'))).toBeLessThan(
      embedHeight({ ...options, controls: true }, embedLayout(fn, defaultView(fn))),
    );
  });

  test('a function page refuses to be framed by another origin; an embed route allows it', async ({
    page,
    request,
    baseURL,
  }) => {
    const full = await request.get(`/en/${fn}/`);
    const fullCsp = full.headers()['content-security-policy'] ?? '';
    expect(fullCsp).toContain("frame-ancestors 'self'");
    expect(fullCsp, 'one policy, not two joined').not.toContain(',');
    const embedCsp = (await request.get(`/en/embed/${fn}/`)).headers()['content-security-policy'] ?? '';
    expect(embedCsp).toMatch(/default-src 'self'/);
    expect(embedCsp).not.toContain('frame-ancestors');
    expect(embedCsp).not.toContain(',');
    const script = await page
      .goto(`/en/embed/${fn}/`)
      .then(async () =>
        page.evaluate(() => document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src ?? ''),
      );
    expect((await request.get(script)).headers()['access-control-allow-origin']).toBe('*');
    // In the browser: the function page in a frame of the host server is blocked.
    await page.goto(
      hostPage(
        `<!doctype html><title>t</title><iframe src="${baseURL}/en/${fn}/" title="t" width="600" height="400"></iframe>`,
      ),
    );
    await page.waitForTimeout(500);
    const child = page.frames().find((f) => f !== page.mainFrame());
    const loaded = await child?.evaluate(() => document.querySelector('act-explorer') !== null).catch(() => false);
    expect(loaded ?? false).toBe(false);
  });
});

test('the dialog: options change the code, Copy copies it and says so', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/en/${fn}/?x=-2`);
  await page.getByRole('button', { name: 'Embed this plot' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this plot' });
  await expect(dialog).toBeVisible();
  const code = dialog.locator('[data-embed-code]');
  await expect(code).toHaveValue(new RegExp(`^<iframe src="${baseURL}/en/embed/${fn}/\\?x=-2" `));
  await expect(code).toHaveValue(/sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"/);
  await expect(code).toHaveValue(/<script>[\s\S]*e\.source !== frame\.contentWindow[\s\S]*<\/script>$/);
  await dialog.getByLabel('Derivative plot').uncheck();
  await dialog.getByLabel('Controls').uncheck();
  await dialog.getByLabel('Width').selectOption('400');
  const view = { ...resolveView(fn, parseView('x=-2', fn)), deriv: false };
  const height = embedHeight({ deriv: false, controls: false, width: 400 }, embedLayout(fn, view));
  await expect(code).toHaveValue(
    new RegExp(
      `^<iframe src="${baseURL}/en/embed/${fn}/\\?x=-2&amp;deriv=0&amp;controls=0" [^>]*width="400" height="${height}"`,
    ),
  );
  await dialog.getByRole('button', { name: 'Copy the code' }).click();
  await expect(dialog.locator('[data-code-status]')).toHaveText('Code copied to the clipboard');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('without clipboard permission, Copy selects the code and says how to copy it', async ({ page }) => {
  await page.goto(`/fr/${fn}/`);
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
  });
  await page.getByRole('button', { name: 'Intégrer ce graphique' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Copier le code' }).click();
  await expect(page.locator('[data-code-status]')).toHaveText(/^Copie impossible/);
  const selected = await page.evaluate(() => {
    const t = document.querySelector<HTMLTextAreaElement>('[data-embed-code]');
    return t ? t.selectionEnd - t.selectionStart === t.value.length && document.activeElement === t : false;
  });
  expect(selected).toBe(true);
});
