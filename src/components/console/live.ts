// The live PyTorch console, loaded on demand by element.ts: reads the reader's tensor, runs the
// page's module like PyTorch, prints the result, rewrites the two live lines of the highlighted
// code, and tells the plot where the inputs are. Text only: nothing reaches innerHTML.
import { activationIds, type ActivationId, type GeluApprox } from '../../lib/math';
import { resolveView } from '../../lib/state/resolve';
import { parseView } from '../../lib/state/view';
import { TORCH_LEAKY_DEFAULT, liveLines, type ModuleSpec } from './code';
import { exampleText, INPUTS_EVENT } from './example';
import { fill } from '../explorer/dom';
import { rewriteLine, tokenStyles } from './highlight';
import { consoleRun } from './run';

interface Strings {
  error: string;
  kept: string;
  errors: Record<string, string>;
}


const isActivationId = (v: unknown): v is ActivationId => typeof v === 'string' && (activationIds as readonly string[]).includes(v);

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
  // The explorer's last view (kept by the stub), else the address.
  const view = resolveView(page, parseView(location.search));
  const seen = parseView(new URLSearchParams({ alpha: root.dataset['alpha'] ?? '', approx: root.dataset['approx'] ?? '' }).toString());
  const alpha = seen.alpha ?? view.alpha;
  const spec: ModuleSpec = { id: page, approx: seen.approx ?? view.approx, alpha: page === 'leaky-relu' ? alpha : TORCH_LEAKY_DEFAULT };
  let frame = 0;

  const update = (): void => {
    frame = 0;
    const result = consoleRun(input.value, spec, grad.checked);
    if (!result.ok) {
      const { code, params } = result.error;
      const message = fill(strings.errors[code] ?? code, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])));
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
    document.dispatchEvent(new CustomEvent(INPUTS_EVENT, { detail: result.values }));
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
  document.addEventListener('act-view', (e) => {
    const detail = (e as CustomEvent<{ alpha?: unknown; approx?: unknown }>).detail;
    const approx = detail.approx;
    if (approx === 'erf' || approx === 'tanh' || approx === 'sigmoid') spec.approx = approx satisfies GeluApprox;
    if (page === 'leaky-relu' && typeof detail.alpha === 'number' && Number.isFinite(detail.alpha)) spec.alpha = detail.alpha;
    schedule();
  });
  update();
}

// Loaded by URL as a standalone module (see element.ts), so it wires the page when it runs.
for (const root of document.querySelectorAll<HTMLElement>('torch-console')) attachConsole(root);
