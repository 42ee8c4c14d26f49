import { withPage } from '../activation.ts';
import type { Activation, ActivationCurve } from '../activation.ts';
import { tanh as tanhF, tanhGrad } from '../tanh.ts';

/** What the plots and the URL state need of tanh: bundled into the browser, unlike the page's part. */
export const tanhCurve: ActivationCurve = {
  id: 'tanh',
  nameKey: 'fn.tanh',
  params: [],
  kinks: [],
  f: (x) => tanhF(x),
  df: (x) => tanhGrad(x),
  series: [
    {
      id: 'tanh',
      nameKey: 'fn.tanh',
      style: { light: '#a16207', dark: '#fde047', dash: '6 3' },
      special: () => [{ kind: 'maxSlope', x: 0, y: tanhF(0), dy: tanhGrad(0) }],
    },
  ],
  compareDefault: false,
};

/** The hyperbolic tangent, the zero-centred squashing function (LeCun et al. 1998). */
export const tanh: Activation = /* @__PURE__ */ withPage(tanhCurve, {
  family: 'squashing',
  tex: {
    f: () => String.raw`\tanh(x) = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}} = 2\,\sigma(2x) - 1`,
    df: () => String.raw`\tanh'(x) = 1 - \tanh^{2}(x)`,
  },
  properties: { monotonic: true, smooth: 'smooth', zeroCentred: true, cost: 'exp' },
  torch: {
    module: 'Tanh',
    functional: 'tanh',
    args: [],
    keras: { call: 'tf.keras.activations.tanh(x)', defaultText: null, defaultParams: null },
    jax: { call: 'jnp.tanh(x)', defaultText: null, defaultParams: null },
  },
  ideas: ['depth'],
  facts: () => ({
    tanhGradZero: tanhGrad(0),
    tanhGrad3: tanhGrad(3),
    tanhAt2: tanhF(2),
    // The exact slope at x = 9, where PyTorch's float32 tanh already returns 1 and a gradient of 0.
    tanhGrad9: tanhGrad(9),
  }),
  source: 'lecun1998',
});
