import { defaultView } from '../state/resolve';
import { embedQueryPairs } from '../state/embed';
import { viewKeys, type ViewPage } from '../state/view';
import type { EmbedOptions } from './snippet';

/**
 * The embed's address for a view and the dialog's options: the view's own keys as `search` has
 * them (other islands' keys left out), the derivative as the options say, then the embed's keys.
 */
export function embedSrc(
  origin: string,
  embedPath: string,
  page: ViewPage,
  search: string,
  options: Pick<EmbedOptions, 'deriv' | 'controls'>,
): string {
  const address = new URLSearchParams(search);
  const query = new URLSearchParams();
  for (const key of viewKeys(page)) {
    const value = address.get(key);
    if (value !== null && key !== 'deriv') query.set(key, value);
  }
  if (options.deriv !== defaultView(page).deriv) query.set('deriv', options.deriv ? '1' : '0');
  for (const [key, value] of embedQueryPairs({ controls: options.controls })) query.set(key, value);
  // Commas in a curve list stay readable, as in the page's own address.
  const q = query.toString().replace(/%2C/g, ',');
  return `${origin}${embedPath}${q ? `?${q}` : ''}`;
}
