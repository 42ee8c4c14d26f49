// Benchmark of the numeric core (`node scripts/bench-math.mjs`, Node 24): evaluations per
// second of every activation and derivative over 10^6 points, and the time to sample every
// curve of the registry and its derivative at 1,000 points each (budget: < 0.2 ms per curve,
// the first budget's 1 ms for the five curves of the time, kept per curve as the registry
// grows). Prints, never asserts.
//
// The TypeScript sources are bundled with esbuild (Astro's own dependency) into a temporary
// ES module, so the code measured is the code a bundler ships, whatever its import style.
import { loadBundled } from './bench-bundle.mjs';
import { performance } from 'node:perf_hooks';

async function loadModules() {
  return loadBundled(
    ["export * from './src/lib/math/index.ts';", "export { sampleCurve, sampleGrid } from './src/lib/plot/sample.ts';"],
    'bench-math',
  );
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const m = await loadModules();

// 10^6 points on [-10, 10]: the range plots show, plus both tails' branches.
const N = 1_000_000;
const grid = new Float64Array(N);
for (let i = 0; i < N; i++) grid[i] = -10 + (20 * i) / (N - 1);

// Every activation of the registry with its default parameters, then the forms and helpers
// the registry reaches through a parameter or uses inside.
const functions = [
  ...m.activationIds.map((id) => [id, (x) => m.activations[id].f(x), (x) => m.activations[id].df(x)]),
  ['geluTanh', m.geluTanh, m.geluTanhGrad],
  ['geluSigmoid', m.geluSigmoid, m.geluSigmoidGrad],
  ['leakyRelu(x, 0.1)', (x) => m.leakyRelu(x, 0.1), (x) => m.leakyReluGrad(x, 0.1)],
  ['swish(x, 1.5)', (x) => m.swish(x, 1.5), (x) => m.swishGrad(x, 1.5)],
  ['normalCdf / Pdf', m.normalCdf, m.normalPdf],
  ['erf / erfc', m.erf, m.erfc],
];

let sink = 0;
/** Millions of evaluations per second of g over the grid (median of 5 runs after a warm-up). */
function rate(g) {
  // A fresh loop per function: one shared loop would see every function at one call site and
  // measure V8's polymorphic dispatch rather than the function.
  const loop = new Function('g', 'grid', 'let s = 0; for (let i = 0; i < grid.length; i++) s += g(grid[i]); return s;');
  const runs = [];
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    sink += loop(g, grid);
    const t = performance.now() - t0;
    if (r >= 2) runs.push(t);
  }
  return N / median(runs) / 1000;
}

console.log(
  `Evaluations over ${N.toLocaleString('en')} points of [-10, 10] (median of 5 runs, Node ${process.versions.node})\n`,
);
console.log(`${'function'.padEnd(20)} ${'f  (M eval/s)'.padStart(14)} ${'f′ (M eval/s)'.padStart(14)}`);
console.log(`${'-'.repeat(20)} ${'-'.repeat(14)} ${'-'.repeat(14)}`);
for (const [name, f, df] of functions)
  console.log(`${name.padEnd(20)} ${rate(f).toFixed(1).padStart(14)} ${rate(df).toFixed(1).padStart(14)}`);

// Every curve of the registry and its derivative, 1,000 points each (an island samples the shown ones).
function sampleAll() {
  let points = 0;
  for (const id of m.activationIds) {
    const a = m.activations[id];
    const g = m.sampleGrid(-4, 4, 1000, a.kinks);
    for (const fn of [(x) => a.f(x), (x) => a.df(x)]) for (const run of m.sampleCurve(fn, g)) points += run.length;
  }
  return points;
}
for (let i = 0; i < 20; i++) sink += sampleAll();
const times = [];
let points = 0;
for (let i = 0; i < 50; i++) {
  const t0 = performance.now();
  points = sampleAll();
  times.push(performance.now() - t0);
}
const ms = median(times);
const curves = m.activationIds.length;
const budgetMs = 0.2 * curves;
console.log(
  `\nSampling ${curves} curves + ${curves} derivatives at 1,000 points (${points.toLocaleString('en')} points in all)`,
);
console.log(
  `  median of 50 runs: ${ms.toFixed(3)} ms   (budget < ${budgetMs.toFixed(1)} ms, 0.2 ms per curve: ${ms < budgetMs ? 'met' : 'MISSED'})`,
);
console.log(`  min ${Math.min(...times).toFixed(3)} ms, max ${Math.max(...times).toFixed(3)} ms`);

const t0 = performance.now();
m.getFacts();
console.log(`\ngetFacts() first call (special points, cached afterwards): ${(performance.now() - t0).toFixed(1)} ms`);
if (Number.isNaN(sink)) console.log('(sink)');
