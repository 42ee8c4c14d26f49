// Seeded randomness for the idea figures: a link with the same seed redraws the same figure.

/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit-state generator with period 2^32,
 * passing gjrand and PractRand up to 2^32 outputs; ample for a few hundred thousand draws
 * per figure. Returns uniforms in [0, 1) with 32 random bits each.
 * @example randomMulberry32(42)() // 0.6011037519201636 (= 2581720956 / 2^32)
 */
export function randomMulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The seed of stream `stream` of a figure seeded with `seed` (MurmurHash3's 32-bit finaliser
 * over the pair), so every input, layer or unit draws from its own reproducible stream.
 */
export function mixSeed(seed: number, stream: number): number {
  let h = (seed >>> 0) ^ Math.imul(stream >>> 0, 0x9e3779b9);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Standard normal draws from a uniform generator (Box–Muller, both values of each pair used;
 * 1 - u keeps the logarithm's argument in (0, 1]).
 */
export function randomNormal(rng: () => number): () => number {
  let spare = Number.NaN;
  return () => {
    if (!Number.isNaN(spare)) {
      const s = spare;
      spare = Number.NaN;
      return s;
    }
    const r = Math.sqrt(-2 * Math.log(1 - rng()));
    const theta = 2 * Math.PI * rng();
    spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  };
}
