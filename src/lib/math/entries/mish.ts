import { withPage } from '../activation.ts';
import type { Activation, ActivationCurve } from '../activation.ts';
import { mish as mishF, mishGrad, mishMinimum } from '../mish.ts';
import { solveBracketed } from '../root.ts';
import { sigmoid, sigmoidGrad } from '../sigmoid.ts';
import { silu, siluGrad } from '../silu.ts';
import { softplus } from '../softplus.ts';
import { tanh, tanhGrad } from '../tanh.ts';

/** What the plots and the URL state need of mish: bundled into the browser, unlike the page's part. */
export const mishCurve: ActivationCurve = {
  id: 'mish',
  nameKey: 'fn.mish',
  params: [],
  kinks: [],
  f: (x) => mishF(x),
  df: (x) => mishGrad(x),
  series: [
    {
      id: 'mish',
      nameKey: 'fn.mish',
      style: { light: '#57534e', dark: '#d6d3d1', dash: '3 3 9 3' },
      special: () => {
        const m = mishMinimum();
        return [{ kind: 'minimum', x: m.x, y: m.y, dy: 0 }];
      },
    },
  ],
  compareDefault: false,
};

/** Mish, x·tanh(softplus(x)) (Misra 2019). */
export const mish: Activation = /* @__PURE__ */ withPage(mishCurve, {
  family: 'smooth',
  tex: {
    f: () =>
      String.raw`\operatorname{Mish}(x) = x\,\tanh\!\bigl(\operatorname{softplus}(x)\bigr) = x\,\tanh\!\bigl(\ln(1 + e^{x})\bigr)`,
    df: () =>
      String.raw`\operatorname{Mish}'(x) = \tanh(s) + x\,\operatorname{sech}^{2}(s)\,\sigma(x), \quad s = \ln(1 + e^{x})`,
  },
  minimum: () => mishMinimum(),
  properties: { monotonic: false, smooth: 'smooth', zeroCentred: false, cost: 'exp' },
  torch: {
    module: 'Mish',
    functional: 'mish',
    args: [],
    // Mish(-inf) is -inf × tanh(0) inside PyTorch's kernel.
    nanAt: [-Infinity],
    keras: { call: 'x * tf.math.tanh(tf.math.softplus(x))', defaultText: null, defaultParams: null },
    jax: { call: 'x * jnp.tanh(jax.nn.softplus(x))', defaultText: null, defaultParams: null },
  },
  ideas: ['depth'],
  facts: () => {
    const m = mishMinimum();
    // Mish″ = sech²(sp)·σ(x)·(2 + x(1 − σ(x) − 2σ(x)·tanh(sp))), sp = softplus(x), and SiLU″.
    const mishCurv = (x: number): number => {
      const sp = softplus(x);
      const s = sigmoid(x);
      return tanhGrad(sp) * s * (2 + x * (1 - s - 2 * s * tanh(sp)));
    };
    const siluCurv = (x: number): number => sigmoidGrad(x) * (2 + x * (1 - 2 * sigmoid(x)));
    // A central difference is slope enough for Newton's steps: solveBracketed falls back to bisection.
    const h = 1e-6;
    const mishCurvSlope = (x: number): number => (mishCurv(x + h) - mishCurv(x - h)) / (2 * h);
    // Mish′ peaks where Mish″ changes sign (Mish″(1) > 0 > Mish″(2)).
    const peakX = solveBracketed(mishCurv, mishCurvSlope, 1, 2);
    // Mish − SiLU is largest where their slopes meet (Mish′ − SiLU′ is > 0 at 1, < 0 at 3).
    const gapX = solveBracketed(
      (x) => mishGrad(x) - siluGrad(x),
      (x) => mishCurv(x) - siluCurv(x),
      1,
      3,
    );
    return {
      mishMinX: m.x,
      mishMinY: m.y,
      mishGradZero: mishGrad(0),
      mishGradMax: mishGrad(peakX),
      mishGradMaxX: peakX,
      mishSiluMaxGap: mishF(gapX) - silu(gapX),
      mishSiluMaxGapX: gapX,
    };
  },
  source: 'misra2019',
});
