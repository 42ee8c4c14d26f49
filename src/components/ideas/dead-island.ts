// Loaded by URL as a standalone module (see ./lazy.ts): upgrades every <act-idea-dead> when it runs.
import { upgradeAll } from './island';
import { renderDead } from './dead-view';

// Input shift, α and seed controls; URL keys ['deadShift', 'deadAlpha', 'deadSeed'].
upgradeAll('act-idea-dead', ['deadShift', 'deadAlpha', 'deadSeed'], renderDead);
