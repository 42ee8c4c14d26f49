import type { Activation, ActivationCurve, ParamValues, RangeParam } from '../activation.ts';
import { paramNumber, withPage } from '../activation.ts';
import { elu as eluF, eluGrad, eluLowerBound } from '../elu.ts';
import { texNumber } from '../tex.ts';

const alpha: RangeParam = {
  kind: 'range',
  id: 'alpha',
  key: 'alpha',
  labelKey: 'control.eluAlpha',
  symbol: 'α',
  min: 0.1,
  max: 3,
  step: 0.05,
  default: 1,
  digits: 2,
};

const a = (p?: ParamValues) => paramNumber(p, alpha);
const sym = (p?: ParamValues) => (p ? texNumber(a(p)) : String.raw`\alpha`);

/** What the plots and the URL state need of elu: bundled into the browser, unlike the page's part. */
export const eluCurve: ActivationCurve = {
  id: 'elu',
  nameKey: 'fn.elu',
  params: [alpha],
  kinks: [0],
  f: (x, p) => eluF(x, a(p)),
  df: (x, p) => eluGrad(x, a(p)),
  series: [{ id: 'elu', nameKey: 'fn.elu', style: { light: '#0f766e', dark: '#5eead4', dash: '14 3 3 3' } }],
  compareDefault: false,
};

/** ELU: x for x > 0, α(eˣ − 1) below (Clevert et al. 2016). */
export const elu: Activation = /* @__PURE__ */ withPage(eluCurve, {
  family: 'rectifier',
  tex: {
    f: (p) =>
      String.raw`\operatorname{ELU}(x) = \begin{cases} x & x > 0 \\ ${sym(p)}\,(e^{x} - 1) & x \le 0 \end{cases}`,
    df: (p) => String.raw`\operatorname{ELU}'(x) = \begin{cases} 1 & x > 0 \\ ${sym(p)}\,e^{x} & x \le 0 \end{cases}`,
  },
  properties: { monotonic: true, smooth: 'kink', zeroCentred: false, cost: 'exp' },
  torch: {
    module: 'ELU',
    functional: 'elu',
    args: [{ name: 'alpha', param: 'alpha', default: 1 }],
    notes: [{ key: 'code.eluNote' }],
    keras: { call: 'tf.keras.activations.elu(x, alpha=1.0)', defaultText: 'alpha=1.0', defaultParams: { alpha: 1 } },
    jax: { call: 'jax.nn.elu(x, alpha=1.0)', defaultText: 'alpha=1.0', defaultParams: { alpha: 1 } },
  },
  ideas: ['dead'],
  facts: () => ({
    eluLowerBound: eluLowerBound(1),
    eluAtMinus3: eluF(-3, 1),
    eluGradZero: eluGrad(0, 1),
    eluGradMinus3: eluGrad(-3, 1),
    // With α = 2 the slope jumps at 0: α from the left (PyTorch's value at 0), 1 from the right.
    eluGradZeroAlpha2: eluGrad(0, 2),
    eluGradRightAlpha2: eluGrad(1e-9, 2),
  }),
  source: 'clevert2016',
});
