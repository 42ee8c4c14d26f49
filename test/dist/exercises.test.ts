import { describe, expect, it } from 'vitest';
import { activationIds } from '../../src/lib/math/registry';
import { localeIds } from '../../src/i18n/locales';
import { parseView, viewKeys } from '../../src/lib/state/view';
import { resolveView } from '../../src/lib/state/resolve';
import { gluViewKeys, parseGluView } from '../../src/lib/state/glu';
import { gluSlug } from '../../src/lib/reading-order';
import { attr, loadSite, sitePath, textOf, type Element } from './site';

// The exercises section of every built function page, in every language: 3 to 5 answers in
// <details>, no unformatted token or missing number, each with a "show me" link to the same
// page whose query the view module reads back in full (source of truth: parseView/viewKeys).

/** Elements under `root`, depth first. */
function descendants(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    for (const c of el.childNodes)
      if ('tagName' in c) {
        out.push(c);
        walk(c);
      }
  };
  walk(root);
  return out;
}

describe('exercises in the build in dist/', () => {
  const site = loadSite();

  for (const lang of localeIds)
    it(`/${lang}/{fn}/: an exercises section before the references, with 3 to 5 closed <details> and valid show-me links`, () => {
      const problems: string[] = [];
      for (const fn of activationIds) {
        const path = `/${lang}/${fn}/`;
        const page = site.pages.get(path);
        if (!page) {
          problems.push(`${path}: not built`);
          continue;
        }
        const section = page.elements.find((e) => e.tagName === 'section' && attr(e, 'aria-labelledby') === 'exercises');
        const heading = page.elements.find((e) => attr(e, 'id') === 'exercises');
        if (!section || heading?.tagName !== 'h2' || !descendants(section).includes(heading)) {
          problems.push(`${path}: no section headed by h2#exercises`);
          continue;
        }
        // Order on the page: the PyTorch section, then the exercises, then the references.
        const order = ['pytorch', 'exercises', 'references'].map((id) =>
          page.elements.findIndex((e) => e.tagName === 'section' && attr(e, 'aria-labelledby') === id),
        );
        if (!(order[0]! < order[1]! && order[1]! < order[2]!)) problems.push(`${path}: sections out of order ${order.join(',')}`);
        const inner = descendants(section);
        const details = inner.filter((e) => e.tagName === 'details');
        if (details.length < 3 || details.length > 5) problems.push(`${path}: ${details.length} <details>`);
        const text = textOf(section);
        for (const bad of ['{{', '}}', 'NaN', 'undefined', 'Infinity'])
          if (text.includes(bad)) problems.push(`${path}: exercises show "${bad}"`);
        for (const d of details) {
          const kids = descendants(d);
          if (d.attrs.some((a) => a.name === 'open')) problems.push(`${path}: an answer is open from the start`);
          if (kids[0]?.tagName !== 'summary' || textOf(kids[0]).trim() === '') problems.push(`${path}: <details> without a <summary> first`);
          const links = kids.filter((e) => e.tagName === 'a' && attr(e, 'data-show-me') !== undefined);
          if (links.length !== 1) {
            problems.push(`${path}: ${links.length} show-me links in one answer`);
            continue;
          }
          const href = attr(links[0]!, 'href') ?? '';
          const url = new URL(href, new URL(path.slice(1), site.prefix));
          if (sitePath(site, url) !== path) problems.push(`${path}: show-me link ${href} leaves the page`);
          if (url.hash !== '#explorer') problems.push(`${path}: show-me link ${href} does not open #explorer`);
          if (!page.ids.has('explorer')) problems.push(`${path}: no #explorer`);
          const keys = [...url.searchParams.keys()];
          const known = viewKeys(fn);
          for (const k of keys) if (!known.includes(k)) problems.push(`${path}: show-me link ${href}: unknown key ${k}`);
          // Every key present is read back (none dropped as malformed), x inside the x-range.
          const state = parseView(url.search, fn);
          const read = [
            ...(state.x !== undefined ? ['x'] : []),
            ...Object.keys(state.params ?? {}),
            ...(state.range !== undefined ? ['range'] : []),
            ...(state.deriv !== undefined ? ['deriv'] : []),
            ...(state.compare?.length ? ['compare'] : []),
          ];
          if ([...read].sort().join() !== [...keys].sort().join())
            problems.push(`${path}: show-me link ${href} reads back as ${JSON.stringify(state)}`);
          const view = resolveView(fn, state);
          if (state.x !== undefined && view.x !== state.x) problems.push(`${path}: show-me link ${href}: x is clamped`);
        }
      }
      expect(problems).toEqual([]);
    });

  // The GLU page links to its own figure (a) or weight table (d), not to an explorer.
  for (const lang of localeIds)
    it(`/${lang}/glu/: an exercises section before the references whose show-me links open the figure or the table`, () => {
      const path = `/${lang}/${gluSlug}/`;
      const page = site.pages.get(path);
      expect(page, path).toBeDefined();
      if (!page) return;
      const section = page.elements.find((e) => e.tagName === 'section' && attr(e, 'aria-labelledby') === 'exercises');
      expect(section, `${path}: section#exercises`).toBeDefined();
      if (!section) return;
      const ids = page.elements
        .filter((e) => e.tagName === 'section' || e.tagName === 'h2')
        .map((e) => attr(e, 'aria-labelledby') ?? attr(e, 'id'));
      expect(ids.indexOf('exercises')).toBeGreaterThan(ids.indexOf('family'));
      expect(ids.indexOf('exercises')).toBeLessThan(ids.indexOf('references'));
      const inner = descendants(section);
      const details = inner.filter((e) => e.tagName === 'details');
      expect(details.length).toBeGreaterThanOrEqual(3);
      const text = textOf(section);
      for (const bad of ['{{', '}}', 'NaN', 'undefined', 'Infinity']) expect(text).not.toContain(bad);
      for (const d of details) {
        expect(d.attrs.some((a) => a.name === 'open')).toBe(false);
        const links = descendants(d).filter((e) => e.tagName === 'a' && attr(e, 'data-show-me') !== undefined);
        expect(links.length).toBe(1);
        const href = attr(links[0]!, 'href') ?? '';
        const url = new URL(href, new URL(path.slice(1), site.prefix));
        expect(sitePath(site, url), href).toBe(path);
        expect(['#two-inputs', '#weights'], href).toContain(url.hash);
        expect(page.ids.has(url.hash.slice(1)), href).toBe(true);
        const keys = [...url.searchParams.keys()];
        for (const k of keys) expect(gluViewKeys as readonly string[], href).toContain(k);
        // A value in the link is read back as itself (not dropped, not clamped).
        const view = parseGluView(url.search);
        for (const k of keys) expect(String(view[k as 'a' | 'd']), href).toBe(url.searchParams.get(k));
      }
    });
});
