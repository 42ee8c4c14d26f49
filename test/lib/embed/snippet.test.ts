// Source of truth: the snippet's contract in the brief (issue 15): a sandboxed frame whose
// height fits the chosen width, and a listener that accepts only height messages from that
// frame's window, from the site's origin (or `null`, a sandboxed frame's). The listener is run
// here against stand-ins for the DOM, so its checks are tested, not just its text.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import heights from '../../../src/lib/embed/heights.json' with { type: 'json' };
import {
  embedHeight,
  embedSandbox,
  embedSnippet,
  embedWidths,
  escapeAttr,
  heightMessageType,
  maxEmbedHeight,
  optionKey,
  readEmbedWidth,
  readHeightMessage,
} from '../../../src/lib/embed/snippet';

const src = 'https://activations.example.org/en/embed/gelu/?x=-2&approx=tanh&controls=0';
const base = { src, title: 'GELU: interactive plot', width: 640 as const, height: 812.2 };

/** Runs the snippet's script with a fake frame; returns the frame and the message listener. */
function runListener(snippet: string) {
  const script = /<script>\n([\s\S]*)\n<\/script>/.exec(snippet)?.[1];
  if (!script) throw new Error('no script');
  const frame = { contentWindow: {}, height: '812' };
  let listener: ((e: unknown) => void) | undefined;
  const addEventListener = (type: string, fn: (e: unknown) => void) => {
    if (type === 'message') listener = fn;
  };
  const document = { currentScript: { previousElementSibling: frame } };
  runInNewContext(script, { addEventListener, document, Math, Number, String });
  if (!listener) throw new Error('no listener');
  return { frame, send: listener };
}

