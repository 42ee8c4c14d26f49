// Benchmark of the built site (`npm run bench`; called by scripts/bench.mjs). Not a test: it
// measures and prints a table, and checks the budgets of DESIGN §5 / issue 7.
//
//   1. builds the site into a temporary directory (build time, size of the output),
//   2. serves it on 127.0.0.1 with scripts/serve-dist.mjs (gzip, the _headers policy),
//   3. byte budgets from the built files and one real page load per page (deterministic):
//      initial JS gzip per page, 0 JS on pages without islands, first load on the wire,
//   4. Lighthouse (mobile, simulated throttling) on representative pages, several runs, medians:
//      the four category scores, LCP, TBT, CLS, bytes by type, requests,
//   5. the explorer's probe slider moved with the keyboard in Playwright at a key-repeat pace (20
//      moves a second), at 1× and 4× CPU throttling (Emulation.setCPUThrottlingRate), several
//      runs: the page's main-thread work per move (script + style + layout, CDP
//      Performance.getMetrics over back-to-back 50 ms windows, one move each, minus the same
//      windows without a move), p50 and p95 over 120 moves after 5 warm-up moves; the first
//      move (which also compiles the island's code) and the work once the reader pauses
//      (address and live region), apart; and all main-thread tasks (adds paint, compositing and
//      the harness's input dispatch; headless Chromium rasterises in software, so this column
//      overstates a phone's cost); and, in the same run at 4×, the two references of DESIGN §5:
//      each function page's inert twin (its HTML without scripts) and a bare page with one
//      range input, reported as ratios; and a third, the floor (the bare page plus the three
//      writes a move must make: number field, readout, aria-valuetext), printed beside them.
//
// Options: --strict  exit 1 when a budget is missed;
//          --bytes   only steps 1–3 (fast and deterministic: what CI runs with --strict);
//          --runs N  Lighthouse and slider runs per page (default 3).
//          --slider  only steps 1, 2 and 5 (the slider figures).
// Chromium: /usr/bin/chromium or CHROMIUM_PATH; nothing leaves 127.0.0.1.
import { chromiumFlags, chromiumPath } from './chromium.mjs';
import { loadBundled } from './bench-bundle.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const bytesOnly = args.includes('--bytes');
const sliderOnly = args.includes('--slider');
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const port = Number(process.env.BENCH_PORT ?? 4361);
const origin = `http://127.0.0.1:${port}`;
const chromePath = chromiumPath;
const chromeFlags = chromiumFlags;

/** The pages measured: representative of every kind (issue 7). */
const pages = ['/en/', '/en/gelu/', '/ja/gelu/', '/fr/compare/', '/en/embed/gelu/'];

const budgets = {
  fnPageJsGzip: 15 * 1024,
  firstLoad: 120 * 1024,
  buildSeconds: 30,
  sliderP95At4x: 8,
  sliderVsBare: 2,
  sliderVsInert: 1.5,
  cls: 0.01,
  score: 100,
};

const kb = (b) => (b === undefined ? '—' : `${(b / 1024).toFixed(1)} KB`);
const ms = (v) => (v === undefined ? '—' : `${v.toFixed(v < 10 ? 2 : 0)} ms`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? undefined : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? undefined : s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

/** Progress on stderr (the table goes to stdout). */
const step = (text) => process.stderr.write(`… ${text}\n`);

const results = { date: new Date().toISOString(), cpus: cpus().length, loadavg: loadavg()[0], pages: {}, budgets: [] };
const check = (name, ok, value, deterministic) => results.budgets.push({ name, ok, value, deterministic });

// 1. Build ------------------------------------------------------------------------------------
const dist = mkdtempSync(join(tmpdir(), 'activations-bench-'));
step(`building into ${dist}`);
const t0 = performance.now();
const built = spawnSync('npx', ['astro', 'build', '--outDir', dist], {
  env: { ...process.env, SITE_URL: origin, BASE_PATH: '/' },
  encoding: 'utf8',
});
const buildSeconds = (performance.now() - t0) / 1000;
if (built.status !== 0) {
  console.error(built.stdout, built.stderr);
  throw new Error('astro build failed');
}
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dist, f)).isFile());
const distBytes = files.reduce((n, f) => n + statSync(join(dist, f)).size, 0);
const htmlCount = files.filter((f) => f.endsWith('.html')).length;
results.build = { seconds: buildSeconds, distBytes, files: files.length, pages: htmlCount };
check(
  `full build ≤ ${budgets.buildSeconds} s`,
  buildSeconds <= budgets.buildSeconds,
  `${buildSeconds.toFixed(1)} s`,
  false,
);

