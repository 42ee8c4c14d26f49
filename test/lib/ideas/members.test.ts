import { describe, expect, it } from 'vitest';
import { activation, activationIds } from '../../../src/lib/math';
import { ideaFocus, ideaMembers, inSiteOrder } from '../../../src/lib/ideas/members';

describe('ideaMembers', () => {
  it('ideaMembers() lists the entries that name a figure, in the site’s order', () => {
    expect(ideaMembers('depth')).toEqual(['silu', 'sigmoid', 'tanh', 'selu', 'mish']);
    expect(ideaMembers('dead')).toEqual(['relu', 'leaky-relu', 'elu', 'softplus', 'hardswish']);
    expect(ideaMembers('gate')).toEqual(['gelu']);
  });

  it('ideaMembers() agrees with every entry’s own ideas list', () => {
    for (const id of activationIds)
      for (const idea of ['gate', 'approx', 'dead', 'depth'] as const)
        expect(ideaMembers(idea).includes(id), `${id} ${idea}`).toBe(activation(id).ideas.includes(idea));
  });
});

describe('ideaFocus', () => {
  it('ideaFocus() keeps an id whose entry lists the figure', () => {
    expect(ideaFocus('depth', 'selu')).toBe('selu');
    expect(ideaFocus('dead', 'hardswish')).toBe('hardswish');
  });

  it('ideaFocus() drops ids that do not list the figure, unknown ids and non-strings', () => {
    expect(ideaFocus('depth', 'relu')).toBeUndefined();
    expect(ideaFocus('dead', 'tanh')).toBeUndefined();
    for (const bad of ['', 'SELU', 'toString', '__proto__', undefined, null, 3, ['selu']])
      expect(ideaFocus('depth', bad), String(bad)).toBeUndefined();
  });
});

describe('inSiteOrder', () => {
  it('inSiteOrder() sorts ids as the registry lists them and keeps each once', () => {
    expect(inSiteOrder(['sigmoid', 'relu', 'gelu', 'relu'])).toEqual(['gelu', 'relu', 'sigmoid']);
  });
});
