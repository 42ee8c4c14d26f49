import { describe, expect, it } from 'vitest';
import { relu, reluGrad, sigmoid, sigmoidGrad } from '../../../src/lib/math';
import {
  chainGradients,
  chainLayer,
  chainWeights,
  depthExperiment,
  depthIds,
  depthReferences,
  magnitudeBand,
  type DepthInit,
} from '../../../src/lib/ideas/depth';
import { ideaMembers } from '../../../src/lib/ideas/members';
import { assertRelClose } from '../math/helpers';

// A 2×2 layer W = [[1, 2], [3, 4]], input a_0 = (1, 0.5), upstream gradient (1, 1): z = W a_0 = (2, 5).
const W = [Float64Array.from([1, 2, 3, 4])];
const a0 = Float64Array.from([1, 0.5]);
const up = Float64Array.from([1, 1]);

describe('chainGradients', () => {
  it('chainGradients() at L = 1 with ReLU is Wᵀ·1 = (4, 6), and s·(4, 6) with scale s = 0.5', () => {
    // Closed form: ∂/∂a_0 = s·Wᵀ(relu′(s·W a_0) ⊙ u); z > 0 so relu′ = 1. Exact in binary.
    expect([...(chainGradients(W, 2, 1, relu, reluGrad, a0, up)[0] as Float64Array)]).toEqual([4, 6]);
    expect([...(chainGradients(W, 2, 0.5, relu, reluGrad, a0, up)[0] as Float64Array)]).toEqual([2, 3]);
  });

  it('chainGradients() at L = 1 with sigmoid is Wᵀ(σ′(2), σ′(5)) (relative 1e-14)', () => {
    // σ′(2) = 0.10499358540350653, σ′(5) = 0.0066480566707901555 (e^-x/(1+e^-x)², double precision).
    const g = chainGradients(W, 2, 1, sigmoid, sigmoidGrad, a0, up)[0] as Float64Array;
    assertRelClose(g[0] as number, 0.10499358540350653 + 3 * 0.0066480566707901555, 1e-14, 'g0');
    assertRelClose(g[1] as number, 2 * 0.10499358540350653 + 4 * 0.0066480566707901555, 1e-14, 'g1');
  });

  it('chainGradients() at L = 1 is 0 where every unit is off (ReLU, z = (−1.5, −2.5))', () => {
    const g = chainGradients(W, 2, 1, relu, reluGrad, Float64Array.from([0.5, -1]), up)[0] as Float64Array;
    expect([...g]).toEqual([0, 0]);
  });

  it('chainGradients() at L = 2 chains the layers: W₂ = I passes layer 2’s gradient on unchanged', () => {
    const identity = Float64Array.from([1, 0, 0, 1]);
    const two = chainGradients([W[0] as Float64Array, identity], 2, 1, relu, reluGrad, a0, up);
    expect([...(two[1] as Float64Array)]).toEqual([1, 1]);
    expect([...(two[0] as Float64Array)]).toEqual([4, 6]);
  });
});

describe('magnitudeBand', () => {
  it('magnitudeBand() gives the 10 %, 50 %, 90 % quantiles of |values| (type 7: 0.4, 2, 3.6)', () => {
    expect(magnitudeBand(Float64Array.from([-3, 1, -2, 4, 0]))).toEqual({ q10: 0.4, median: 2, q90: 3.6 });
  });
});

describe('depthExperiment', () => {
  const run = (depth: number) => depthExperiment({ seed: 1, depth, width: 64, init: 'he' });

  it('depthExperiment() is deterministic for a seed and changes with it', () => {
    const a = run(5);
    expect(run(5)).toEqual(a);
    expect(depthExperiment({ seed: 2, depth: 5, width: 64, init: 'he' })).not.toEqual(a);
  });

  it('depthExperiment() at He init: sigmoid’s median gradient at layer 1 falls by > 10^6 from L = 1 to L = 20, ReLU’s stays within 10×', () => {
    // Mean-field source of truth: per layer, Var grows by 2·E[f′(z)²]: 1 for ReLU at He, ≤ 2/16 for sigmoid.
    const one = run(1);
    const twenty = run(20);
    const sig = (twenty.sigmoid[0]?.median ?? 1) / (one.sigmoid[0]?.median ?? 1);
    const rel = (twenty.relu[0]?.median ?? 0) / (one.relu[0]?.median ?? 1);
    expect(sig).toBeLessThan(1e-6);
    expect(rel).toBeGreaterThan(0.1);
    expect(rel).toBeLessThan(10);
  });

  it('depthExperiment() returns one finite band per layer, 10 % ≤ median ≤ 90 %', () => {
    const r = depthExperiment({ seed: 3, depth: 50, width: 16, init: 'xavier' });
    for (const bands of Object.values(r)) {
      expect(bands.length).toBe(50);
      for (const b of bands) {
        expect(Number.isFinite(b.q10) && Number.isFinite(b.q90)).toBe(true);
        expect(b.q10 <= b.median && b.median <= b.q90).toBe(true);
      }
    }
  });

  it('chainWeights() of a deeper chain keeps the shallower chain’s layers; chainLayer() draws one of them', () => {
    expect(chainWeights(4, 8, 50).slice(0, 3)).toEqual(chainWeights(4, 8, 3));
    expect(chainLayer(4, 8, 2)).toEqual(chainWeights(4, 8, 3)[2]);
  });
});