describe('embedSnippet', () => {
  it('writes a sandboxed, lazy, borderless frame of the chosen width and height, then the listener', () => {
    const code = embedSnippet(base);
    const frame = code.split('\n')[0];
    expect(frame).toBe(
      `<iframe src="https://activations.example.org/en/embed/gelu/?x=-2&amp;approx=tanh&amp;controls=0" ` +
        `title="GELU: interactive plot" width="640" height="813" style="border:0;max-width:100%" loading="lazy" ` +
        `sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>`,
    );
    expect(code).toContain('<script>');
    expect(code.split('\n').length).toBeLessThanOrEqual(12);
  });

  it('asks for no more than scripts and popups: no same-origin, no top navigation, no forms', () => {
    expect(embedSandbox.split(' ').sort()).toEqual(['allow-popups', 'allow-popups-to-escape-sandbox', 'allow-scripts']);
  });

  it('escapes the title and address, so no text can close the attribute', () => {
    const code = embedSnippet({ ...base, title: 'a "b" <c> & d', resize: false });
    expect(code).toContain('title="a &quot;b&quot; &lt;c&gt; &amp; d"');
    expect(escapeAttr('"><script>')).toBe('&quot;&gt;&lt;script&gt;');
    expect(embedSnippet({ ...base, src: 'https://x.test/e/?q="><b>', resize: false })).not.toMatch(/"><b>/);
  });

  it('resize: false gives the frame alone; sandbox: false drops the attribute', () => {
    expect(embedSnippet({ ...base, resize: false })).toMatch(/^<iframe [^\n]*><\/iframe>$/);
    expect(embedSnippet({ ...base, sandbox: false, resize: false })).not.toContain('sandbox');
    expect(embedSnippet({ ...base, width: '100%', resize: false })).toContain('width="100%"');
  });

  it("the listener sets the height from the frame's own messages, from the site's origin or null", () => {
    const { frame, send } = runListener(embedSnippet(base));
    send({
      source: frame.contentWindow,
      origin: 'https://activations.example.org',
      data: { type: heightMessageType, height: 901.2 },
    });
    expect(frame.height).toBe('902');
    send({ source: frame.contentWindow, origin: 'null', data: { type: heightMessageType, height: 700 } });
    expect(frame.height).toBe('700');
  });

  it('the listener ignores other windows, other origins, other types and bad heights', () => {
    const { frame, send } = runListener(embedSnippet(base));
    const ok = { type: heightMessageType, height: 500 };
    send({ source: {}, origin: 'https://activations.example.org', data: ok });
    send({ source: frame.contentWindow, origin: 'https://evil.example', data: ok });
    send({ source: frame.contentWindow, origin: 'null', data: { type: 'other', height: 500 } });
    for (const height of [0, -5, maxEmbedHeight + 1, Number.NaN, '600', null, Infinity])
      send({ source: frame.contentWindow, origin: 'null', data: { type: heightMessageType, height } });
    send({ source: frame.contentWindow, origin: 'null', data: null });
    expect(frame.height).toBe('812');
  });

  it('without the sandbox the listener no longer accepts the null origin', () => {
    const { frame, send } = runListener(embedSnippet({ ...base, sandbox: false }));
    send({ source: frame.contentWindow, origin: 'null', data: { type: heightMessageType, height: 500 } });
    expect(frame.height).toBe('812');
  });
});

describe('readHeightMessage', () => {
  it('reads a finite height in (0, max] of the right type, else undefined', () => {
    expect(readHeightMessage({ type: heightMessageType, height: 640 })).toBe(640);
    for (const bad of [null, 5, 'x', { type: 'x', height: 5 }, { type: heightMessageType, height: '5' }])
      expect(readHeightMessage(bad)).toBeUndefined();
    expect(readHeightMessage({ type: heightMessageType, height: maxEmbedHeight + 1 })).toBeUndefined();
  });
});

describe('embedHeight', () => {
  const table = heights as { widths: number[]; layouts: Record<string, Record<string, number[]>>; perCurve: number[] };
  const kinds = Object.keys(table.layouts);

  it('the table has a row per layout and option set, one height per measured width', () => {
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds)
      for (const key of ['deriv+controls', 'deriv', 'controls', 'plain']) {
        const row = table.layouts[kind]?.[key];
        expect(row, `${kind} ${key}`).toHaveLength(table.widths.length);
        for (const h of row ?? []) expect(h).toBeGreaterThan(100);
      }
    for (const w of embedWidths) if (w !== '100%') expect(table.widths).toContain(w);
  });

  it('reads the table at the chosen width; 100% takes the tallest of all widths', () => {
    const kind = kinds[0] ?? '';
    const row = table.layouts[kind]?.['deriv+controls'] ?? [];
    for (const w of [400, 640, 800, 1000] as const)
      expect(embedHeight({ deriv: true, controls: true, width: w }, { kind, extraCurves: 0 })).toBe(
        row[table.widths.indexOf(w)],
      );
    expect(embedHeight({ deriv: true, controls: true, width: '100%' }, { kind, extraCurves: 0 })).toBe(
      Math.max(...row),
    );
  });

  it('adds the measured height of one more curve per overlay, and never less for fewer curves', () => {
    const kind = kinds[0] ?? '';
    const at = (extraCurves: number) => embedHeight({ deriv: true, controls: true, width: 400 }, { kind, extraCurves });
    expect(at(3) - at(0)).toBe(3 * (table.perCurve[table.widths.indexOf(400)] ?? NaN));
    expect(at(-2)).toBe(at(0));
  });

  it('hiding the controls never needs a taller frame', () => {
    // (Hiding the derivative may: a wide frame then shows the one plot larger.)
    for (const kind of kinds)
      for (const width of [400, 640, 800, 1000] as const)
        for (const deriv of [true, false]) {
          const h = (controls: boolean) => embedHeight({ deriv, controls, width }, { kind, extraCurves: 0 });
          expect(h(false), `${kind} ${width}`).toBeLessThanOrEqual(h(true));
        }
  });

  it('an unknown layout takes the tallest known one', () => {
    const options = { deriv: true, controls: true, width: 640 } as const;
    const tallest = Math.max(...kinds.map((kind) => embedHeight(options, { kind, extraCurves: 0 })));
    expect(embedHeight(options, { kind: 'fn:unknown', extraCurves: 0 })).toBe(tallest);
  });

  it('optionKey and readEmbedWidth name the options as the table and the select do', () => {
    expect(optionKey({ deriv: true, controls: true })).toBe('deriv+controls');
    expect(optionKey({ deriv: false, controls: false })).toBe('plain');
    expect(readEmbedWidth('800')).toBe(800);
    expect(readEmbedWidth('100%')).toBe('100%');
    expect(readEmbedWidth('<b>')).toBe(640);
  });
});
