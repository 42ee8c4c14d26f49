// Source of truth: test/fixtures/public-urls.json. A page that stops accepting a listed query key
// (the parsed view ignores it) fails here: links in course material must not rot.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { activationIds, activation } from '../../../src/lib/math';
import { parseView, viewKeys } from '../../../src/lib/state/view';
import { embedKeys, parseEmbed } from '../../../src/lib/state/embed';

const contract = JSON.parse(readFileSync('test/fixtures/public-urls.json', 'utf8')) as {
  queryKeys: Record<string, string[]>;
};
const everyPage = contract.queryKeys['every function page and the comparison page'] ?? [];
const embedEntry = "embed routes (/{lang}/embed/{page}/), besides their page's keys";

describe('public query keys', () => {
  it('every function page and the comparison page accept x, range, deriv and compare', () => {
    expect(everyPage).toEqual(['x', 'range', 'deriv', 'compare']);
    for (const page of [...activationIds, 'compare']) {
      const view = parseView('x=-1.5&range=3&deriv=0&compare=relu', page);
      expect(view, page).toMatchObject({ x: -1.5, range: 3, deriv: false, compare: ['relu'] });
    }
  });

  it('embed routes accept controls', () => {
    expect(contract.queryKeys[embedEntry]).toEqual(['controls']);
    for (const key of contract.queryKeys[embedEntry] ?? []) {
      expect(embedKeys, key).toContain(key);
      expect(parseEmbed(`${key}=0`), `?${key}=0`).not.toEqual(parseEmbed(''));
    }
  });

  for (const [page, keys] of Object.entries(contract.queryKeys).filter(
    ([p]) => p !== 'every function page and the comparison page' && p !== embedEntry,
  ))
    it(`${page} accepts ${keys.join(', ')}`, () => {
      for (const key of keys) {
        expect(viewKeys(page), `${page} owns ${key}`).toContain(key);
        const param =
          page === 'compare'
            ? activationIds.flatMap((id) => activation(id).params).find((p) => p.key === key && p.onCompare)
            : activation(page).params.find((p) => p.key === key);
        if (!param) throw new Error(`${page} has no parameter under ${key}`);
        const value = param.kind === 'range' ? param.max : (param.options[1]?.value ?? param.default);
        expect(parseView(`${key}=${value}`, page).params?.[key], `${page} ?${key}=${value}`).toBe(value);
      }
    });
});
