// The idea figures' loaders: each figure's own code is a separate bundle, loaded by URL when the
// figure nears the viewport (see ./lazy.ts). Registered by the explorer's page script
// (Explorer.astro): every page with an idea figure has an explorer, and one script instead of
// two saves a request and ~0.3 KB gzip of the function pages' JS budget. A tag that is not on
// the page is defined and never used.
import { defineLazyFigure } from './lazy';
import gateUrl from './gate-island?worker&url';
import approxUrl from './approx-island?worker&url';
import depthUrl from './depth-island?worker&url';
import deadUrl from './dead-island?worker&url';

/** Defines the four idea figures' elements. */
export function defineIdeaFigures(): void {
  defineLazyFigure('act-idea-gate', ['mcSeed', 'mcN', 'mcX'], gateUrl);
  defineLazyFigure('act-idea-approx', ['apX'], approxUrl);
  defineLazyFigure('act-idea-depth', ['depthL', 'depthInit', 'depthSeed'], depthUrl);
  defineLazyFigure('act-idea-dead', ['deadShift', 'deadAlpha', 'deadSeed'], deadUrl);
}