// The slider's two references (DESIGN §5), written beside the build: each measured function
// page's inert twin (the same HTML with every script removed: what the native slider alone
// costs on this page) and a bare page holding one range input like the probe's.
const sliderPages = pages.filter((p) => /^\/\w+\/(?!compare\/|embed\/)[\w-]+\/$/.test(p));
const inertPath = (path) => `/__bench/inert${path}`;
const barePath = '/__bench/bare/';
for (const path of sliderPages) {
  // Marked ready as the island marks itself, or the controls stay invisible (and unfocusable).
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<act-explorer\b/g, '<act-explorer data-ready');
  mkdirSync(join(dist, inertPath(path)), { recursive: true });
  writeFileSync(join(dist, inertPath(path), 'index.html'), html);
}
const bareHead =
  '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>bare</title>' +
  '<label>x <input type="range" min="-4" max="4" step="0.01" value="0"></label>';
mkdirSync(join(dist, barePath), { recursive: true });
writeFileSync(join(dist, barePath, 'index.html'), `${bareHead}</html>`);
// A third reference, the floor: the bare page plus the least a move must write under issue 15's
// own requirements (a number field beside the slider, the probe's values visible while
// dragging, the slider's spoken value), each a one-line write in a contained box and no plot.
// What a page costs above the floor is its own; what the floor costs above the bare page is
// the price of those three writes in this Chromium.
const floorPath = '/__bench/floor/';
mkdirSync(join(dist, floorPath), { recursive: true });
writeFileSync(
  join(dist, floorPath, 'index.html'),
  `${bareHead} <input type="text" size="7" value="0"><p style="contain:content"><output>f(0) = 0</output></p>` +
    `<script src="${floorPath}floor.js"></script></html>`,
);
writeFileSync(
  join(dist, floorPath, 'floor.js'),
  `const r = document.querySelector('[type=range]'), f = document.querySelector('[type=text]'), o = document.querySelector('output');
r.addEventListener('input', () => {
  const x = +r.value;
  f.value = x.toFixed(2);
  o.textContent = 'f(' + x.toFixed(2) + ') = ' + (x / (1 + Math.exp(-1.702 * x))).toFixed(4);
  r.setAttribute('aria-valuetext', 'x = ' + x.toFixed(2));
});
`,
);

// 2. Serve ------------------------------------------------------------------------------------
const server = spawn(process.execPath, ['scripts/serve-dist.mjs', String(port), dist], { stdio: 'ignore' });
const cleanup = () => {
  server.kill();
  rmSync(dist, { recursive: true, force: true });
};
for (let i = 0; i < 50; i++) {
  try {
    if ((await fetch(`${origin}/en/`)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 100));
  }
}

step('serving; byte budgets');
// 3. Byte budgets -------------------------------------------------------------------------------
/** Initial JS of a page: its module scripts and every chunk they import statically, gzipped. */
function initialJs(htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const seen = new Set();
  const queue = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  while (queue.length > 0) {
    const src = queue.shift();
    const file = join(dist, new URL(src, origin).pathname);
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports only: `import{a}from"./x.js"`, `import"./x.js"` (import("...") is lazy).
    for (const m of code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g))
      queue.push(new URL(m[1], new URL(src, origin)).pathname);
  }
  return [...seen].reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
}
const htmlPages = files.filter((f) => f.endsWith('.html')).map((f) => `/${f}`.replace(/index\.html$/, ''));
const jsByPage = new Map(htmlPages.map((p) => [p, initialJs(join(dist, p.endsWith('/') ? `${p}index.html` : p))]));
// Every function page of every language, from the registry.
const { activationIds } = await loadBundled(["export { activationIds } from './src/lib/math/curves';"], 'bench-fn-ids');
const fnPages = htmlPages.filter((p) => activationIds.some((id) => new RegExp(`^/[\\w-]+/${id}/$`).test(p)));
const islandFree = htmlPages.filter(
  (p) => !/<script[^>]*\bsrc=/.test(readFileSync(join(dist, p.endsWith('/') ? `${p}index.html` : p), 'utf8')),
);
const maxFnJs = Math.max(...fnPages.map((p) => jsByPage.get(p)));
check(
  `JS on a function page ≤ 15 KB gzip (max of ${fnPages.length})`,
  maxFnJs <= budgets.fnPageJsGzip,
  kb(maxFnJs),
  true,
);
const islandFreeJs = islandFree.reduce((n, p) => n + jsByPage.get(p), 0);
check(`0 bytes of JS on the ${islandFree.length} pages without islands`, islandFreeJs === 0, `${islandFreeJs} B`, true);

