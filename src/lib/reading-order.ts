// The order a reader walks through the site's explainer pages with the previous/next links:
// every activation in registry order, then the GLU family page, which builds on the gates
// (sigmoid, ReLU, GELU, SiLU) the reader has met by then.
import { activation, activationIds } from './math/registry';

/** One page of the reading order: its slug and the UI-string key of its name. */
export interface ReadingPage {
  slug: string;
  nameKey: string;
}

/** The slug of the gated-family page, which follows the last activation. */
export const gluSlug = 'glu';

/** The explainer pages in reading order: the registry's activations, then the GLU family. */
export const readingOrder: readonly ReadingPage[] = Object.freeze([
  ...activationIds.map((id) => ({ slug: id, nameKey: activation(id).nameKey })),
  { slug: gluSlug, nameKey: 'nav.glu' },
]);

/** The pages before and after one page of an order (absent at either end, or for a page not in it). */
export function neighbours(
  slug: string,
  order: readonly ReadingPage[] = readingOrder,
): { previous?: ReadingPage; next?: ReadingPage } {
  const i = order.findIndex((p) => p.slug === slug);
  if (i < 0) return {};
  const previous = order[i - 1];
  const next = order[i + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