describe('depthIds', () => {
  it('depthIds() on the comparison page is today’s set: ReLU, GELU, SiLU, Sigmoid (site order)', () => {
    expect(depthIds()).toEqual(['gelu', 'relu', 'silu', 'sigmoid']);
  });

  it('depthIds(focus) is the references plus the page’s own activation, for every entry listing the figure', () => {
    expect(depthIds('tanh')).toEqual(['gelu', 'relu', 'sigmoid', 'tanh']);
    expect(depthIds('selu')).toEqual(['gelu', 'relu', 'sigmoid', 'selu']);
    expect(depthIds('mish')).toEqual(['gelu', 'relu', 'sigmoid', 'mish']);
    expect(depthIds('sigmoid')).toEqual(['gelu', 'relu', 'sigmoid']);
    for (const id of ideaMembers('depth')) {
      expect(depthIds(id)).toContain(id);
      for (const ref of depthReferences) expect(depthIds(id)).toContain(ref);
    }
  });

  it('depthIds() ignores a focus that is unknown or does not list the figure', () => {
    for (const bad of ['relu', 'elu', 'nope', '__proto__', 42]) expect(depthIds(bad)).toEqual(depthIds());
  });
});

describe('depthExperiment over the registry', () => {
  it('depthExperiment({ ids }) runs the references and each requested activation: finite, ordered bands, no NaN', () => {
    const r = depthExperiment({ seed: 2, depth: 50, width: 16, init: 'he', ids: ideaMembers('depth') });
    expect(Object.keys(r).sort()).toEqual([...new Set([...depthReferences, ...ideaMembers('depth')])].sort());
    for (const [id, bands] of Object.entries(r)) {
      expect(bands.length, id).toBe(50);
      for (const b of bands) {
        expect(Number.isFinite(b.q10) && Number.isFinite(b.q90), id).toBe(true);
        expect(b.q10 <= b.median && b.median <= b.q90, id).toBe(true);
      }
    }
  });

  it('depthExperiment() gives an activation the same bands whatever else runs beside it', () => {
    const alone = depthExperiment({ seed: 1, depth: 10, width: 64, init: 'xavier', ids: ['tanh'] });
    const beside = depthExperiment({ seed: 1, depth: 10, width: 64, init: 'xavier', ids: ['selu', 'tanh', 'mish'] });
    expect(beside.tanh).toEqual(alone.tanh);
    expect(beside.relu).toEqual(alone.relu);
  });

  // The claims the notes under the figure make (idea.depth.note.*), checked where a reader can
  // put the controls: both initialisations, short and long chains, several seeds.
  const runs: Array<{ init: DepthInit; seed: number; L: number }> = [];
  for (const init of ['he', 'xavier'] as const)
    for (const seed of [1, 2, 3]) for (const L of [2, 5, 20, 50]) runs.push({ init, seed, L });
  const results = new Map<string, ReturnType<typeof depthExperiment>>();
  const result = (init: DepthInit, seed: number, L: number) => {
    const key = `${init} ${seed} ${L}`;
    let r = results.get(key);
    if (!r) {
      r = depthExperiment({ seed, depth: L, width: 64, init, ids: ['silu', 'tanh', 'selu', 'mish'] });
      results.set(key, r);
    }
    return r;
  };
  /** Median |gradient| reaching layer 1, and reaching layer L (where the chain starts). */
  const at = (bands: readonly { median: number }[] | undefined, layer: 'first' | 'last') =>
    (layer === 'first' ? bands?.[0] : bands?.at(-1))?.median ?? Number.NaN;

  it('depthExperiment(): Tanh’s gradient at layer 1 is above Sigmoid’s at every setting', () => {
    for (const { init, seed, L } of runs) {
      const r = result(init, seed, L);
      expect(at(r['tanh'], 'first'), `${init} ${seed} L=${L}`).toBeGreaterThan(at(r.sigmoid, 'first'));
    }
  });

  it('depthExperiment(): with variance 1/n SELU’s gradient changes size least from layer L to 1; with He’s it grows', () => {
    const change = (bands: readonly { median: number }[] | undefined) =>
      Math.abs(Math.log(at(bands, 'first') / at(bands, 'last')));
    for (const { init, seed, L } of runs.filter((r) => r.L >= 5)) {
      const r = result(init, seed, L);
      if (init === 'xavier')
        for (const id of depthReferences)
          expect(change(r['selu']), `${seed} L=${L} vs ${id}`).toBeLessThan(change(r[id]));
      else expect(at(r['selu'], 'first'), `${seed} L=${L}`).toBeGreaterThan(at(r['selu'], 'last'));
    }
  });

  it('depthExperiment(): SiLU falls behind ReLU by 20 layers, Mish by 50 (losing gradient); both stay far above Sigmoid', () => {
    for (const { init, seed, L } of runs.filter((r) => r.L >= 20)) {
      const r = result(init, seed, L);
      for (const id of L === 50 ? ['silu', 'mish'] : ['silu']) {
        const what = `${id} ${init} ${seed} L=${L}`;
        expect(at(r[id], 'first'), what).toBeLessThan(at(r.relu, 'first'));
        expect(at(r[id], 'first'), what).toBeGreaterThan(1e3 * at(r.sigmoid, 'first'));
      }
      if (L === 50) expect(at(r['mish'], 'first'), `${init} ${seed}`).toBeLessThan(at(r['mish'], 'last'));
    }
  });
});
