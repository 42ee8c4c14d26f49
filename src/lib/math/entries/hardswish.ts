import { withPage } from '../activation.ts';
import type { Activation, ActivationCurve } from '../activation.ts';
import { hardswish as hardswishF, hardswishGrad, hardswishMinimum } from '../hardswish.ts';
import { silu } from '../silu.ts';

/** What the plots and the URL state need of hardswish: bundled into the browser, unlike the page's part. */
export const hardswishCurve: ActivationCurve = {
  id: 'hardswish',
  nameKey: 'fn.hardswish',
  params: [],
  kinks: [-3, 3],
  f: (x) => hardswishF(x),
  df: (x) => hardswishGrad(x),
  series: [
    {
      id: 'hardswish',
      nameKey: 'fn.hardswish',
      style: { light: '#dc2626', dark: '#fca5a5', dash: '1 2 6 2' },
      special: () => {
        const m = hardswishMinimum();
        return [{ kind: 'minimum', x: m.x, y: m.y, dy: 0 }];
      },
    },
  ],
  compareDefault: false,
};

/** Hardswish, x·ReLU6(x + 3)/6, the piecewise-quadratic swish of MobileNetV3 (Howard et al. 2019). */
export const hardswish: Activation = /* @__PURE__ */ withPage(hardswishCurve, {
  family: 'rectifier',
  tex: {
    f: () =>
      String.raw`\operatorname{Hardswish}(x) = x\,\frac{\operatorname{ReLU6}(x + 3)}{6} = \begin{cases} 0 & x \le -3 \\ \frac{x\,(x + 3)}{6} & -3 < x < 3 \\ x & x \ge 3 \end{cases}`,
    df: () =>
      String.raw`\operatorname{Hardswish}'(x) = \begin{cases} 0 & x < -3 \\ \frac{2x + 3}{6} & -3 \le x \le 3 \\ 1 & x > 3 \end{cases}`,
  },
  minimum: () => hardswishMinimum(),
  properties: { monotonic: false, smooth: 'kink', zeroCentred: false, cost: 'compare' },
  torch: {
    module: 'Hardswish',
    functional: 'hardswish',
    args: [],
    // Hardswish(-inf) is -inf × 0 inside PyTorch's kernel.
    nanAt: [-Infinity],
    notes: [{ key: 'code.hardswishNote' }],
    keras: { call: 'x * tf.nn.relu6(x + 3.0) / 6.0', defaultText: null, defaultParams: null },
    jax: { call: 'jax.nn.hard_swish(x)', defaultText: null, defaultParams: null },
  },
  ideas: ['dead'],
  facts: () => {
    const m = hardswishMinimum();
    // Hardswish − SiLU is even (each is x/2 plus an even function); its size peaks at the kinks ±3,
    // where it is 3σ(−3). A scan of [0, 10] on a grid that holds 3 exactly finds that peak.
    let siluGap = 0;
    let siluGapX = 0;
    for (let i = 0; i <= 2000; i++) {
      const x = i / 200;
      const g = Math.abs(hardswishF(x) - silu(x));
      if (g > siluGap) {
        siluGap = g;
        siluGapX = x;
      }
    }
    return {
      hardswishMinX: m.x,
      hardswishMinY: m.y,
      hardswishGradZero: hardswishGrad(0),
      hardswishGradAt3: hardswishGrad(3),
      hardswishGradAtMinus3: hardswishGrad(-3),
      hardswishSiluMaxGap: siluGap,
      hardswishSiluMaxGapX: siluGapX,
    };
  },
  source: 'howard2019',
});
