import type { Activation } from '../activation.ts';
import { sigmoid as sigmoidF, sigmoidGrad } from '../sigmoid.ts';
import { sigmoidGradMaximum } from '../special.ts';
import * as tex from '../tex.ts';

/** The logistic sigmoid, 1/(1 + e^(−x)). */
export const sigmoid: Activation = {
  id: 'sigmoid',
  nameKey: 'fn.sigmoid',
  family: 'squashing',
  params: [],
  kinks: [],
  f: (x) => sigmoidF(x),
  df: (x) => sigmoidGrad(x),
  tex: { f: () => tex.texSigmoid, df: () => tex.texSigmoidGrad },
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
  properties: { monotonic: true, smooth: 'smooth', zeroCentred: false, cost: 'exp' },
  torch: {
    module: 'Sigmoid',
    functional: 'sigmoid',
    args: [],
    keras: { call: 'tf.keras.activations.sigmoid(x)', defaultText: null, defaultParams: null },
    jax: { call: 'jax.nn.sigmoid(x)', defaultText: null, defaultParams: null },
  },
  ideas: ['depth'],
  compareDefault: true,
  facts: () => {
    // The glossary's vanishing-gradient example: a chain of sigmoid units multiplies at most
    // σ′'s maximum per layer, so this many layers shrink the gradient by at least this factor.
    const depth = 10;
    return { sigmoidChainDepth: depth, sigmoidChainBound: sigmoidGradMaximum().y ** depth };
  },
};
