import { expect, test, type Page } from '@playwright/test';

// Each page type with 200 random query strings and random slider/keyboard sequences: zero
// console errors, and no NaN / undefined / Infinity shown anywhere (text, attributes, control
// values). Deterministic: a seeded generator (FUZZ_SEED=... to explore other seeds, FUZZ_RUNS=...
// for more queries; a failure prints the query that caused it). To stay fast, most queries are
// applied within one page: the address is replaced and the page's body is rebuilt from its
// built HTML, so every island connects again and reads the new address, as on a fresh load,
// then random controls move by input events; every fifth query also gets real key presses, and
// every 25th is a real navigation.

const perType = Number(process.env.FUZZ_RUNS ?? 200);
const seed = Number(process.env.FUZZ_SEED ?? 20261123);
const reloadEvery = 25;

// One page of each type, the languages spread over them.
const pageTypes = [
  '/',
  '/fr/',
  '/en/gelu/',
  '/ja/relu/',
  '/tr/leaky-relu/',
  '/zh/silu/',
  '/fr/sigmoid/',
  '/ja/compare/',
  '/tr/glu/',
  '/en/embed/gelu/',
  '/zh/embed/compare/',
  '/tr/404/',
];

/** mulberry32: a small seeded generator, so every run fuzzes the same inputs unless told otherwise. */
function generator(s: number) {
  let a = s >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  return { next, int, pick };
}
type Rng = ReturnType<typeof generator>;

// The activation pages' view keys, and the GLU page's (a: the slice's value, d: the model width).
const viewKeys = ['x', 'alpha', 'beta', 'approx', 'range', 'deriv', 'compare', 'a', 'd'];
const nastyValues = [
  '',
  ' ',
  '-',
  '+',
  '.',
  '-0',
  '+0',
  '0',
  '1',
  '-1',
  '0.5',
  '1e-320',
  '5e-324',
  '1e308',
  '-1e308',
  '1e999',
  '-1e999',
  'NaN',
  'nan',
  'Infinity',
  '-Infinity',
  'inf',
  'undefined',
  'null',
  'true',
  'false',
  'on',
  'yes',
  '0x10',
  '0b1',
  '1_000',
  '١٢',
  '１',
  '1,5',
  '1.2.3',
  '--1',
  '1e',
  'e5',
  '  3  ',
  '%',
  '%00',
  '%E0%A4%A',
  '\u0000',
  '\u202e',
  '💥',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "javascript:alert('x')",
  '{{x}}',
  '${x}',
  '__proto__',
  'constructor',
  'erf',
  'tanh',
  'sigmoid',
  'ERF',
  'gelu',
  'relu,silu',
  'relu,relu,relu',
  'gelu-tanh,gelu-sigmoid',
  'silu,,sigmoid',
  ',',
  'leaky-relu,unknown',
  'x'.repeat(40),
  '9'.repeat(400),
];

function randomNumberText(rng: Rng): string {
  const v = (rng.next() - 0.5) * 10 ** rng.int(6);
  return rng.pick([String(v), v.toFixed(rng.int(5)), v.toExponential(rng.int(4)), String(Math.round(v))]);
}