const { chromium } = await import('@playwright/test');
const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags });

/** One cold page load on a phone-sized viewport: bytes on the wire (encoded) and requests. */
async function firstLoad(path) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let bytes = 0;
  let requests = 0;
  const urls = new Map();
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  const each = [];
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    requests++;
    each.push([urls.get(e.requestId), e.encodedDataLength]);
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await context.close();
  if (process.env.BENCH_VERBOSE) for (const [u, b] of each) step(`  ${kb(b)} ${u}`);
  return { bytes, requests };
}
for (const path of pages) {
  step(`first load of ${path}`);
  const load = await firstLoad(path);
  results.pages[path] = { jsGzip: jsByPage.get(path), wire: load.bytes, wireRequests: load.requests };
}
const fnLoads = [];
for (const path of ['/en/gelu/', '/ja/gelu/', '/tr/silu/', '/zh/leaky-relu/', '/fr/relu/', '/en/sigmoid/'])
  fnLoads.push(results.pages[path]?.wire ?? (await firstLoad(path)).bytes);
const maxFirstLoad = Math.max(...fnLoads);
check('first load of a function page ≤ 120 KB on the wire', maxFirstLoad <= budgets.firstLoad, kb(maxFirstLoad), true);

// 4. Lighthouse -------------------------------------------------------------------------------
if (!bytesOnly && !sliderOnly) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  for (const path of pages) {
    const lhrs = [];
    for (let r = 0; r < runs; r++) {
      step(`Lighthouse ${path} run ${r + 1}/${runs}`);
      const chrome = await chromeLauncher.launch({
        chromePath,
        chromeFlags,
        userDataDir: mkdtempSync(join(tmpdir(), 'lh-')),
      });
      try {
        const result = await lighthouse(origin + path, { port: chrome.port, output: 'json', logLevel: 'error' });
        lhrs.push(result.lhr);
      } finally {
        await chrome.kill();
      }
    }
    const score = (c) => median(lhrs.map((l) => Math.round((l.categories[c]?.score ?? 0) * 100)));
    const audit = (a) => median(lhrs.map((l) => l.audits[a]?.numericValue ?? NaN));
    const byType = {};
    for (const item of lhrs[0].audits['resource-summary']?.details?.items ?? []) byType[item.resourceType] = item;
    const failing = new Set();
    for (const l of lhrs)
      for (const [id, c] of Object.entries(l.categories))
        for (const ref of c.auditRefs) {
          const a = l.audits[ref.id];
          if (ref.weight > 0 && a && a.score !== null && a.score < 1) failing.add(`${id}: ${ref.id}`);
        }
    Object.assign(results.pages[path], {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      totalBytes: audit('total-byte-weight'),
      byType: Object.fromEntries(
        Object.entries(byType).map(([k, v]) => [k, { bytes: v.transferSize, requests: v.requestCount }]),
      ),
      notPerfect: [...failing],
    });
  }
}

