// Measures the embed view's height in Chromium for every page, language, width and option set
// of the embed dialog, and writes src/lib/embed/heights.json: per layout class (which controls
// a page has), the tallest content seen, plus a margin for other fonts; and per width, the most
// one more curve (an overlay: a table row, perhaps a legend line) adds. The embed code's
// `height` comes from this table (src/lib/embed/snippet.ts), and test/e2e/embed.spec.ts checks
// that no measured page outgrows it. Run after changing the embed's layout:
//   npm run build && node scripts/embed-heights.mjs
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright';
import { chromiumFlags, chromiumPath } from './chromium.mjs';
import { loadBundled } from './bench-bundle.mjs';

// The port of the E2E server (E2E_PORT, as the Playwright config): nothing else may run on it.
const port = Number(process.env.E2E_PORT ?? 4329);
const origin = `http://127.0.0.1:${port}`;
const { activationIds, allSeries, localeIds, embedLayoutKind } = await loadBundled(
  [
    "export { activationIds, allSeries } from './src/lib/math/registry';",
    "export { localeIds } from './src/i18n/locales';",
    "export { embedLayoutKind } from './src/lib/embed/layout';",
  ],
  'embed-heights',
);
const widths = [360, 400, 640, 800, 1000];
const optionSets = [
  { key: 'deriv+controls', query: '' },
  { key: 'deriv', query: 'controls=0' },
  { key: 'controls', query: 'deriv=0' },
  { key: 'plain', query: 'deriv=0&controls=0' },
];

/** Room for other fonts and rounding: 3 % and 10 px, to the next 10 px. */
const withMargin = (h) => Math.ceil((h * 1.03) / 10) * 10 + 10;

const server = spawn(process.execPath, ['scripts/serve-dist.mjs', String(port), 'dist'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
const page = await browser.newPage({ viewport: { width: 1000, height: 4000 } });

/** The embed's content height at each width (a tall viewport: no scrollbar takes width). */
async function measure(path) {
  await page.setViewportSize({ width: 1000, height: 4000 });
  await page.goto(`${origin}${path}`);
  await page.evaluate(() => customElements.whenDefined('act-share'));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const out = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: 4000 });
    out.push(
      await page.evaluate(
        () =>
          new Promise((resolve) =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => resolve(document.documentElement.getBoundingClientRect().height)),
            ),
          ),
      ),
    );
  }
  return out;
}

const layouts = {};
const worst = {};
for (const id of [...activationIds, 'compare']) {
  const kind = embedLayoutKind(id);
  layouts[kind] ??= {};
  for (const lang of localeIds)
    for (const { key, query } of optionSets) {
      const hs = await measure(`/${lang}/embed/${id}/${query ? `?${query}` : ''}`);
      const row = (layouts[kind][key] ??= widths.map(() => 0));
      hs.forEach((h, i) => {
        if (h > row[i]) {
          row[i] = h;
          worst[`${kind} ${key} ${widths[i]}`] = `${lang}/${id}`;
        }
      });
    }
}

// One more curve: on the first parameterless function page, overlays added one by one.
const plainPage = activationIds.find((id) => embedLayoutKind(id) === 'fn:none') ?? activationIds[0];
const mainIds = new Set(activationIds.map((id) => allSeries.find((s) => s.activation.id === id)?.id));
const overlays = allSeries
  .map((s) => s.id)
  .filter((s) => s !== plainPage && mainIds.has(s))
  .slice(0, 6);
const perCurve = widths.map(() => 0);
for (const lang of localeIds) {
  const base = await measure(`/${lang}/embed/${plainPage}/`);
  for (let k = 1; k <= overlays.length; k++) {
    const hs = await measure(`/${lang}/embed/${plainPage}/?compare=${overlays.slice(0, k).join(',')}`);
    hs.forEach((h, i) => {
      perCurve[i] = Math.max(perCurve[i], Math.ceil((h - base[i]) / k));
    });
  }
}

await browser.close();
server.kill();
const table = {
  widths,
  layouts: Object.fromEntries(
    Object.entries(layouts).map(([kind, rows]) => [
      kind,
      Object.fromEntries(Object.entries(rows).map(([k, row]) => [k, row.map(withMargin)])),
    ]),
  ),
  perCurve,
};
await writeFile('src/lib/embed/heights.json', `${JSON.stringify(table, null, 2)}\n`);
console.log(JSON.stringify(table));
console.log('tallest at each point:', worst);
