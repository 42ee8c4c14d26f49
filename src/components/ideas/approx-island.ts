// Loaded by URL as a standalone module (see ./lazy.ts): upgrades every <act-idea-approx> when it runs.
import { upgradeAll } from './island';
import { renderApprox } from './approx-view';

// The probe slider moves across both panels; URL keys ['apX'].
upgradeAll('act-idea-approx', ['apX'], renderApprox);