// 5. Slider work per move ---------------------------------------------------------------------
/** A held arrow key repeats at about 20–30 Hz: the moves come at 20 Hz, one every 50 ms. */
const movePeriod = 50;
const warmupMoves = 5;
const sleep = (t) => new Promise((r) => setTimeout(r, Math.max(0, t)));
async function sliderWork(path, rate, moves = 120, selector = 'act-explorer input[type="range"][data-ctl="x"]') {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
  const page = await context.newPage();
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  const slider = page.locator(selector).first();
  if ((await slider.count()) === 0) {
    await context.close();
    return null;
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await slider.focus();
  // Main-thread time by kind (CDP Performance.getMetrics, cumulative seconds). Nothing of the
  // harness runs in the page while it measures: no evaluate, whose garbage the page would collect.
  const metrics = async () => {
    const m = Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value * 1000]),
    );
    return { page: m.ScriptDuration + m.RecalcStyleDuration + m.LayoutDuration, all: m.TaskDuration };
  };
  // Back-to-back windows of one period each: all the page's work lands in some window.
  const windows = async (count, act) => {
    const out = { page: [], all: [] };
    let tick = performance.now();
    let before = await metrics();
    for (let i = 0; i < count; i++) {
      if (act) await act(i);
      tick += movePeriod;
      await sleep(tick - performance.now());
      const after = await metrics();
      out.page.push(after.page - before.page);
      out.all.push(after.all - before.all);
      before = after;
    }
    return out;
  };
  const press = (i) => page.keyboard.press(i % 20 < 10 ? 'ArrowRight' : 'ArrowLeft');
  // The cost of a window with no move (metrics round trips, timers of an idle page).
  const idle = await windows(10);
  const overhead = { page: median(idle.page), all: median(idle.all) };
  const net = (w) => ({
    page: w.page.map((v) => Math.max(0, v - overhead.page)),
    all: w.all.map((v) => Math.max(0, v - overhead.all)),
  });
  // The first moves also compile the island's code: reported apart, not in the quantiles.
  const warmup = net(await windows(warmupMoves, press));
  const work = net(await windows(moves, press));
  // Once the reader pauses, the address and the live region are written (150 and 500 ms later).
  const pause = net(await windows(Math.ceil(700 / movePeriod)));
  await context.close();
  return { ...work, first: warmup.page[0], pause: pause.page.reduce((a, b) => a + b, 0) };
}
if (!bytesOnly) {
  for (const path of pages) {
    for (const rate of [1, 4]) {
      step(`slider on ${path} at ${rate}× CPU throttling`);
      const q = { p50: [], p95: [], allP50: [], allP95: [], first: [], pause: [] };
      for (let r = 0; r < runs; r++) {
        const work = await sliderWork(path, rate);
        if (!work) break;
        q.p50.push(quantile(work.page, 0.5));
        q.p95.push(quantile(work.page, 0.95));
        q.allP50.push(quantile(work.all, 0.5));
        q.allP95.push(quantile(work.all, 0.95));
        q.first.push(work.first);
        q.pause.push(work.pause);
      }
      results.pages[path][`slider${rate}x`] = q.p50.length
        ? Object.fromEntries(Object.entries(q).map(([k, v]) => [k, median(v)]))
        : null;
    }
  }
  // The references, measured in the same run, at 4× (where the targets are set), interleaved
  // with nothing else: medians of the per-run p50 and p95.
  const reference = async (path, selector) => {
    const q = { p50: [], p95: [] };
    for (let r = 0; r < runs; r++) {
      const work = await sliderWork(path, 4, 120, selector);
      if (!work) break;
      q.p50.push(quantile(work.page, 0.5));
      q.p95.push(quantile(work.page, 0.95));
    }
    return { p50: median(q.p50), p95: median(q.p95) };
  };
  step('slider on the bare page at 4× CPU throttling');
  results.sliderBare = await reference(barePath, 'input[type="range"]');
  step('slider on the floor page (bare + field, readout, aria-valuetext) at 4× CPU throttling');
  results.sliderFloor = await reference(floorPath, 'input[type="range"]');
  for (const path of sliderPages) {
    step(`slider on the inert twin of ${path} at 4× CPU throttling`);
    results.pages[path].sliderInert = await reference(
      inertPath(path),
      'act-explorer input[type="range"][data-ctl="x"]',
    );
  }
}
await browser.close();

// Report --------------------------------------------------------------------------------------
if (!bytesOnly) {
  for (const path of pages) {
    const p = results.pages[path];
    if (p.slider4x)
      check(`slider p95 < 8 ms at 4× on ${path}`, p.slider4x.p95 < budgets.sliderP95At4x, ms(p.slider4x.p95), false);
    if (p.slider4x && p.sliderInert && results.sliderBare) {
      // Ratios of medians (p50 per move), all three measured in this run.
      const vsBare = p.slider4x.p50 / results.sliderBare.p50;
      const vsInert = p.slider4x.p50 / p.sliderInert.p50;
      const vsFloor = results.sliderFloor ? p.slider4x.p50 / results.sliderFloor.p50 : undefined;
      p.sliderRatios = { vsBare, vsInert, vsFloor };
      const fig = (r, ref) => `${r.toFixed(2)}× (${ms(p.slider4x.p50)} vs ${ms(ref)})`;
      check(
        `slider move ≤ 2× the bare page at 4× on ${path}`,
        vsBare <= budgets.sliderVsBare,
        fig(vsBare, results.sliderBare.p50),
        false,
      );
      check(
        `slider move ≤ 1.5× its inert twin at 4× on ${path}`,
        vsInert <= budgets.sliderVsInert,
        fig(vsInert, p.sliderInert.p50),
        false,
      );
    }
    if (sliderOnly) continue;
    check(
      `Lighthouse 100 ×4 on ${path}`,
      [p.performance, p.accessibility, p.bestPractices, p.seo].every((s) => s >= budgets.score),
      `${p.performance}/${p.accessibility}/${p.bestPractices}/${p.seo}`,
      false,
    );
    check(`CLS ≤ 0.01 on ${path}`, p.cls <= budgets.cls, p.cls.toFixed(3), false);
  }
}

