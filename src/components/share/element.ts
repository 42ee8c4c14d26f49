import { currentHref, flushQuery } from '../url-query';
import { isViewPage } from '../../lib/state/view';
import { parseEmbed } from '../../lib/state/embed';
import { heightMessage } from '../../lib/embed/message';
import { copyText, dialogReadyEvent, type OpenDialog } from './ready';
// The embed dialog's code (options, snippet builder, height table): a standalone module loaded
// by URL when the dialog is first opened; a Vite dynamic import would add its preload helper to
// every page's JS. It announces itself with `dialogReadyEvent`.
import dialogUrl from './dialog?worker&url';

let dialog: Promise<OpenDialog> | null = null;

/** The dialog module's opener, loaded once; a failed load is tried again on the next use. */
function loadDialog(): Promise<OpenDialog> {
  dialog ??= new Promise<OpenDialog>((resolve, reject) => {
    document.addEventListener(dialogReadyEvent, (e) => resolve((e as CustomEvent<OpenDialog>).detail), { once: true });
    import(/* @vite-ignore */ dialogUrl).catch((error: unknown) => {
      dialog = null;
      reject(error instanceof Error ? error : new Error(String(error)));
    });
  });
  return dialog;
}

/**
 * `<act-share>`: on a full page, "copy link" and the embed dialog; on the embed route, the
 * frame's side of embedding: `?controls=0` hides the controls, and the content's height is
 * posted to the host page whenever it changes.
 */
class ActShare extends HTMLElement {
  connectedCallback(): void {
    if (!isViewPage(this.dataset['page'])) return;
    if (this.dataset['embed'] !== undefined) this.#startEmbed();
    else this.addEventListener('click', (e) => void this.#onClick(e));
  }

  #startEmbed(): void {
    if (!parseEmbed(location.search).controls) document.documentElement.dataset['embedControls'] = 'off';
    if (window.parent === window) return;
    // The message carries no secret, and a sandboxed frame's host cannot be named: '*'.
    let last = 0;
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last || height <= 0) return;
      last = height;
      window.parent.postMessage(heightMessage(height), '*');
    };
    new ResizeObserver(post).observe(document.documentElement);
  }

  async #onClick(e: Event): Promise<void> {
    const act = (e.target as Element).closest<HTMLButtonElement>('button[data-act]')?.dataset['act'];
    if (act === 'copy') {
      const strings = JSON.parse(this.dataset['strings'] ?? '{}') as { copied?: string; copyFailed?: string };
      const status = this.querySelector('[data-share-status]');
      const ok = await copyText(currentHref());
      if (status) status.textContent = (ok ? strings.copied : strings.copyFailed) ?? '';
    } else if (act === 'embed') {
      try {
        const open = await loadDialog();
        // The dialog reads the view from the address: write what is pending first (the
        // dialog's module has its own copy of url-query, with nothing pending).
        flushQuery();
        open(this);
      } catch {
        // The module did not load (network): the next click tries again.
      }
    }
  }
}

/** Registers `<act-share>` once. */
export function defineShare(): void {
  if (!customElements.get('act-share')) customElements.define('act-share', ActShare);
}
