// Sampling for straight-line plots: the grid holds x = 0 and each kink exactly, so ReLU's
// corner is a vertex of the polyline instead of being cut off between two samples.

/** A point [x, y] of a sampled curve. */
export type SamplePoint = [number, number];

/**
 * About n evenly spaced x in [xMin, xMax], sorted, without duplicates, that always holds
 * xMin, xMax, 0 (when inside) and every kink inside exactly. A regular point closer than
 * 1e-9 of the span to one of those gives way to it, so no sliver segments appear.
 * @example sampleGrid(-1, 1, 5) // Float64Array [-1, -0.5, 0, 0.5, 1]
 */
export function sampleGrid(xMin: number, xMax: number, n: number, kinks: readonly number[] = []): Float64Array {
  if (!(Number.isFinite(xMin) && Number.isFinite(xMax) && xMin < xMax))
    throw new RangeError(`sampleGrid: need finite xMin < xMax, got [${xMin}, ${xMax}]`);
  if (!(Number.isInteger(n) && n >= 2)) throw new RangeError(`sampleGrid: n must be an integer >= 2, got ${n}`);
  const forced = [xMin, xMax];
  for (const k of [0, ...kinks]) if (k > xMin && k < xMax) forced.push(k);
  forced.sort((a, b) => a - b);
  const span = xMax - xMin;
  const eps = span * 1e-9;
  const out = new Float64Array(n + forced.length);
  let len = 0;
  let fi = 0;
  const push = (x: number) => {
    if (len === 0 || x !== out[len - 1]) out[len++] = x;
  };
  for (let i = 0; i < n; i++) {
    // Counting from the nearer end keeps both ends exact and a symmetric domain's grid
    // symmetric (x and -x both present, the middle exactly 0).
    const x = 2 * i < n - 1 ? xMin + span * (i / (n - 1)) : xMax - span * ((n - 1 - i) / (n - 1));
    let f = forced[fi];
    while (f !== undefined && f <= x + eps) {
      push(f);
      f = forced[++fi];
    }
    const last = len > 0 ? (out[len - 1] as number) : -Infinity;
    const next = forced[fi] ?? Infinity;
    if (x - last > eps && next - x > eps) push(x);
  }
  for (; fi < forced.length; fi++) push(forced[fi] as number);
  return out.slice(0, len);
}

/**
 * [x, f(x)] at each grid point, split into runs wherever f(x) is not finite: the non-finite
 * point is dropped and the path breaks there, so a renderer draws each run as a polyline.
 */
export function sampleCurve(f: (x: number) => number, grid: ArrayLike<number>): SamplePoint[][] {
  const runs: SamplePoint[][] = [];
  let run: SamplePoint[] = [];
  for (let i = 0; i < grid.length; i++) {
    const x = grid[i] as number;
    const y = f(x);
    if (Number.isFinite(y)) run.push([x, y]);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