console.log(
  `Machine: ${results.cpus} cores, load average ${results.loadavg.toFixed(2)}${results.loadavg > results.cpus ? ' (busy: timings are inflated)' : ''}; ${runs} run(s) per page, medians.\n`,
);
console.log(
  `Build: ${buildSeconds.toFixed(1)} s for ${htmlCount} pages; dist/: ${kb(distBytes)} in ${files.length} files.\n`,
);
if (!bytesOnly && !sliderOnly) {
  console.log(
    table(
      ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'TBT', 'CLS'],
      pages.map((path) => {
        const p = results.pages[path];
        return [path, p.performance, p.accessibility, p.bestPractices, p.seo, ms(p.lcp), ms(p.tbt), p.cls.toFixed(3)];
      }),
    ),
  );
  console.log();
}
console.log(
  table(
    ['page', 'JS gzip', 'wire (first load)', 'requests', ...(bytesOnly ? [] : ['html', 'css', 'js', 'font', 'other'])],
    pages.map((path) => {
      const p = results.pages[path];
      const t = p.byType ?? {};
      return [
        path,
        kb(p.jsGzip),
        kb(p.wire),
        p.wireRequests,
        ...(bytesOnly
          ? []
          : [
              kb(t.document?.bytes),
              kb(t.stylesheet?.bytes),
              kb(t.script?.bytes),
              kb(t.font?.bytes),
              kb((t.other?.bytes ?? 0) + (t.image?.bytes ?? 0)),
            ]),
      ];
    }),
  ),
);
if (!bytesOnly) {
  console.log();
  console.log(
    table(
      [
        'slider, per move',
        'p50 1×',
        'p95 1×',
        'p50 4×',
        'p95 4×',
        'first move 4×',
        'on pause 4×',
        'all tasks p50 / p95 4×',
      ],
      pages.map((path) => {
        const p = results.pages[path];
        const s4 = p.slider4x;
        return [
          path,
          ms(p.slider1x?.p50),
          ms(p.slider1x?.p95),
          ms(s4?.p50),
          ms(s4?.p95),
          ms(s4?.first),
          ms(s4?.pause),
          s4 ? `${ms(s4.allP50)} / ${ms(s4.allP95)}` : '—',
        ];
      }),
    ),
  );
  // The three references of the same run and each page's move against them (p50 at 4×).
  const x = (r) => (r === undefined ? '—' : `${r.toFixed(2)}×`);
  const refs = [
    ['bare page (one range input)', results.sliderBare],
    ['floor page (bare + field, readout, aria-valuetext)', results.sliderFloor],
  ];
  console.log();
  console.log(
    table(
      ['reference, per move at 4×', 'p50', 'p95', '× bare'],
      refs.map(([name, r]) => [name, ms(r?.p50), ms(r?.p95), x(r && r.p50 / results.sliderBare.p50)]),
    ),
  );
  console.log();
  console.log(
    table(
      ['page at 4×', 'p50', 'inert twin p50', '× bare', '× inert twin', '× floor'],
      sliderPages
        .filter((path) => results.pages[path]?.sliderRatios)
        .map((path) => {
          const p = results.pages[path];
          const r = p.sliderRatios;
          return [path, ms(p.slider4x.p50), ms(p.sliderInert.p50), x(r.vsBare), x(r.vsInert), x(r.vsFloor)];
        }),
    ),
  );
  const notes = pages.flatMap((path) => (results.pages[path].notPerfect ?? []).map((a) => `${path} ${a}`));
  if (notes.length) console.log(`\nLighthouse audits below 1 (any run):\n${notes.map((n) => `- ${n}`).join('\n')}`);
}
console.log('\nBudgets:');
for (const b of results.budgets)
  console.log(`${b.ok ? '✓' : '✗'} ${b.name}: ${b.value}${b.deterministic ? '' : ' (timed / measured)'}`);

cleanup();
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/site.json', JSON.stringify(results, null, 2));
console.log('\nFull figures: bench-results/site.json');

const missed = results.budgets.filter((b) => !b.ok);
if (strict && missed.length > 0) {
  console.error(`\n--strict: ${missed.length} budget(s) missed.`);
  process.exitCode = 1;
}
