// `<torch-console>`: the stub that every function page loads (a few hundred bytes). It loads
// the real console (live.ts) only when the reader focuses or edits the console's form, or when
// the page opens with an α or GELU form that differs from the build-time example.
import { TORCH_LEAKY_DEFAULT } from './code';
import liveUrl from './live?worker&url';

class TorchConsole extends HTMLElement {
  private loading: Promise<unknown> | null = null;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('[data-console]');
    const copy = this.querySelector<HTMLButtonElement>('[data-copy]');
    // Shown by CSS whenever script runs; only a browser without the Clipboard API (a page
    // served over plain http) loses the button.
    if (copy && !navigator.clipboard) copy.hidden = true;
    else copy?.addEventListener('click', () => this.copyCode(copy));
    const wake = () => void this.load();
    for (const type of ['focusin', 'input', 'change', 'pointerdown']) form?.addEventListener(type, wake, { once: true });
    // A link such as ?alpha=0.2 or ?approx=tanh changes the module: run it at once.
    const query = new URLSearchParams(location.search);
    if (query.has('alpha') || query.has('approx')) wake();
    document.addEventListener('act-view', (e) => {
      const detail = (e as CustomEvent<{ alpha?: unknown; approx?: unknown }>).detail;
      // Kept for live.ts, which may load after this event (the address can lag behind).
      this.dataset['alpha'] = String(detail.alpha);
      this.dataset['approx'] = String(detail.approx);
      // The build-time example is PyTorch's default module: anything else needs the live console.
      if (detail.alpha !== TORCH_LEAKY_DEFAULT || detail.approx !== 'erf') wake();
    });
  }

  private load(): Promise<unknown> {
    // A plain import() by URL (Vite leaves it alone: no preload helper in the page's JS). Not
    // shared with the idea figures' loader, which would make it a chunk of its own: one more
    // request in a chain before either script can run.
    this.loading ??= import(/* @vite-ignore */ liveUrl);
    return this.loading;
  }

  private copyCode(button: HTMLButtonElement): void {
    const block = [...this.querySelectorAll<HTMLElement>('[data-code]')].find((b) => !b.hidden);
    const label = button.textContent;
    void navigator.clipboard.writeText(block?.textContent ?? '').then(() => {
      button.textContent = (JSON.parse(this.dataset['strings'] ?? '{}') as { copied?: string }).copied ?? label;
      setTimeout(() => (button.textContent = label), 1500);
    });
  }
}

/** Registers `<torch-console>` once. */
export function defineTorchConsole(): void {
  if (!customElements.get('torch-console')) customElements.define('torch-console', TorchConsole);
}
