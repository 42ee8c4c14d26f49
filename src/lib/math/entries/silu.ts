import type { Activation, ActivationCurve, ParamValues, RangeParam } from '../activation.ts';
import { paramNumber, withPage } from '../activation.ts';
import { silu as siluF, siluGrad } from '../silu.ts';
import { swishMinimum } from '../special.ts';
import { swish, swishGrad } from '../swish.ts';
import * as tex from '../tex.ts';

const beta: RangeParam = {
  kind: 'range',
  id: 'beta',
  key: 'beta',
  labelKey: 'control.beta',
  symbol: 'β',
  min: 0.01,
  max: 10,
  step: 0.01,
  default: 1,
  digits: 2,
  onCompare: true,
  renames: 'fn.swish',
};

// β = 1 is plain SiLU; any other β is swish, which nn.SiLU itself does not offer.
const b = (p?: ParamValues) => paramNumber(p, beta);

/** What the plots and the URL state need of silu: bundled into the browser, unlike the page's part. */
export const siluCurve: ActivationCurve = {
  id: 'silu',
  nameKey: 'fn.silu',
  params: [beta],
  kinks: [],
  f: (x, p) => (b(p) === 1 ? siluF(x) : swish(x, b(p))),
  df: (x, p) => (b(p) === 1 ? siluGrad(x) : swishGrad(x, b(p))),
  series: [
    {
      id: 'silu',
      nameKey: 'fn.silu',
      style: { light: '#047857', dark: '#4ade80', dash: '10 3 2 3' },
      special: (p) => {
        const m = swishMinimum(b(p));
        return [{ kind: 'minimum', x: m.x, y: m.y, dy: 0 }];
      },
    },
  ],
  compareDefault: true,
};

/** SiLU, x·σ(x), and the swish family x·σ(βx) (Elfwing et al. 2018; Ramachandran et al. 2017). */
export const silu: Activation = /* @__PURE__ */ withPage(siluCurve, {
  family: 'smooth',
  tex: {
    f: (p) => tex.texSilu(p && b(p)),
    df: (p) => tex.texSiluGrad(p && b(p)),
    extra: [{ labelKey: 'formula.swish', tex: tex.texSwish }],
  },
  minimum: (p) => swishMinimum(b(p)),
  properties: { monotonic: false, smooth: 'smooth', zeroCentred: false, cost: 'exp' },
  torch: {
    module: 'SiLU',
    functional: 'silu',
    args: [],
    // SiLU(-inf) is -inf × 0 inside PyTorch's kernel.
    nanAt: [-Infinity],
    notes: [
      {
        key: 'console.swishNote',
        code: ['beta = 1.5', 'output = input_data * torch.sigmoid(beta * input_data)'].join('\n'),
      },
    ],
    keras: { call: 'tf.nn.silu(x)', defaultText: null, defaultParams: null },
    jax: { call: 'jax.nn.silu(x)', defaultText: null, defaultParams: null },
  },
  ideas: ['depth'],
  facts: () => {
    const m2 = swishMinimum(2);
    return {
      siluGradZero: siluGrad(0),
      siluMinXBeta2: m2.x,
      siluMinYBeta2: m2.y,
    };
  },
  source: 'elfwing2018',
});
