// The embed dialog, loaded by URL when it is first opened (see ./element.ts): its options,
// the code for the current view, and its Copy button.
import { isViewPage, parseView, type ViewPage } from '../../lib/state/view';
import { resolveView } from '../../lib/state/resolve';
import { embedLayout } from '../../lib/embed/layout';
import { embedSrc } from '../../lib/embed/src';
import { embedHeight, embedSnippet, readEmbedWidth, type EmbedOptions } from '../../lib/embed/snippet';
import { copyText, dialogReadyEvent, type OpenDialog } from './ready';

interface Strings {
  codeCopied: string;
  codeSelected: string;
  iframeTitle: string;
}

/** Sets a live region's text, emptied first so that the same message is announced again. */
function announce(el: Element | null, text: string): void {
  if (!el) return;
  el.textContent = '';
  requestAnimationFrame(() => {
    el.textContent = text;
  });
}

const wired = new WeakSet<HTMLElement>();

function render(root: HTMLElement, page: ViewPage, strings: Strings): void {
  const code = root.querySelector<HTMLTextAreaElement>('[data-embed-code]');
  if (!code) return;
  const options: EmbedOptions = {
    deriv: root.querySelector<HTMLInputElement>('input[data-opt="deriv"]')?.checked ?? true,
    controls: root.querySelector<HTMLInputElement>('input[data-opt="controls"]')?.checked ?? true,
    width: readEmbedWidth(root.querySelector<HTMLSelectElement>('select[data-opt="width"]')?.value ?? ''),
  };
  const view = resolveView(page, parseView(location.search, page));
  view.deriv = options.deriv;
  code.value = embedSnippet({
    src: embedSrc(location.origin, root.dataset['embedPath'] ?? '', page, location.search, options),
    title: strings.iframeTitle,
    width: options.width,
    height: embedHeight(options, embedLayout(page, view)),
  });
}

const open: OpenDialog = (root) => {
  const page = root.dataset['page'];
  const dialog = root.querySelector<HTMLDialogElement>('[data-embed-dialog]');
  const code = root.querySelector<HTMLTextAreaElement>('[data-embed-code]');
  if (!isViewPage(page) || !dialog || !code) return;
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
  const status = root.querySelector('[data-code-status]');
  if (!wired.has(root)) {
    wired.add(root);
    dialog.addEventListener('change', (e) => {
      if ((e.target as HTMLElement).dataset['opt']) render(root, page, strings);
    });
    dialog.addEventListener('click', (e) => {
      const act = (e.target as Element).closest<HTMLButtonElement>('button[data-act]')?.dataset['act'];
      if (act === 'close') dialog.close();
      else if (act === 'copy-code')
        void copyText(code.value).then((ok) => {
          if (ok) announce(status, strings.codeCopied);
          else {
            // No clipboard (an old browser, a refused permission): the code is selected for Ctrl+C.
            code.focus();
            code.select();
            announce(status, strings.codeSelected);
          }
        });
    });
  }
  // The derivative starts as the view shows it; the other options keep the reader's last choice.
  const deriv = root.querySelector<HTMLInputElement>('input[data-opt="deriv"]');
  if (deriv) deriv.checked = resolveView(page, parseView(location.search, page)).deriv;
  if (status) status.textContent = '';
  render(root, page, strings);
  dialog.showModal();
  code.select();
};

document.dispatchEvent(new CustomEvent<OpenDialog>(dialogReadyEvent, { detail: open }));
