// Loaded by URL as a standalone module (see ./lazy.ts): upgrades every <act-idea-gate> when it runs.
import { upgradeAll } from './island';
import { renderGate } from './gate-view';

// Sample count, probe and seed controls; URL keys ['mcSeed', 'mcN', 'mcX'].
upgradeAll('act-idea-gate', ['mcSeed', 'mcN', 'mcX'], renderGate);
