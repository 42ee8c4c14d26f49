import { parseIdeas, ideaQuery, ideaDefaults, type IdeaKey, type IdeaState } from '../../lib/ideas/state';
import { isLocale } from '../../i18n/locales';
import { toDom } from '../dom';
import { updateQuery } from '../url-query';
import type { FigureView, RenderFigure, Strings } from './view';

/** Puts a view into the figure: replaces the plot groups, updates changed texts only. */
export function applyView(root: HTMLElement, view: FigureView): void {
  for (const [name, nodes] of Object.entries(view.nodes))
    root.querySelector(`[data-plot="${name}"]`)?.replaceChildren(...toDom(nodes));
  for (const el of root.querySelectorAll<HTMLElement>('[data-text]')) {
    const text = view.text[el.dataset['text'] ?? ''];
    if (text !== undefined && el.textContent !== text) el.textContent = text;
  }
}

/**
 * Makes a build-time figure live: reads its keys from the address and its page's activation
 * from `data-focus`, wires its native controls
 * (`[data-key]` inputs and selects, `[data-reseed]` buttons), redraws once per frame and
 * writes its keys back to the address (defaults left out).
 */
export function mountFigure(root: HTMLElement, keys: readonly IdeaKey[], render: RenderFigure<IdeaState>): void {
  const lang = root.dataset['lang'];
  if (!isLocale(lang)) return;
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
  // The page's activation, fixed at build time; the render function checks it against the registry.
  const focus = root.dataset['focus'];
  const all = new URLSearchParams(location.search);
  const params = new URLSearchParams();
  for (const k of keys) {
    const v = all.get(k);
    if (v !== null) params.set(k, v);
  }
  let state = parseIdeas(params.toString());
  let queued = false;
  const sync = () => {
    for (const el of root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-key]')) {
      const k = el.dataset['key'] as IdeaKey;
      if (keys.includes(k)) el.value = String(state[k]);
    }
  };
  const draw = () => {
    queued = false;
    applyView(root, render(state, lang, strings, focus));
  };
  const query = () => ideaQuery(state, keys);
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(draw);
    updateQuery(query);
  };
  const onInput = (e: Event) => {
    const el = e.target as HTMLInputElement | HTMLSelectElement;
    const k = el.dataset['key'] as IdeaKey | undefined;
    if (!k || !keys.includes(k)) return;
    params.set(k, el.value);
    state = parseIdeas(params.toString());
    schedule();
  };
  root.addEventListener('input', onInput);
  root.addEventListener('change', onInput);
  root.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-reseed]');
    const k = button?.dataset['reseed'] as IdeaKey | undefined;
    if (!k || !keys.includes(k)) return;
    const seed = Number(state[k]) || Number(ideaDefaults[k]);
    params.set(k, String((seed % 999999) + 1));
    state = parseIdeas(params.toString());
    schedule();
  });
  root.classList.add('live');
  sync();
  draw();
}

/** Mounts every not-yet-live element of a figure's tag on the page. */
export function upgradeAll(tag: string, keys: readonly IdeaKey[], render: RenderFigure<IdeaState>): void {
  for (const el of document.querySelectorAll<HTMLElement>(tag))
    if (!el.classList.contains('live')) mountFigure(el, keys, render);
}
