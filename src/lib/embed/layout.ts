import { pageParams, type ViewPage } from '../state/view';
import { defaultView, shownSeries, type ResolvedView } from '../state/resolve';
import type { EmbedLayout } from './snippet';

/** The layout class of a page's controls: `fn:` or `compare:` and its parameters' kinds. */
export function embedLayoutKind(page: ViewPage): string {
  const kinds = pageParams(page)
    .map((p) => p.param.kind)
    .join('+');
  return `${page === 'compare' ? 'compare' : 'fn'}:${kinds || 'none'}`;
}

/** The layout of a page's embed showing `view`: its class and its curves beyond the default ones. */
export function embedLayout(page: ViewPage, view: ResolvedView): EmbedLayout {
  const base = shownSeries(page, defaultView(page)).length;
  return { kind: embedLayoutKind(page), extraCurves: Math.max(0, shownSeries(page, view).length - base) };
}
