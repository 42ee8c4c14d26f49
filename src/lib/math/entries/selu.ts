import { withPage } from '../activation.ts';
import type { Activation, ActivationCurve } from '../activation.ts';
import { selu as seluF, seluGrad, seluLowerBound, SELU_ALPHA, SELU_SCALE } from '../selu.ts';
import { normalPdf } from '../normal.ts';
import { relu } from '../relu.ts';
import { texSeluConstants } from '../tex.ts';

/** What the plots and the URL state need of selu: bundled into the browser, unlike the page's part. */
export const seluCurve: ActivationCurve = {
  id: 'selu',
  nameKey: 'fn.selu',
  params: [],
  kinks: [0],
  f: (x) => seluF(x),
  df: (x) => seluGrad(x),
  series: [{ id: 'selu', nameKey: 'fn.selu', style: { light: '#4d7c0f', dark: '#bef264', dash: '4 2 1 2' } }],
  compareDefault: false,
};

/** SELU: λ·ELU with PyTorch's fixed α and λ, the self-normalising activation (Klambauer et al. 2017). */
export const selu: Activation = /* @__PURE__ */ withPage(seluCurve, {
  family: 'rectifier',
  tex: {
    f: () =>
      String.raw`\operatorname{SELU}(x) = \lambda \begin{cases} x & x > 0 \\ \alpha\,(e^{x} - 1) & x \le 0 \end{cases}`,
    df: () =>
      String.raw`\operatorname{SELU}'(x) = \lambda \begin{cases} 1 & x > 0 \\ \alpha\,e^{x} & x \le 0 \end{cases}`,
    extra: [
      {
        labelKey: 'formula.seluConstants',
        // Pure: a browser bundle that never reads the TeX drops the call.
        tex: /* @__PURE__ */ texSeluConstants(),
      },
    ],
  },
  properties: { monotonic: true, smooth: 'kink', zeroCentred: true, cost: 'exp' },
  torch: {
    module: 'SELU',
    functional: 'selu',
    args: [],
    keras: { call: 'tf.keras.activations.selu(x)', defaultText: null, defaultParams: null },
    jax: { call: 'jax.nn.selu(x)', defaultText: null, defaultParams: null },
  },
  ideas: ['depth'],
  facts: () => {
    // E[g(s·Z)] for Z ~ N(0, 1): composite Simpson on [−12, 0] and [0, 12] (SELU's kink at 0
    // sits on a panel boundary; beyond |z| = 12 the density is below 1e-31).
    const expect = (g: (x: number) => number, s = 1): number => {
      const n = 6000;
      const h = 12 / n;
      let sum = 0;
      for (const side of [-1, 1])
        for (let i = 0; i <= n; i++) {
          const z = side * i * h;
          sum += (i === 0 || i === n ? 1 : i % 2 ? 4 : 2) * g(s * z) * normalPdf(z);
        }
      return (sum * h) / 3;
    };
    // Variance of g(√v·Z): the paper's layer map with mean-zero weights (Σw = 0, Σw² = 1).
    const variance = (g: (x: number) => number, v: number): number => {
      const s = Math.sqrt(v);
      const m = expect(g, s);
      return expect((x) => g(x) ** 2, s) - m * m;
    };
    return {
      seluAlpha: SELU_ALPHA,
      seluScale: SELU_SCALE,
      seluLowerBound: seluLowerBound(),
      seluGradZero: seluGrad(0),
      seluNormalMean: expect(seluF),
      seluNormalVar: variance(seluF, 1),
      seluVarFromHalf: variance(seluF, 0.5),
      seluVarFromTwo: variance(seluF, 2),
      seluReluNormalMean: expect(relu),
      seluReluNormalVar: variance(relu, 1),
    };
  },
  source: 'klambauer2017',
});
