// A registry entry that exists only in tests: a hard tanh, never on the built site. It proves
// that an activation needs no code outside its entry (and its strings) to be drawn, controlled,
// linked and run in the console.
import type { Activation, ParamValues, RangeParam } from '../../src/lib/math/activation';
import { paramNumber } from '../../src/lib/math/activation';

const limit: RangeParam = {
  kind: 'range',
  id: 'limit',
  key: 'limit',
  labelKey: 'control.alpha',
  symbol: 'λ',
  min: 0.5,
  max: 3,
  step: 0.5,
  default: 1,
  digits: 1,
};
const l = (p?: ParamValues) => paramNumber(p, limit);

/** Hardtanh: x clamped to [−λ, λ]. */
export const hardTanh: Activation = {
  id: 'hard-tanh-test',
  nameKey: 'fn.relu',
  family: 'squashing',
  params: [limit],
  kinks: [-1, 1],
  f: (x, p) => Math.min(l(p), Math.max(-l(p), x)),
  df: (x, p) => (Math.abs(x) < l(p) ? 1 : 0),
  tex: { f: () => String.raw`\operatorname{Hardtanh}(x) = \max(-1, \min(1, x))`, df: () => String.raw`1` },
  series: [{ id: 'hard-tanh-test', nameKey: 'fn.relu', style: { light: '#123456', dark: '#abcdef', dash: '7 1' } }],
  properties: { monotonic: true, smooth: 'kink', zeroCentred: true, cost: 'compare' },
  torch: {
    module: 'Hardtanh',
    functional: 'hardtanh',
    args: [
      { name: 'min_val', default: -1 },
      { name: 'max_val', param: 'limit', default: 1 },
    ],
    keras: { call: 'x', defaultText: null, defaultParams: null },
    jax: { call: 'x', defaultText: null, defaultParams: null },
  },
  ideas: [],
  compareDefault: true,
  source: 'hendrycks2016',
};
