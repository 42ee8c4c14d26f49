import { activations, type ActivationId, type ParamValues } from './registry.ts';

/** Smallest and largest value of f and of f′ over a domain. */
export interface Extents {
  f: [number, number];
  df: [number, number];
}

const SAMPLES = 512;
// Golden-section steps: 0.618^60 ≈ 3e-13 of a grid cell, far below any visible difference.
const GOLDEN_STEPS = 60;
const INV_PHI = (Math.sqrt(5) - 1) / 2;

/** Extremum of g on [a, b] by golden-section search; sign = 1 finds a minimum, -1 a maximum. */
function golden(g: (x: number) => number, a: number, b: number, sign: 1 | -1): number {
  let lo = a;
  let hi = b;
  let c = hi - INV_PHI * (hi - lo);
  let d = lo + INV_PHI * (hi - lo);
  let gc = sign * g(c);
  let gd = sign * g(d);
  for (let i = 0; i < GOLDEN_STEPS; i++) {
    if (gc < gd) {
      hi = d;
      d = c;
      gd = gc;
      c = hi - INV_PHI * (hi - lo);
      gc = sign * g(c);
    } else {
      lo = c;
      c = d;
      gc = gd;
      d = lo + INV_PHI * (hi - lo);
      gd = sign * g(d);
    }
  }
  return sign * Math.min(gc, gd);
}

/** [min, max] of g over [xMin, xMax]: a 512-point scan with golden-section refinement. */
function extent(g: (x: number) => number, xMin: number, xMax: number, kinks: readonly number[]): [number, number] {
  const xs: number[] = [];
  for (let i = 0; i < SAMPLES; i++) xs.push(i === SAMPLES - 1 ? xMax : xMin + ((xMax - xMin) * i) / (SAMPLES - 1));
  // Kinks (ReLU's corner) are where extremes of f′ jump: evaluate exactly there too.
  for (const k of [0, ...kinks]) if (k > xMin && k < xMax) xs.push(k);
  xs.sort((a, b) => a - b);
  const ys = xs.map(g);
  let lo = Infinity;
  let hi = -Infinity;
  ys.forEach((y, i) => {
    if (!Number.isFinite(y)) return;
    lo = Math.min(lo, y);
    hi = Math.max(hi, y);
    const prev = ys[i - 1];
    const next = ys[i + 1];
    const a = xs[i - 1];
    const b = xs[i + 1];
    if (prev === undefined || next === undefined || a === undefined || b === undefined) return;
    if (y <= prev && y <= next) lo = Math.min(lo, golden(g, a, b, 1));
    if (y >= prev && y >= next) hi = Math.max(hi, golden(g, a, b, -1));
  });
  return [lo, hi];
}

/**
 * Numeric [min, max] of f and f′ of activation `id` over [xMin, xMax], for y-scales.
 * Interior extrema (GELU's and SiLU's minima) are refined, not just sampled.
 */
export function range(id: ActivationId, p: ParamValues, xMin: number, xMax: number): Extents {
  if (!(Number.isFinite(xMin) && Number.isFinite(xMax) && xMin < xMax))
    throw new RangeError(`range: need finite xMin < xMax, got [${xMin}, ${xMax}]`);
  const a = activations[id];
  return {
    f: extent((x) => a.f(x, p), xMin, xMax, a.kinks),
    df: extent((x) => a.df(x, p), xMin, xMax, a.kinks),
  };
}
