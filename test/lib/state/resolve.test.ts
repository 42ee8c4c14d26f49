import { describe, expect, it } from 'vitest';
import { defaultView, resolveView } from '../../../src/lib/state/resolve';
import { parseView } from '../../../src/lib/state/view';
import { activationParams } from '../../../src/lib/state/resolve';

describe('resolveView', () => {
  it('resolveView() fills defaults from the registry (α = 0.01, β = 1, erf, range 4)', () => {
    expect(defaultView('gelu')).toEqual({ x: 1, params: { approx: 'erf' }, range: 4, deriv: true, compare: [] });
    expect(defaultView('compare').params).toEqual({ alpha: 0.01, beta: 1 });
    expect(activationParams('leaky-relu', defaultView('leaky-relu'), 'leaky-relu')).toEqual({ alpha: 0.01 });
  });

  it('resolveView() keeps the probe inside the x-range', () => {
    expect(resolveView('gelu', parseView('x=-7&range=2', 'gelu')).x).toBe(-2);
    expect(resolveView('gelu', parseView('x=-1.23', 'gelu')).x).toBe(-1.23);
  });

  it('resolveView() never overlays a page’s own curve on itself', () => {
    expect(resolveView('relu', parseView('compare=relu,silu', 'relu')).compare).toEqual(['silu']);
  });

  it('resolveView() lets the GELU page overlay exact GELU once its own curve is the tanh form', () => {
    expect(resolveView('gelu', parseView('approx=tanh&compare=gelu,gelu-tanh', 'gelu')).compare).toEqual(['gelu']);
  });

  it('activationParams() gives each activation its own parameters on the comparison page', () => {
    const view = resolveView('compare', parseView('alpha=0.3&beta=2', 'compare'));
    expect(activationParams('compare', view, 'leaky-relu')).toEqual({ alpha: 0.3 });
    expect(activationParams('compare', view, 'silu')).toEqual({ beta: 2 });
    expect(activationParams('compare', view, 'gelu')).toEqual({ approx: 'erf' });
  });

  it('resolveView() shows all five curves on the comparison page by default', () => {
    expect(defaultView('compare').compare).toEqual(['gelu', 'relu', 'leaky-relu', 'silu', 'sigmoid']);
  });
});
