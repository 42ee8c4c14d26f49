// Benchmark of the idea figures (`node scripts/bench-ideas.mjs`, Node 24): the time of one
// update of each interactive figure, as the browser's island runs it (compute + SVG nodes +
// texts). Budget: one gradients-through-depth update < 50 ms at n = 64, L = 50. Prints, never asserts.
//
// The sources are bundled with esbuild (as in bench-math.mjs), so the code measured is the
// code the figure modules ship.
import { loadBundled } from './bench-bundle.mjs';
import { performance } from 'node:perf_hooks';

async function loadModules() {
  return loadBundled(
    [
      "export { renderDepth, depthDesign } from './src/components/ideas/depth-view.ts';",
      "export { renderGate } from './src/components/ideas/gate-view.ts';",
      "export { renderDead } from './src/components/ideas/dead-view.ts';",
      "export { renderApprox } from './src/components/ideas/approx-view.ts';",
      "export { ideaDefaults } from './src/lib/ideas/state.ts';",
    ],
    'bench-ideas',
  );
}

const quantile = (values, q) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

const m = await loadModules();
const ms = (v) => `${v.toFixed(2)} ms`;

/** Times `runs` calls of f(i) (after `warm` unmeasured ones): median and p95. */
function time(f, runs = 30, warm = 3) {
  for (let i = 0; i < warm; i++) f(i);
  const t = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f(i);
    t.push(performance.now() - t0);
  }
  return { median: quantile(t, 0.5), p95: quantile(t, 0.95) };
}

const base = m.ideaDefaults;
console.log(`Gradients through depth, n = ${m.depthDesign.width}, batch ${m.depthDesign.batch}, 4 activations:`);
// First update of a new seed draws the 50 weight matrices too (the "Draw new weights" button).
{
  const t0 = performance.now();
  m.renderDepth({ ...base, depthSeed: 4242, depthL: 50 }, 'en', {});
  console.log(`  new seed, L = 50 (weights drawn, cold JIT): ${ms(performance.now() - t0)}`);
}
for (const init of ['he', 'xavier'])
  for (const L of [10, 20, 50]) {
    const r = time(() => m.renderDepth({ ...base, depthL: L, depthInit: init }, 'en', {}));
    console.log(
      `  L = ${String(L).padStart(2)}, ${init.padEnd(6)}: median ${ms(r.median)}, p95 ${ms(r.p95)}  (budget at L = 50: < 50 ms)`,
    );
  }
// A slider drag: L moves 1 → 50, one update per step.
{
  const r = time((i) => m.renderDepth({ ...base, depthL: (i % 50) + 1 }, 'en', {}), 50, 0);
  console.log(`  slider sweep L = 1 … 50: median ${ms(r.median)}, p95 ${ms(r.p95)}`);
}

console.log('\nOther figures, one update each:');
for (const n of [10, 1000]) {
  const r = time((i) => m.renderGate({ ...base, mcN: n, mcSeed: i + 1 }, 'en', {}));
  console.log(`  stochastic gate, ${String(n).padStart(4)} draws per input: median ${ms(r.median)}, p95 ${ms(r.p95)}`);
}
{
  const r = time((i) => m.renderDead({ ...base, deadShift: -4 + (i % 60) / 10 }, 'en', {}));
  console.log(`  dead units (1000 units × 200 inputs): median ${ms(r.median)}, p95 ${ms(r.p95)}`);
}
{
  const r = time((i) => m.renderApprox({ ...base, apX: -6 + (i % 120) / 10 }, 'en', {}));
  console.log(`  approximation probe: median ${ms(r.median)}, p95 ${ms(r.p95)}`);
}
