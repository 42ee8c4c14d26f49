import { describe, expect, it } from 'vitest';
import { relu, reluGrad, sigmoid, sigmoidGrad } from '../../../src/lib/math';
import { chainGradients, chainLayer, chainWeights, depthExperiment, magnitudeBand } from '../../../src/lib/ideas/depth';
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
