import { withPage } from '../activation.ts';
import type { Activation, ActivationCurve } from '../activation.ts';
import { sigmoid as sigmoidF, sigmoidGrad } from '../sigmoid.ts';
import { sigmoidGradMaximum } from '../special.ts';
import * as tex from '../tex.ts';

/** What the plots and the URL state need of sigmoid: bundled into the browser, unlike the page's part. */
export const sigmoidCurve: ActivationCurve = {
  id: 'sigmoid',
  nameKey: 'fn.sigmoid',
  params: [],
  kinks: [],
  f: (x) => sigmoidF(x),
  df: (x) => sigmoidGrad(x),
  series: [
    {
      id: 'sigmoid',
      nameKey: 'fn.sigmoid',
      style: { light: '#b91c5c', dark: '#f472b6', dash: '5 5' },
      special: () => {
        const m = sigmoidGradMaximum();
        return [{ kind: 'maxSlope', x: m.x, y: sigmoidF(m.x), dy: m.y }];
      },
    },
  ],
  compareDefault: true,
};

/** The logistic sigmoid, 1/(1 + e^(−x)). */
export const sigmoid: Activation = /* @__PURE__ */ withPage(sigmoidCurve, {
  family: 'squashing',
  tex: { f: () => tex.texSigmoid, df: () => tex.texSigmoidGrad },
  properties: { monotonic: true, smooth: 'smooth', zeroCentred: false, cost: 'exp' },
  torch: {
    module: 'Sigmoid',
    functional: 'sigmoid',
    args: [],
    keras: { call: 'tf.keras.activations.sigmoid(x)', defaultText: null, defaultParams: null },
    jax: { call: 'jax.nn.sigmoid(x)', defaultText: null, defaultParams: null },
  },
  ideas: ['depth'],
  facts: () => {
    // σ(x) = 0.99 at the logit of 0.99, ln(0.99/0.01) = ln 99.
    const x99 = Math.log(99);
    // The glossary's vanishing-gradient example: a chain of sigmoid units multiplies at most
    // σ′'s maximum per layer, so this many layers shrink the gradient by at least this factor.
    const depth = 10;
    return {
      sigmoid99X: x99,
      sigmoid99: sigmoidF(x99),
      sigmoid99Grad: sigmoidGrad(x99),
      // The most ten sigmoid layers' own factors can pass back (weights aside): σ′(0)¹⁰.
      sigmoidGradMaxPow10: sigmoidGradMaximum().y ** 10,
      sigmoidChainDepth: depth,
      sigmoidChainBound: sigmoidGradMaximum().y ** depth,
    };
  },
  source: 'rumelhart1986',
});
