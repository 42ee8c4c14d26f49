// The live PyTorch console, loaded on demand by element.ts: reads the reader's tensor, runs the
// page's module like PyTorch, prints the result, rewrites the two live lines of the highlighted
// code, and tells the plot where the inputs are. Text only: nothing reaches innerHTML.
import { isActivationId } from '../../lib/math';
import { activationParams, resolveView } from '../../lib/state/resolve';
import { parseView } from '../../lib/state/view';
import { exampleText } from '../../lib/torch/example';
import { inputsChannel, viewChannel } from '../channels';
import { liveLines, type ModuleSpec } from './code';
import { fill } from '../dom';
import { rewriteLine, tokenStyles } from './highlight';
import { consoleRun } from './run';

interface Strings {
  error: string;
  kept: string;
  /** `{shown}` of `{total}` inputs marked on the plot. */
  marksCapped: string;
  errors: Record<string, string>;
}

/** At most this many of the console's inputs are marked on the plot. */
export const inputMarksMax = 200;

/** Wires one `<torch-console>` element; called once by its stub. */
export function attachConsole(root: HTMLElement): void {
  if (root.dataset['live'] === 'on') return;
  root.dataset['live'] = 'on';
  const page = root.dataset['page'];
  if (!isActivationId(page)) return;
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
  const input = root.querySelector<HTMLTextAreaElement>('[data-input]');
  const grad = root.querySelector<HTMLInputElement>('[data-grad]');
  const output = root.querySelector<HTMLElement>('[data-output]');
  const error = root.querySelector<HTMLElement>('[data-error]');
  const plainBlock = root.querySelector<HTMLElement>('[data-code="plain"]');
  const gradBlock = root.querySelector<HTMLElement>('[data-code="grad"]');
  if (!input || !grad || !output || !error || !plainBlock || !gradBlock) return;
  const styles = tokenStyles(plainBlock);
  const marksNote = root.querySelector<HTMLElement>('[data-marks-note]');
  const number = new Intl.NumberFormat(root.dataset['lang'] ?? 'en');
  const count = (n: number) => number.format(n);
  // The explorer's last view, else the address.
  const spec: ModuleSpec = {
    id: page,
    params:
      viewChannel.latest()?.params ?? activationParams(page, resolveView(page, parseView(location.search, page)), page),
  };
  let frame = 0;

  const update = (): void => {
    frame = 0;
    const result = consoleRun(input.value, spec, grad.checked);
    if (!result.ok) {
      const { code, params } = result.error;
      const message = fill(
        strings.errors[code] ?? code,
        // Echoed input (the text parts; positions and limits are numbers) sits in first-strong
        // isolates: a bidi control the reader typed cannot reorder the rest of the message.
        Object.fromEntries(
          Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? `\u2068${v}\u2069` : String(v)]),
        ),
      );
      error.textContent = `${fill(strings.error, { message })} ${strings.kept}`;
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    output.textContent = result.printed;
    plainBlock.hidden = grad.checked;
    gradBlock.hidden = !grad.checked;
    const block = grad.checked ? gradBlock : plainBlock;
    const lines = block.querySelectorAll<HTMLElement>('.line');
    const moduleLine = lines[liveLines.module - 1];
    const inputLine = lines[liveLines.input - 1];
    if (moduleLine && moduleLine.textContent !== result.moduleLine) rewriteLine(moduleLine, result.moduleLine, styles);
    if (inputLine && inputLine.textContent !== result.inputLine) rewriteLine(inputLine, result.inputLine, styles);
    root.parentElement?.querySelector('[data-nan-note]')?.toggleAttribute('data-active', result.nanFromMinusInf);
    // Thousands of markers would cost more than the plot itself: the first few are drawn, and
    // the console says so.
    inputsChannel.publish(result.values.slice(0, inputMarksMax));
    const capped = result.values.length > inputMarksMax;
    if (marksNote) {
      marksNote.hidden = !capped;
      if (capped)
        marksNote.textContent = fill(strings.marksCapped, {
          shown: count(inputMarksMax),
          total: count(result.values.length),
        });
    }
  };
  const schedule = (): void => {
    if (frame === 0) frame = requestAnimationFrame(update);
  };

  input.addEventListener('input', schedule);
  grad.addEventListener('change', schedule);
  root.querySelector('[data-reset]')?.addEventListener('click', () => {
    input.value = exampleText;
    schedule();
  });
  root.querySelector('form')?.addEventListener('submit', (e) => e.preventDefault());
  viewChannel.subscribe((m) => {
    spec.params = m.params;
    schedule();
  });
  update();
}

// Loaded by URL as a standalone module (see element.ts), so it wires the page when it runs.
for (const root of document.querySelectorAll<HTMLElement>('torch-console')) attachConsole(root);
