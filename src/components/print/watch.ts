// The only print code a page loads up front (a few hundred bytes, in the explorer's script).
import handoutUrl from './handout?worker&url';
import { currentHref } from '../url-query';

/**
 * Makes the printed handout show the reader's view. On `beforeprint` the print header gets
 * the current address (the explorer rewrites it with `history.replaceState` as the reader
 * moves), and a QR code drawn for another address is hidden until it is redrawn. Only the
 * synchronous work of `beforeprint` reaches the sheet (a module requested then arrives after
 * Chromium has laid the page out for print), so the module that redraws the QR code and the
 * table of values (./handout.ts, a standalone bundle loaded by URL like ../ideas/lazy.ts) is
 * requested as soon as the view can differ from the build-time one: when the page opens with a
 * query, at the reader's first change of a control, and at the latest at the first print.
 */
export function watchPrint(): void {
  const head = document.querySelector('[data-print-head]');
  if (!head) return;
  const load = () => void import(/* @vite-ignore */ handoutUrl);
  if (location.search) load();
  else addEventListener('input', load, { once: true, capture: true });
  addEventListener('beforeprint', () => {
    const href = currentHref();
    const out = head.querySelector('[data-print-url]');
    if (out && out.textContent !== href) out.textContent = href;
    const qr = head.querySelector<SVGElement>('[data-qr]');
    qr?.toggleAttribute('hidden', qr.dataset['qrFor'] !== `${location.pathname}${location.search}${location.hash}`);
    load();
  });
}
