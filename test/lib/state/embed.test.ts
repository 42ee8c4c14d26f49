// Source of truth: the public URL contract (test/fixtures/public-urls.json, "embed routes").
import { describe, expect, it } from 'vitest';
import { embedKeys, embedQueryPairs, parseEmbed } from '../../../src/lib/state/embed';

describe('parseEmbed', () => {
  it('shows the controls unless the address says controls=0 (or false, off, no)', () => {
    expect(parseEmbed('')).toEqual({ controls: true });
    for (const off of ['0', 'false', 'off', 'no', ' NO ']) expect(parseEmbed(`?controls=${off}`).controls).toBe(false);
    expect(parseEmbed('controls=1').controls).toBe(true);
  });

  it('ignores bad values and never throws', () => {
    for (const bad of ['controls=maybe', 'controls=%E0%A4%A', 'controls=<b>', '%%%', 'controls'])
      expect(parseEmbed(bad)).toEqual({ controls: true });
    expect(parseEmbed(undefined as unknown as string)).toEqual({ controls: true });
  });

  it('writes only what differs from the default, under the listed keys', () => {
    expect(embedQueryPairs({ controls: true })).toEqual([]);
    expect(embedQueryPairs({ controls: false })).toEqual([['controls', '0']]);
    expect(embedKeys).toEqual(['controls']);
  });
});
