import { describe, expect, it } from 'vitest';
import { mixSeed, randomMulberry32, randomNormal } from '../../../src/lib/ideas/random';
import { assertAbsClose } from '../math/helpers';

describe('randomMulberry32', () => {
  it('randomMulberry32(seed) repeats its sequence for the same seed and differs for another', () => {
    const a = randomMulberry32(42);
    const b = randomMulberry32(42);
    const c = randomMulberry32(43);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
  });

  it('randomMulberry32(42) keeps its first output (a pin: links made today must redraw the same figure)', () => {
    // Regression pin of this implementation's output, exact (32-bit integer / 2^32).
    expect(randomMulberry32(42)()).toBe(2581720956 / 4294967296);
  });

  it('randomMulberry32() stays in [0, 1) with mean 1/2 (10^5 draws, tolerance 5 SE = 5·√(1/12/10^5) ≈ 0.0046)', () => {
    const rng = randomMulberry32(7);
    let sum = 0;
    for (let i = 0; i < 1e5; i++) {
      const u = rng();
      if (!(u >= 0 && u < 1)) throw new Error(`out of range: ${u}`);
      sum += u;
    }
    assertAbsClose(sum / 1e5, 0.5, 0.0046, 'mean');
  });
});

describe('mixSeed', () => {
  it('mixSeed() gives distinct streams for neighbouring seeds and streams', () => {
    const seen = new Set<number>();
    for (let s = 0; s < 50; s++) for (let k = 0; k < 50; k++) seen.add(mixSeed(s, k));
    expect(seen.size).toBe(2500);
  });
});

describe('randomNormal', () => {
  it('randomNormal() has mean 0 and variance 1 (10^5 draws, tolerances 5 SE: 0.016 and 0.023)', () => {
    const normal = randomNormal(randomMulberry32(3));
    let s = 0;
    let q = 0;
    for (let i = 0; i < 1e5; i++) {
      const z = normal();
      s += z;
      q += z * z;
    }
    assertAbsClose(s / 1e5, 0, 0.016, 'mean');
    // Var of z² is 2: SE of the mean of z² is √(2/10^5) ≈ 0.0045.
    assertAbsClose(q / 1e5, 1, 0.023, 'variance');
  });
});
