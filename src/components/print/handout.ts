// Loaded by URL as a standalone module (see ./watch.ts): redraws the print header's QR code for
// the current address and, for the time of a print, the table of values for the current view.
import { encodeQr } from '../../lib/qr/encode';
import { qrPath, qrViewBox } from '../../lib/qr/svg';
import { handoutValuesOf } from '../../lib/state/handout';
import { isViewPage } from '../../lib/state/view';
import { formatFixed } from '../../i18n/format';
import { isLocale } from '../../i18n/locales';
import { fill, setText } from '../dom';

interface Strings {
  caption: string;
  withParams: string;
  names: Record<string, string>;
}

/** The QR code of the current address (hidden when it is too long for version 10). */
function drawQr(): void {
  const svg = document.querySelector<SVGSVGElement>('[data-print-head] [data-qr]');
  const path = svg?.querySelector('path');
  if (!svg || !path) return;
  const m = encodeQr(location.href);
  svg.toggleAttribute('hidden', m === null);
  if (!m) return;
  svg.setAttribute('viewBox', qrViewBox(m));
  path.setAttribute('d', qrPath(m));
  svg.dataset['qrFor'] = `${location.pathname}${location.search}${location.hash}`;
}

// The screen's table (the default view, as built) is put back after the print.
let saved: Array<[Element, string]> | null = null;

/** Writes the current view's values into the table of values, keeping what it showed. */
function drawValues(): void {
  const root = document.querySelector<HTMLElement>('[data-values]');
  const page = root?.dataset['page'];
  const lang = root?.dataset['lang'];
  if (!root || !isViewPage(page) || !isLocale(lang)) return;
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
  const table = handoutValuesOf(page, location.search);
  const name = strings.names[table.rename ?? table.series] ?? '';
  const params = table.params.map((p) => `${p.symbol} = ${formatFixed(p.value, lang, p.digits)}`).join(', ');
  const writes: Array<[Element | null, string]> = [
    [
      root.querySelector('[data-values-caption]'),
      fill(strings.caption, { name: params ? fill(strings.withParams, { name, params }) : name }),
    ],
  ];
  const rows = root.querySelectorAll('tbody tr');
  table.rows.forEach((r, i) => {
    writes.push([rows[i]?.querySelector('[data-value="f"]') ?? null, formatFixed(r.f, lang, 4)]);
    writes.push([rows[i]?.querySelector('[data-value="df"]') ?? null, formatFixed(r.df, lang, 4)]);
  });
  saved ??= writes.flatMap(([el]) => (el ? [[el, el.textContent ?? '']] : []));
  for (const [el, text] of writes) setText(el, text);
}

function restoreValues(): void {
  for (const [el, text] of saved ?? []) setText(el, text);
  saved = null;
}

drawQr();
addEventListener('beforeprint', () => {
  drawQr();
  drawValues();
});
addEventListener('afterprint', restoreValues);
