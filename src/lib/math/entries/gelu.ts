import type { Activation, ActivationCurve, ChoiceParam } from '../activation.ts';
import { paramChoice, withPage } from '../activation.ts';
import { gelu as geluErf, geluGrad } from '../gelu.ts';
import { geluSigmoid, geluSigmoidGrad } from '../gelu-sigmoid.ts';
import { geluTanh, geluTanhGrad } from '../gelu-tanh.ts';
import { geluMinimum } from '../special.ts';
import * as tex from '../tex.ts';

const approx = {
  kind: 'choice',
  id: 'approx',
  key: 'approx',
  labelKey: 'control.approx',
  options: [
    { value: 'erf', labelKey: 'control.approx.erf' },
    { value: 'tanh', labelKey: 'control.approx.tanh' },
    { value: 'sigmoid', labelKey: 'control.approx.sigmoid' },
  ],
  default: 'erf',
} as const satisfies ChoiceParam;

const forms = {
  erf: { f: geluErf, df: geluGrad },
  tanh: { f: geluTanh, df: geluTanhGrad },
  sigmoid: { f: geluSigmoid, df: geluSigmoidGrad },
} as const;

// Kept apart from `forms`: the browser needs the functions, never the TeX.
const formTex = {
  erf: { f: tex.texGelu, df: tex.texGeluGrad },
  tanh: { f: tex.texGeluTanh, df: tex.texGeluTanhGrad },
  sigmoid: { f: tex.texGeluSigmoid, df: tex.texGeluSigmoidGrad },
} as const;

/** What the plots and the URL state need of gelu: bundled into the browser, unlike the page's part. */
export const geluCurve: ActivationCurve = {
  id: 'gelu',
  nameKey: 'fn.gelu',
  params: [approx],
  kinks: [],
  f: (x, p) => forms[paramChoice(p, approx)].f(x),
  df: (x, p) => forms[paramChoice(p, approx)].df(x),
  series: [
    {
      id: 'gelu',
      nameKey: 'fn.gelu',
      fixed: { approx: 'erf' },
      style: { light: '#1f5fbf', dark: '#7fb0ff', dash: '' },
      special: () => {
        const m = geluMinimum();
        return [{ kind: 'minimum', x: m.x, y: m.y, dy: 0 }];
      },
    },
    {
      id: 'gelu-tanh',
      nameKey: 'fn.geluTanh',
      fixed: { approx: 'tanh' },
      style: { light: '#0e7490', dark: '#67e8f9', dash: '1 4' },
    },
    {
      id: 'gelu-sigmoid',
      nameKey: 'fn.geluSigmoid',
      fixed: { approx: 'sigmoid' },
      style: { light: '#6b7280', dark: '#cbd5e1', dash: '12 4' },
    },
  ],
  compareDefault: true,
};

/** GELU, x·Φ(x), with its tanh and sigmoid forms (Hendrycks & Gimpel 2016). */
export const gelu: Activation = /* @__PURE__ */ withPage(geluCurve, {
  family: 'smooth',
  tex: {
    f: (p) => formTex[paramChoice(p, approx)].f,
    df: (p) => formTex[paramChoice(p, approx)].df,
    extra: [
      { labelKey: 'formula.phi', tex: tex.texPhi },
      { labelKey: 'formula.tanh', tex: tex.texGeluTanh },
      { labelKey: 'formula.sigmoid', tex: tex.texGeluSigmoid },
    ],
  },
  minimum: () => geluMinimum(),
  properties: { monotonic: false, smooth: 'smooth', zeroCentred: false, cost: 'erf' },
  torch: {
    module: 'GELU',
    functional: 'gelu',
    args: [{ name: 'approximate', param: 'approx', default: 'erf', values: { erf: 'none', tanh: 'tanh' } }],
    expressions: [{ when: { approx: 'sigmoid' }, source: 't * torch.sigmoid(1.702 * t)', op: 'gelu_sigmoid' }],
    // GELU(-inf) is -inf × 0 inside PyTorch's kernel.
    nanAt: [-Infinity],
    frameworkNotes: ['frameworks.mixing'],
    keras: {
      call: 'tf.keras.activations.gelu(x, approximate=False)',
      defaultText: 'approximate=False',
      defaultParams: { approx: 'erf' },
    },
    jax: {
      call: 'jax.nn.gelu(x, approximate=False)',
      defaultText: 'approximate=True',
      defaultParams: { approx: 'tanh' },
    },
  },
  ideas: ['gate', 'approx'],
  facts: () => ({
    // PyTorch's autograd slope at 0: Φ(0) + 0·φ(0) = 1/2 (an exercise's answer).
    geluGradZero: geluGrad(0),
  }),
  source: 'hendrycks2016',
});