/** A random query string and hash over the page's own keys, unknown keys and hostile values. */
function randomQuery(rng: Rng, pageKeys: readonly string[]): string {
  const keys = [...viewKeys, ...pageKeys, 'lang', 'q', '__proto__', 'X', 'x[]', ''];
  const parts: string[] = [];
  const n = rng.int(6);
  for (let i = 0; i < n; i++) {
    const key = rng.pick(keys);
    const value = rng.next() < 0.4 ? randomNumberText(rng) : rng.pick(nastyValues);
    const raw = rng.next() < 0.15;
    parts.push(raw ? `${key}=${value}` : `${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  }
  if (rng.next() < 0.1) parts.push(rng.pick(['&', '&&', '=', 'x', 'x=1=2', '%', '?']));
  const hash = rng.next() < 0.2 ? `#${rng.pick(['derivative', 'formulas', 'pytorch', '', '%3Cb%3E', 'x=1'])}` : '';
  return `?${parts.join('&')}${hash}`;
}

const keysToPress = [
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Home',
  'End',
  'Space',
  'Tab',
  'Shift+Tab',
];

/** A short random sequence of focus + keys on the page's controls (never Enter: no form submits here). */
async function randomKeys(page: Page, rng: Rng): Promise<void> {
  const controls = page.locator('main input:visible, main select:visible, main textarea:visible');
  const count = await controls.count();
  if (count === 0) return;
  const steps = 1 + rng.int(4);
  for (let i = 0; i < steps; i++) {
    const control = controls.nth(rng.int(count));
    await control.focus();
    const tag = await control.evaluate((el) => el.tagName);
    if (tag === 'TEXTAREA' && rng.next() < 0.5) {
      await page.keyboard.insertText(rng.pick(['1, -2', 'nan', '[[1e400]]', '-0.', ')', 'tensor(', '🙂', '1e-45']));
    } else {
      for (let k = 0, n = 1 + rng.int(5); k < n; k++) await page.keyboard.press(rng.pick(keysToPress));
    }
  }
}

/** In the page: NaN, undefined or Infinity visible in text, in an attribute or in a control's value. */
function installBadOutput(): void {
  (window as unknown as { __badOutput: () => string[] }).__badOutput = () => {
    const bad = /\bNaN\b|\bundefined\b|\bInfinity\b|\[object /;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!bad.test(n.textContent ?? '') || parent?.closest('script, style, template')) continue;
      found.push(`text in <${parent?.tagName.toLowerCase()}>: ${n.textContent?.trim().slice(0, 80)}`);
    }
    for (const el of document.body.querySelectorAll('*')) {
      for (const a of el.attributes) {
        // Addresses (href, src, and the print header's data-qr-for) carry the reader's own query.
        if (['data-strings', 'href', 'src', 'data-qr-for'].includes(a.name)) continue;
        if (bad.test(a.value)) found.push(`<${el.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 80)}">`);
      }
      if (el instanceof HTMLInputElement && bad.test(el.value)) found.push(`value of <input>: ${el.value}`);
    }
    return found;
  };
}
const badOutput = (page: Page) =>
  page.evaluate(() => (window as unknown as { __badOutput: () => string[] }).__badOutput());

/**
 * In one round trip: replaces the address and rebuilds the body from the page's HTML (every
 * island connects anew and reads the address), then moves random controls the way input
 * events do (sliders to random values, boxes toggled, radios picked), waits two frames and
 * returns what the page shows wrongly (see badOutput).
 */
async function remountAndPoke(
  page: Page,
  path: string,
  query: string,
  pokeSeed: number,
  pokes: number,
): Promise<string[]> {
  return page.evaluate(
    async ({ path, query, pokeSeed, pokes }) => {
      const w = window as unknown as { __fuzzHtml?: string };
      w.__fuzzHtml ??= await (await fetch(path)).text();
      history.replaceState(null, '', `${path}${query}`);
      const doc = new DOMParser().parseFromString(w.__fuzzHtml, 'text/html');
      document.body.replaceWith(document.adoptNode(doc.body));
      let a = pokeSeed >>> 0;
      const next = () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
      await frame();
      const controls = [
        ...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('main input, main select'),
      ].filter((c) => !c.closest('[hidden]') && c.type !== 'hidden');
      for (let i = 0; i < pokes && controls.length > 0; i++) {
        const c = controls[Math.floor(next() * controls.length)]!;
        if (c instanceof HTMLInputElement && c.type === 'range') {
          const lo = Number(c.min || 0);
          const hi = Number(c.max || 100);
          c.value = String(next() < 0.1 ? (next() < 0.5 ? lo - 1e6 : hi + 1e6) : lo + next() * (hi - lo));
          c.dispatchEvent(new Event('input', { bubbles: true }));
          if (next() < 0.3) c.dispatchEvent(new Event('change', { bubbles: true }));
        } else if (c instanceof HTMLInputElement && (c.type === 'checkbox' || c.type === 'radio')) {
          c.click();
        } else if (c instanceof HTMLSelectElement && c.options.length > 0) {
          c.selectedIndex = Math.floor(next() * c.options.length);
          c.dispatchEvent(new Event('change', { bubbles: true }));
        }
        // Mostly several moves per frame, as a fast drag produces; sometimes one frame each.
        if (next() < 0.2) await frame();
      }
      await frame();
      await frame();
      return (window as unknown as { __badOutput: () => string[] }).__badOutput();
    },
    { path, query, pokeSeed, pokes },
  );
}

for (const [i, path] of pageTypes.entries()) {
  test(`fuzz ${path}: ${perType} random query strings and key sequences, no error and no NaN/undefined/Infinity`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const rng = generator(seed + i);
    const errors: string[] = [];
    let current = '';
    page.on('console', (m) => {
      // A 404 for a resource is reported below with its URL.
      if (/^Failed to load resource/.test(m.text())) return;
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`${current} → ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${current} → pageerror: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400 && r.url() !== page.url()) errors.push(`${current} → ${r.status()} ${r.url()}`);
    });
    page.on('dialog', (d) => {
      errors.push(`${current} → dialog: ${d.message()}`);
      void d.dismiss();
    });

    await page.addInitScript(installBadOutput);
    await page.goto(path);
    const baseline = await badOutput(page);
    expect(baseline, `${path} shows NaN/undefined/Infinity with no query at all`).toEqual([]);
    const pageKeys = await page
      .locator('[data-key]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['key'] ?? ''));

    for (let run = 0; run < perType; run++) {
      const query = randomQuery(rng, pageKeys);
      current = `${path}${query}`;
      let bad: string[];
      if (run % reloadEvery === 0) {
        await page.goto(current);
        bad = await badOutput(page);
      } else bad = await remountAndPoke(page, path, query, rng.int(2 ** 31), rng.int(8));
      // Real key presses (native slider stepping, focus moves) on every fifth query.
      if (run % 5 === 0) {
        await randomKeys(page, rng);
        bad = [...bad, ...(await badOutput(page))];
      }
      expect(bad, `after ${current}`).toEqual([]);
      expect(errors).toEqual([]);
    }
  });
}
