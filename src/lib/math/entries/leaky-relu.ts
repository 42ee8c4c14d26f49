import type { Activation, ActivationCurve, FrameworkCall, RangeParam } from '../activation.ts';
import { paramNumber, withPage } from '../activation.ts';
import { leakyRelu as leakyReluF, leakyReluGrad } from '../leaky-relu.ts';
import * as tex from '../tex.ts';

const alpha: RangeParam = {
  kind: 'range',
  id: 'alpha',
  key: 'alpha',
  labelKey: 'control.alpha',
  symbol: 'α',
  min: 0,
  max: 1,
  step: 0.01,
  default: 0.01,
  digits: 2,
  onCompare: true,
};

// Defaults as documented by each framework: tf.nn.leaky_relu alpha=0.2, JAX negative_slope=0.01.
const keras: FrameworkCall = {
  call: 'tf.nn.leaky_relu(x, alpha=0.01)',
  defaultText: 'alpha=0.2',
  defaultParams: { alpha: 0.2 },
};

/** What the plots and the URL state need of leakyRelu: bundled into the browser, unlike the page's part. */
export const leakyReluCurve: ActivationCurve = {
  id: 'leaky-relu',
  nameKey: 'fn.leakyRelu',
  params: [alpha],
  kinks: [0],
  f: (x, p) => leakyReluF(x, paramNumber(p, alpha)),
  df: (x, p) => leakyReluGrad(x, paramNumber(p, alpha)),
  series: [{ id: 'leaky-relu', nameKey: 'fn.leakyRelu', style: { light: '#7c3aed', dark: '#c4a5ff', dash: '2 3' } }],
  compareDefault: true,
};

/** Leaky ReLU with negative slope α (Maas et al. 2013). */
export const leakyRelu: Activation = /* @__PURE__ */ withPage(leakyReluCurve, {
  family: 'rectifier',
  tex: {
    f: (p) => tex.texLeakyRelu(p && paramNumber(p, alpha)),
    df: (p) => tex.texLeakyReluGrad(p && paramNumber(p, alpha)),
  },
  properties: { monotonic: true, smooth: 'kink', zeroCentred: false, cost: 'compare' },
  torch: {
    module: 'LeakyReLU',
    functional: 'leaky_relu',
    args: [{ name: 'negative_slope', param: 'alpha', default: 0.01 }],
    notes: [{ key: 'code.alphaNote' }],
    keras,
    jax: {
      call: 'jax.nn.leaky_relu(x, negative_slope=0.01)',
      defaultText: 'negative_slope=0.01',
      defaultParams: { alpha: 0.01 },
    },
  },
  ideas: ['dead'],
  facts: () => {
    // The α TensorFlow's tf.nn.leaky_relu defaults to, read from this entry's Keras call (not
    // through `leakyRelu` itself: a self-reference would keep the whole entry in browser bundles).
    const tfAlpha = Number(keras.defaultParams?.['alpha']);
    return {
      leakyReluGradZero: leakyReluGrad(0, alpha.default),
      leakyReluTfAlpha: tfAlpha,
      leakyReluTfAtMinus3: leakyReluF(-3, tfAlpha),
      leakyReluTorchAtMinus3: leakyReluF(-3, alpha.default),
      leakyReluIdentityAtMinus2: leakyReluF(-2, alpha.max),
      leakyReluIdentityGradMinus2: leakyReluGrad(-2, alpha.max),
    };
  },
  source: 'maas2013',
});
