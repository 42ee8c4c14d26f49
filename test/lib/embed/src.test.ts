// Source of truth: the public URL contract (test/fixtures/public-urls.json): an embed's address
// carries the view's own keys and the embed's `controls`; keys of other islands stay out.
import { describe, expect, it } from 'vitest';
import { activationIds } from '../../../src/lib/math';
import { embedSrc } from '../../../src/lib/embed/src';
import { embedLayout, embedLayoutKind } from '../../../src/lib/embed/layout';
import { defaultView, resolveView } from '../../../src/lib/state/resolve';
import { parseView, viewKeys } from '../../../src/lib/state/view';
import heights from '../../../src/lib/embed/heights.json' with { type: 'json' };

const page = activationIds[0] ?? 'compare';
const on = { deriv: true, controls: true };

describe('embedSrc', () => {
  it("keeps the view's keys in their order and drops every other key", () => {
    const [first] = viewKeys(page);
    const url = embedSrc('https://s.test', '/en/embed/p/', page, `?seed=3&${first}=1.5&t=%E0%A4%A`, on);
    expect(url).toBe(`https://s.test/en/embed/p/?${first}=1.5`);
  });

  it('writes deriv and controls only when they differ from the defaults', () => {
    expect(embedSrc('https://s.test', '/e/', page, '', on)).toBe('https://s.test/e/');
    expect(defaultView(page).deriv).toBe(true);
    expect(embedSrc('https://s.test', '/e/', page, '?deriv=1', { deriv: false, controls: false })).toBe(
      'https://s.test/e/?deriv=0&controls=0',
    );
  });

  it('keeps commas of a curve list readable', () => {
    expect(embedSrc('https://s.test', '/e/', 'compare', '?compare=relu,silu', on)).toBe(
      'https://s.test/e/?compare=relu,silu',
    );
  });
});

describe('embedLayout', () => {
  it('every page of the registry and the comparison page has a measured row in the height table', () => {
    const layouts = (heights as { layouts: Record<string, unknown> }).layouts;
    for (const p of [...activationIds, 'compare']) expect(Object.keys(layouts), p).toContain(embedLayoutKind(p));
  });

  it('counts the curves beyond the default view', () => {
    expect(embedLayout(page, defaultView(page)).extraCurves).toBe(0);
    const others = activationIds.filter((id) => id !== page).slice(0, 2);
    const view = resolveView(page, parseView(`compare=${others.join(',')}`, page));
    expect(embedLayout(page, view).extraCurves).toBe(view.compare.length);
    expect(embedLayout('compare', resolveView('compare', parseView('compare=', 'compare'))).extraCurves).toBe(0);
  });
});
