import type { Activation, ActivationCurve, ParamValues, RangeParam } from '../activation.ts';
import { paramNumber, withPage } from '../activation.ts';
import { softplus as softplusF, softplusGrad, softplusReluMaxGap } from '../softplus.ts';
import { texNumber } from '../tex.ts';

const beta: RangeParam = {
  kind: 'range',
  id: 'beta',
  key: 'beta',
  labelKey: 'control.softplusBeta',
  symbol: 'β',
  min: 0.1,
  max: 10,
  step: 0.1,
  default: 1,
  digits: 1,
};

const b = (p?: ParamValues) => paramNumber(p, beta);
const sym = (p?: ParamValues) => (p ? texNumber(b(p)) : String.raw`\beta`);
/** PyTorch's default threshold: above β·x = 20, nn.Softplus returns x itself. */
const TORCH_THRESHOLD = 20;

/** What the plots and the URL state need of softplus: bundled into the browser, unlike the page's part. */
export const softplusCurve: ActivationCurve = {
  id: 'softplus',
  nameKey: 'fn.softplus',
  params: [beta],
  kinks: [],
  f: (x, p) => softplusF(x, b(p)),
  df: (x, p) => softplusGrad(x, b(p)),
  series: [{ id: 'softplus', nameKey: 'fn.softplus', style: { light: '#c026d3', dark: '#f0abfc', dash: '9 2' } }],
  compareDefault: false,
};

/** Softplus, the smooth ReLU (1/β)·ln(1 + e^(βx)) (Dugas et al. 2001; Glorot et al. 2011). */
export const softplus: Activation = /* @__PURE__ */ withPage(softplusCurve, {
  family: 'smooth',
  tex: {
    f: (p) => String.raw`\operatorname{Softplus}(x) = \frac{1}{${sym(p)}}\,\ln\!\left(1 + e^{${sym(p)}\,x}\right)`,
    df: (p) => String.raw`\operatorname{Softplus}'(x) = \sigma(${sym(p)}\,x) = \frac{1}{1 + e^{-${sym(p)}\,x}}`,
  },
  properties: { monotonic: true, smooth: 'smooth', zeroCentred: false, cost: 'exp' },
  torch: {
    module: 'Softplus',
    functional: 'softplus',
    args: [
      { name: 'beta', param: 'beta', default: 1 },
      { name: 'threshold', default: TORCH_THRESHOLD },
    ],
    notes: [{ key: 'code.softplusNote' }],
    keras: { call: 'tf.keras.activations.softplus(x)', defaultText: null, defaultParams: null },
    jax: { call: 'jax.nn.softplus(x)', defaultText: null, defaultParams: null },
  },
  ideas: ['dead'],
  facts: () => {
    const gap = softplusReluMaxGap(1);
    // The float32 number just above the threshold, by its bit pattern: the spacing of float32
    // values at 20, against which softplus(20) − 20 is too small to register.
    const next32 = new Float32Array([TORCH_THRESHOLD]);
    const bits = new Uint32Array(next32.buffer);
    bits[0] = (bits[0] ?? 0) + 1;
    return {
      softplusGap: gap.gap,
      softplusGapX: gap.x,
      softplusGapBeta10: softplusReluMaxGap(10).gap,
      softplusGradZero: softplusGrad(0),
      softplusGradMinus10: softplusGrad(-10),
      softplusThreshold: TORCH_THRESHOLD,
      softplusThresholdGap: softplusF(TORCH_THRESHOLD) - TORCH_THRESHOLD,
      softplusFloat32Spacing20: (next32[0] ?? Number.NaN) - TORCH_THRESHOLD,
    };
  },
  source: 'dugas2001',
});
