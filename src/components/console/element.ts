// `<torch-console>`: the stub that every function page loads (a few hundred bytes). It loads
// the real console (live.ts) only when the reader focuses or edits the console's form, or when
// the explorer's parameters change the module from the build-time example's.
import type { ParamValues } from '../../lib/math';
import { viewChannel } from '../channels';
import { copyText } from '../share/ready';
import liveUrl from './live?worker&url';

class TorchConsole extends HTMLElement {
  #loading: Promise<unknown> | null = null;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('[data-console]');
    const copy = this.querySelector<HTMLButtonElement>('[data-copy]');
    // Shown by CSS whenever script runs; only a browser without the Clipboard API (a page
    // served over plain http) loses the button.
    if (copy && !navigator.clipboard) copy.hidden = true;
    else copy?.addEventListener('click', () => this.#copyCode(copy));
    // Not `once`: after a failed load (a network blip) the next use tries again.
    const wake = () => void this.#load().catch(() => undefined);
    for (const type of ['focusin', 'input', 'change', 'pointerdown']) form?.addEventListener(type, wake);
    // The build-time example runs PyTorch's default module: a view whose parameters change the
    // module (?alpha=0.2 on Leaky ReLU, ?approx=tanh on GELU) needs the live console at once.
    const defaults = JSON.parse(this.dataset['torchDefaults'] ?? '{}') as ParamValues;
    const check = (params: ParamValues) => {
      if (Object.entries(defaults).some(([k, v]) => params[k] !== undefined && params[k] !== v)) wake();
    };
    const seen = viewChannel.latest();
    if (seen) check(seen.params);
    viewChannel.subscribe((m) => check(m.params));
  }

  #load(): Promise<unknown> {
    // A plain import() by URL (Vite leaves it alone: no preload helper in the page's JS). Not
    // shared with the idea figures' loader, which would make it a chunk of its own: one more
    // request in a chain before either script can run.
    this.#loading ??= import(/* @vite-ignore */ liveUrl).catch((e: unknown) => {
      this.#loading = null;
      throw e;
    });
    return this.#loading;
  }

  #copyCode(button: HTMLButtonElement): void {
    const block = [...this.querySelectorAll<HTMLElement>('[data-code]')].find((b) => !b.hidden);
    const label = button.textContent;
    void copyText(block?.textContent ?? '').then((ok) => {
      if (!ok) return;
      button.textContent = (JSON.parse(this.dataset['strings'] ?? '{}') as { copied?: string }).copied ?? label;
      setTimeout(() => (button.textContent = label), 1500);
    });
  }
}

/** Registers `<torch-console>` once. */
export function defineTorchConsole(): void {
  if (!customElements.get('torch-console')) customElements.define('torch-console', TorchConsole);
}
