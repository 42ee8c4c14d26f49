/**
 * The code an instructor pastes into a course page to embed a plot: an `<iframe>` of the embed
 * route, sandboxed, sized to show everything at the chosen width, and a few lines of script that
 * let the frame follow its content's height. Pure: no DOM, the caller gives the URLs.
 */
import heights from './heights.json' with { type: 'json' };

import { heightMessageType, maxEmbedHeight } from './message';
import type { EmbedWidth } from './widths';

export { embedWidths, readEmbedWidth, type EmbedWidth } from './widths';
export { heightMessageType, maxEmbedHeight, readHeightMessage } from './message';

/** What an embed shows and how wide it is. */
export interface EmbedOptions {
  deriv: boolean;
  controls: boolean;
  width: EmbedWidth;
}

/** The layout class of an embedded view: which controls it has and how many curves it draws. */
export interface EmbedLayout {
  /** `fn:` or `compare:` and the kinds of the page's parameters (`fn:choice`, `fn:none`, ...). */
  kind: string;
  /** How many curves the view draws beyond the page's default ones (overlays). */
  extraCurves: number;
}

/**
 * The sandbox an embed needs: its scripts (the controls), and new tabs for "Open the full page"
 * that are ordinary pages again (a popup would otherwise inherit the sandbox). It needs neither
 * `allow-same-origin` (its scripts are served with `Access-Control-Allow-Origin: *`, and it
 * stores nothing) nor `allow-top-navigation` (the full page opens in a new tab).
 */
export const embedSandbox = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

interface HeightTable {
  widths: number[];
  layouts: Record<string, Record<string, number[]>>;
  perCurve: number[];
}
const table: HeightTable = heights;

/** The key of an option set in the height table: `deriv+controls`, `deriv`, `controls` or `plain`. */
export function optionKey(options: Pick<EmbedOptions, 'deriv' | 'controls'>): string {
  return [options.deriv && 'deriv', options.controls && 'controls'].filter(Boolean).join('+') || 'plain';
}

/**
 * The frame height (CSS px) that shows the whole embed at a width without an inner scrollbar,
 * for hosts that run no script: measured in Chromium for every page and language at each width
 * (scripts/embed-heights.mjs writes heights.json), the largest kept. `100%` takes the largest
 * over every measured width, since the host's width is unknown (the embed is at most 1000 px wide).
 */
export function embedHeight(options: EmbedOptions, layout: EmbedLayout): number {
  const key = optionKey(options);
  // A layout the table does not know (a page added since it was measured) takes the tallest.
  const row =
    table.layouts[layout.kind]?.[key] ??
    table.widths.map((_, i) => Math.max(...Object.values(table.layouts).map((l) => l[key]?.[i] ?? 0)));
  const at = (i: number) => (row[i] ?? 0) + Math.max(0, layout.extraCurves) * (table.perCurve[i] ?? 0);
  if (options.width === '100%') return Math.max(...table.widths.map((_, i) => at(i)));
  const i = table.widths.indexOf(options.width);
  return at(i >= 0 ? i : table.widths.length - 1);
}

/** `&`, `"`, `<` and `>` escaped for a double-quoted HTML attribute. */
export function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** What the snippet is built from. */
export interface SnippetSpec {
  /** The embed's absolute URL, query included. */
  src: string;
  /** The frame's accessible name. */
  title: string;
  width: EmbedWidth;
  /** The frame's height when no script runs on the host. */
  height: number;
  /** Whether to add the lines that resize the frame to its content. */
  resize?: boolean;
  /** Whether the frame is sandboxed (default: yes, with `embedSandbox`). */
  sandbox?: boolean;
}

/**
 * The HTML to paste: the frame, then (unless `resize` is false) a script that sets its height
 * from the embed's messages. It accepts only messages from this frame's window (`event.source`)
 * whose origin is the site's, or `null` for a sandboxed frame (whose origin is opaque), of the
 * right type and with a height in (0, maxEmbedHeight].
 */
export function embedSnippet(spec: SnippetSpec): string {
  const url = new URL(spec.src);
  const origins = [url.origin, ...(spec.sandbox === false ? [] : ['null'])];
  const frame =
    `<iframe src="${escapeAttr(url.href)}" title="${escapeAttr(spec.title)}" width="${spec.width}" ` +
    `height="${Math.ceil(spec.height)}" style="border:0;max-width:100%" loading="lazy"` +
    (spec.sandbox === false ? '' : ` sandbox="${embedSandbox}"`) +
    '></iframe>';
  if (spec.resize === false) return frame;
  const originTest = origins.map((o) => `e.origin === ${JSON.stringify(o)}`).join(' || ');
  return [
    frame,
    '<script>',
    '  (function (frame) {',
    "    addEventListener('message', function (e) {",
    '      var d = e.data;',
    `      if (e.source !== frame.contentWindow || !(${originTest})) return;`,
    '      if (!d || d.type !== ' + JSON.stringify(heightMessageType) + " || typeof d.height !== 'number') return;",
    `      if (d.height > 0 && d.height <= ${maxEmbedHeight}) frame.height = String(Math.ceil(d.height));`,
    '    });',
    '  })(document.currentScript.previousElementSibling);',
    '</script>',
  ].join('\n');
}
