import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, PAGEFIND_DIR, pageUrl, splitElisions, UNUSED_FILE } from '../../src/build/pagefind';

// Source of truth: Pagefind's own output for a small site written here (the real binary from
// the `pagefind` package, no network). Its fragment files are gzip with a 12-byte
// "pagefind_dcd" signature before the JSON of one page.

const page = (lang: string, body: string, marked = true) =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><header>HEADERNOISE</header>` +
  `<main${marked ? ' data-pagefind-body' : ''}>${body}</main></body></html>`;

/** Every indexed page's JSON, by URL. */
function fragments(dir: string): Map<string, { url: string; content: string; meta: { title?: string } }> {
  const out = new Map<string, { url: string; content: string; meta: { title?: string } }>();
  const folder = join(dir, PAGEFIND_DIR, 'fragment');
  for (const f of readdirSync(folder)) {
    const raw = gunzipSync(readFileSync(join(folder, f)));
    expect(raw.subarray(0, 12).toString()).toBe('pagefind_dcd');
    const json = JSON.parse(raw.subarray(12).toString('utf8')) as {
      url: string;
      content: string;
      meta: { title?: string };
    };
    out.set(json.url, json);
  }
  return out;
}

describe('buildSearchIndex', () => {
  let dir = '';
  let run: Awaited<ReturnType<typeof buildSearchIndex>>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pagefind-'));
    const write = (path: string, html: string) => {
      mkdirSync(join(dir, path), { recursive: true });
      writeFileSync(join(dir, path, 'index.html'), html);
    };
    write(
      'en/a',
      page(
        'en',
        '<h1>Alpha</h1><p>The vanishing gradient.</p><act-explorer><p>EXPLORERNOISE</p></act-explorer>' +
          '<span class="katex-mathml">MATHMLNOISE</span><svg><text>SVGNOISE</text></svg><label>LABELNOISE</label>',
      ),
    );
    write('en/skip', page('en', '<h1>Skipped</h1><p>vanishing</p>', false));
    write('ja/a', page('ja', '<h1>シグモイド</h1><p>これが勾配消失で、下の図で実際に測っています。</p>'));
    write('fr/a', page('fr', '<h1>GLU</h1><p>Ce chemin atténue l’évanouissement du gradient, jusqu’à l’entrée.</p>'));
    write('zh/a', page('zh-Hans', '<h1>Sigmoid</h1><p>这就是梯度消失问题，下图会实际测量它。</p>'));
    run = await buildSearchIndex(dir);
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('buildSearchIndex() indexes only the pages marked data-pagefind-body, without errors', () => {
    expect(run).toEqual({ files: 5, languages: { en: 1, fr: 1, ja: 1, 'zh-hans': 1 }, errors: [] });
    expect([...fragments(dir).keys()].sort()).toEqual(['/en/a/', '/fr/a/', '/ja/a/', '/zh/a/']);
  });

  it('buildSearchIndex() writes one index per <html lang>, zh-Hans included', () => {
    const entry = JSON.parse(readFileSync(join(dir, PAGEFIND_DIR, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'fr', 'ja', 'zh-hans']);
    for (const l of Object.values(entry.languages)) expect(l.page_count).toBe(1);
  });

  it('buildSearchIndex() leaves out the header, the explorer, MathML, SVG and form labels', () => {
    const en = fragments(dir).get('/en/a/');
    expect(en?.meta.title).toBe('Alpha');
    expect(en?.content).toContain('vanishing gradient');
    expect(en?.content).not.toMatch(/HEADERNOISE|EXPLORERNOISE|MATHMLNOISE|SVGNOISE|LABELNOISE/);
  });

  it('buildSearchIndex() segments Japanese and Chinese into words (no spaces in the source)', () => {
    // Pagefind's extended binary marks word boundaries of CJK text with U+200B.
    const ja = fragments(dir).get('/ja/a/')?.content ?? '';
    const zh = fragments(dir).get('/zh/a/')?.content ?? '';
    expect(ja.split('\u200b').map((w) => w.trim())).toEqual(expect.arrayContaining(['勾配', '消失']));
    expect(zh.split('\u200b').map((w) => w.trim())).toEqual(expect.arrayContaining(['梯度']));
  });

  it("buildSearchIndex() keeps Pagefind's API, worker and WebAssembly, not its ready-made UIs", () => {
    const files = readdirSync(join(dir, PAGEFIND_DIR));
    for (const f of ['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind', 'wasm.en.pagefind'])
      expect(files, f).toContain(f);
    expect(files.filter((f) => UNUSED_FILE.test(f))).toEqual([]);
    expect(existsSync(join(dir, PAGEFIND_DIR, 'pagefind-ui.js'))).toBe(false);
  });

  it('buildSearchIndex() indexes a French noun after an elision as a word of its own', () => {
    const fr = fragments(dir).get('/fr/a/')?.content ?? '';
    expect(fr.split(/\s+/)).toEqual(expect.arrayContaining(['évanouissement', 'entrée.']));
  });
});

describe('splitElisions', () => {
  it('splitElisions() puts a hair space after French elisions, straight or curly', () => {
    const fr = (body: string) => `<html lang="fr"><body>${body}</body></html>`;
    expect(splitElisions(fr('l’évanouissement d’une qu’il jusqu’à L’Entrée'))).toBe(
      fr('l’\u200aévanouissement d’\u200aune qu’\u200ail jusqu’\u200aà L’\u200aEntrée'),
    );
    expect(splitElisions(fr("l'alpha"))).toBe(fr("l'\u200aalpha"));
  });

  it('splitElisions() leaves words that merely end in those letters, and other languages, alone', () => {
    const fr = '<html lang="fr"><p>Maas’ paper, aujourd’hui</p></html>';
    expect(splitElisions(fr)).toBe(fr);
    const en = '<html lang="en"><p>it’s l’x</p></html>';
    expect(splitElisions(en)).toBe(en);
  });
});

describe('pageUrl', () => {
  it('pageUrl() drops index.html like Pagefind does', () => {
    expect(pageUrl('fr/glu/index.html')).toBe('/fr/glu/');
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});
