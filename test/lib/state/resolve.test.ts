import { describe, expect, it } from 'vitest';
import { defaultView, resolveView } from '../../../src/lib/state/resolve';
import { parseView } from '../../../src/lib/state/view';

describe('resolveView', () => {
  it('resolveView() fills defaults from the registry (α = 0.01, β = 1, erf, range 4)', () => {
    expect(defaultView('gelu')).toEqual({ x: 1, alpha: 0.01, beta: 1, approx: 'erf', range: 4, deriv: true, compare: [] });
  });

  it('resolveView() keeps the probe inside the x-range', () => {
    expect(resolveView('gelu', parseView('x=-7&range=2')).x).toBe(-2);
    expect(resolveView('gelu', parseView('x=-1.23')).x).toBe(-1.23);
  });

  it('resolveView() never overlays a page’s own curve on itself', () => {
    expect(resolveView('relu', parseView('compare=relu,silu')).compare).toEqual(['silu']);
  });

  it('resolveView() shows all five curves on the comparison page by default', () => {
    expect(defaultView('compare').compare).toEqual(['gelu', 'relu', 'leaky-relu', 'silu', 'sigmoid']);
  });
});
