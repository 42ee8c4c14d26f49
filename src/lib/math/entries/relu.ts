import type { Activation } from '../activation.ts';
import { relu as reluF, reluGrad } from '../relu.ts';
import * as tex from '../tex.ts';

/** ReLU, max(0, x) (Nair & Hinton 2010). */
export const relu: Activation = {
  id: 'relu',
  nameKey: 'fn.relu',
  family: 'rectifier',
  params: [],
  kinks: [0],
  f: (x) => reluF(x),
  df: (x) => reluGrad(x),
  tex: { f: () => tex.texRelu, df: () => tex.texReluGrad },
  series: [{ id: 'relu', nameKey: 'fn.relu', style: { light: '#c2410c', dark: '#fb923c', dash: '8 4' } }],
  minimum: () => ({ x: 0, y: reluF(0), flat: true }),
  properties: { monotonic: true, smooth: 'kink', zeroCentred: false, cost: 'compare' },
  torch: {
    module: 'ReLU',
    functional: 'relu',
    args: [],
    keras: { call: 'tf.keras.activations.relu(x)', defaultText: null, defaultParams: null },
    jax: { call: 'jax.nn.relu(x)', defaultText: null, defaultParams: null },
  },
  ideas: ['dead'],
  compareDefault: true,
  source: 'nair2010',
};
