// Loaded by URL as a standalone module (see ./lazy.ts): upgrades every <act-idea-depth> when it runs.
import { upgradeAll } from './island';
import { renderDepth } from './depth-view';

// Depth slider, initialisation and seed; URL keys depthL, depthInit, depthSeed. Each move
// reruns the forward and backward passes (< 50 ms at n = 64, L = 50: see scripts/bench-ideas.mjs).
upgradeAll('act-idea-depth', ['depthL', 'depthInit', 'depthSeed'], renderDepth);
