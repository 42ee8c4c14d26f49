import { describe, expect, it } from 'vitest';
import { allFacts } from '../../../src/lib/math';
import { exerciseQuery, exerciseState, factOrNumber, linkDigits } from '../../../src/lib/state/exercise';
import { resolveView } from '../../../src/lib/state/resolve';
import { parseView } from '../../../src/lib/state/view';

// Source of truth: the registry's facts (allFacts) and the view module's own parse/resolve.
const facts = allFacts();

describe('factOrNumber', () => {
  it('reads a number as given and a fact by name', () => {
    expect(factOrNumber(-5, facts, 't')).toBe(-5);
    expect(factOrNumber('geluMinX', facts, 't')).toBe(facts['geluMinX']);
  });

  it('throws on an unknown fact and on a non-finite value', () => {
    expect(() => factOrNumber('noSuchFact', facts, 't')).toThrow(/unknown fact "noSuchFact"/);
    expect(() => factOrNumber(Number.NaN, facts, 't')).toThrow(/not a finite number/);
    // An inherited name is not a fact.
    expect(() => factOrNumber('toString', facts, 't')).toThrow(/unknown fact/);
  });
});

describe('exerciseState and exerciseQuery', () => {
  it("a fact's x is rounded to the readout's decimals and parses back within half a unit of the last one", () => {
    const state = exerciseState('gelu', { x: 'geluMinX' }, facts);
    const query = exerciseQuery('gelu', state);
    expect(query).toBe('x=-0.7518');
    const back = resolveView('gelu', parseView(query, 'gelu'));
    // Tolerance: the link keeps linkDigits decimals, so it is off by at most half of 10^-linkDigits.
    expect(Math.abs(back.x - (facts['geluMinX'] ?? Number.NaN))).toBeLessThanOrEqual(0.5 * 10 ** -linkDigits);
  });

  it('writes parameters, range and overlays in the view module’s key order, defaults left out', () => {
    const state = exerciseState(
      'softplus',
      { x: 'softplusGapX', range: 1, params: { beta: 10 }, compare: ['relu'] },
      facts,
    );
    expect(exerciseQuery('softplus', state)).toBe('x=0&beta=10&range=1&compare=relu');
    // The default probe x = 1 is left out of the link and still reads back as 1.
    expect(exerciseQuery('selu', exerciseState('selu', { x: 1 }, facts))).toBe('');
  });

  it('takes a number parameter from a fact and a choice parameter from its options', () => {
    const tf = exerciseState('leaky-relu', { x: -3, params: { alpha: 'leakyReluTfAlpha' } }, facts);
    expect(tf.params).toEqual({ alpha: facts['leakyReluTfAlpha'] });
    const tanh = exerciseState('gelu', { x: 1, params: { approx: 'tanh' } }, facts);
    expect(exerciseQuery('gelu', tanh)).toBe('approx=tanh');
  });

  it('throws on a probe outside the x-range, which the explorer would clamp', () => {
    expect(() => exerciseState('gelu', { x: -5 }, facts)).toThrow(/outside the x-range ±4/);
    expect(() => exerciseState('gelu', { x: -5, range: 6 }, facts)).not.toThrow();
  });

  it('throws on a key, option, value or series the page does not have', () => {
    expect(() => exerciseState('relu', { x: 0, params: { alpha: 0.1 } }, facts)).toThrow(/not a parameter of relu/);
    expect(() => exerciseState('gelu', { x: 0, params: { approx: 'cubic' } }, facts)).toThrow(/not an option/);
    expect(() => exerciseState('leaky-relu', { x: 0, params: { alpha: 2 } }, facts)).toThrow(/outside its range/);
    expect(() => exerciseState('gelu', { x: 0, range: 2.5 }, facts)).toThrow(/not a slider value/);
    expect(() => exerciseState('gelu', { x: 0, range: 11 }, facts)).toThrow(/not a slider value/);
    expect(() => exerciseState('gelu', { x: 0, compare: ['nope'] }, facts)).toThrow(/cannot be overlaid/);
    // The page's own curve is never its overlay.
    expect(() => exerciseState('relu', { x: 0, compare: ['relu'] }, facts)).toThrow(/cannot be overlaid/);
  });
});
