import { withPage } from '../activation.ts';
import type { Activation, ActivationCurve } from '../activation.ts';
import { relu as reluF, reluGrad } from '../relu.ts';
import { geluMinimum } from '../special.ts';
import { gelu } from '../gelu.ts';
import * as tex from '../tex.ts';

/** What the plots and the URL state need of relu: bundled into the browser, unlike the page's part. */
export const reluCurve: ActivationCurve = {
  id: 'relu',
  nameKey: 'fn.relu',
  params: [],
  kinks: [0],
  f: (x) => reluF(x),
  df: (x) => reluGrad(x),
  series: [{ id: 'relu', nameKey: 'fn.relu', style: { light: '#c2410c', dark: '#fb923c', dash: '8 4' } }],
  compareDefault: true,
};

/** ReLU, max(0, x) (Nair & Hinton 2010). */
export const relu: Activation = /* @__PURE__ */ withPage(reluCurve, {
  family: 'rectifier',
  tex: { f: () => tex.texRelu, df: () => tex.texReluGrad },
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
  facts: () => {
    // ReLU − GELU = x·Φ(−x) for x > 0 and equals −GELU(−x): the gap is even in x and peaks at
    // minus GELU's minimiser, with GELU's minimum value as its size.
    const gapX = -geluMinimum().x;
    return {
      reluGradZero: reluGrad(0),
      reluAtMinus2: reluF(-2),
      reluGradMinus2: reluGrad(-2),
      reluGeluMaxGap: reluF(gapX) - gelu(gapX),
      reluGeluMaxGapX: gapX,
    };
  },
  source: 'nair2010',
});
