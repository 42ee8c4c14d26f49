import { describe, it } from 'vitest';
import {
  activationIds,
  activation,
  activations,
  gelu,
  geluGrad,
  geluSigmoid,
  geluSigmoidGrad,
  geluTanhGrad,
  leakyRelu,
  leakyReluGrad,
  relu,
  sigmoid,
  sigmoidGrad,
  silu,
  siluGrad,
  swish,
  swishGrad,
  createRegistry,
  paramChoice,
  paramNumber,
  seriesFunctions,
  seriesOf,
  type ActivationId,
  type ParamValues,
  type RangeParam,
} from '../../../src/lib/math';
import { assertSame } from './helpers';

const xs = [-1000, -37, -3, -0.75, -0, 0, 0.5, 2, 40, Infinity, -Infinity];

describe('activations', () => {
  it('activationIds lists the eleven activations in the site order, each with its own id', () => {
    if (activationIds.join() !== 'gelu,relu,leaky-relu,silu,sigmoid,tanh,elu,selu,softplus,mish,hardswish')
      throw new Error(activationIds.join());
    for (const id of activationIds) if (activation(id).id !== id) throw new Error(`${id} has id ${activation(id).id}`);
  });

  it('activations[id].nameKey and torch.module name the i18n key and the torch.nn class', () => {
    const expected: Record<ActivationId, [string, string]> = {
      gelu: ['fn.gelu', 'GELU'],
      relu: ['fn.relu', 'ReLU'],
      'leaky-relu': ['fn.leakyRelu', 'LeakyReLU'],
      silu: ['fn.silu', 'SiLU'],
      sigmoid: ['fn.sigmoid', 'Sigmoid'],
    };
    for (const [id, [key, module]] of Object.entries(expected)) {
      const a = activation(id);
      if (a?.nameKey !== key || a.torch.module !== module) throw new Error(id);
    }
  });

  it('activations[id].f and .df are the module functions, with default parameters', () => {
    const cases: Array<[ActivationId, ParamValues | undefined, (x: number) => number, (x: number) => number]> = [
      ['gelu', undefined, gelu, geluGrad],
      ['gelu', { approx: 'sigmoid' }, geluSigmoid, geluSigmoidGrad],
      ['relu', undefined, relu, (x) => (x > 0 ? 1 : 0)],
      ['leaky-relu', undefined, (x) => leakyRelu(x, 0.01), (x) => leakyReluGrad(x, 0.01)],
      ['leaky-relu', { alpha: 0.3 }, (x) => leakyRelu(x, 0.3), (x) => leakyReluGrad(x, 0.3)],
      ['silu', undefined, silu, siluGrad],
      ['silu', { beta: 2.5 }, (x) => swish(x, 2.5), (x) => swishGrad(x, 2.5)],
      ['sigmoid', undefined, sigmoid, sigmoidGrad],
    ];
    for (const [id, p, f, df] of cases)
      for (const x of xs) {
        assertSame(activation(id).f(x, p), f(x), `${id}.f(${x}, ${JSON.stringify(p)})`);
        assertSame(activation(id).df(x, p), df(x), `${id}.df(${x})`);
      }
    assertSame(activation('gelu').df(1.5, { approx: 'tanh' }), geluTanhGrad(1.5), 'gelu.df tanh');
  });

  it('activations[id].params describe the controls: alpha [0, 1] / 0.01, beta [0.01, 10] / 0.01, approx erf|tanh|sigmoid', () => {
    const param = (id: string) => activations[id]?.params[0];
    const alpha = param('leaky-relu');
    const beta = param('silu');
    const approx = param('gelu');
    if (
      alpha?.kind !== 'range' ||
      alpha.key !== 'alpha' ||
      alpha.min !== 0 ||
      alpha.max !== 1 ||
      alpha.step !== 0.01 ||
      alpha.default !== 0.01
    )
      throw new Error('alpha spec');
    if (
      beta?.kind !== 'range' ||
      beta.key !== 'beta' ||
      beta.min !== 0.01 ||
      beta.max !== 10 ||
      beta.step !== 0.01 ||
      beta.default !== 1
    )
      throw new Error('beta spec');
    if (
      approx?.kind !== 'choice' ||
      approx.options.map((o) => o.value).join() !== 'erf,tanh,sigmoid' ||
      approx.default !== 'erf'
    )
      throw new Error('approx spec');
    if (activations['relu']?.params.length !== 0 || activations['sigmoid']?.params.length !== 0)
      throw new Error('no params');
  });

  it('every range parameter has min < default <= max and a step that divides its range', () => {
    for (const id of activationIds)
      for (const p of activations[id]?.params ?? []) {
        if (p.kind !== 'range') continue;
        if (!(p.min <= p.default && p.default <= p.max && p.min < p.max)) throw new Error(`${id}.${p.id} range`);
        const steps = (p.max - p.min) / p.step;
        if (Math.abs(steps - Math.round(steps)) > 1e-9) throw new Error(`${id}.${p.id} step ${p.step}`);
      }
  });

  it('paramNumber() and paramChoice() fall back to the default on missing or foreign values', () => {
    const alpha = activations['leaky-relu']?.params[0] as RangeParam;
    if (
      paramNumber({}, alpha) !== 0.01 ||
      paramNumber({ alpha: 0.3 }, alpha) !== 0.3 ||
      paramNumber({ alpha: 'x' }, alpha) !== 0.01
    )
      throw new Error('paramNumber');
    if (paramNumber({ alpha: Number.NaN }, alpha) !== 0.01) throw new Error('paramNumber NaN');
    const spec = { id: 'approx', options: [{ value: 'erf' }, { value: 'tanh' }], default: 'erf' } as const;
    if (paramChoice({ approx: 'tanh' }, spec) !== 'tanh' || paramChoice({ approx: '<b>' }, spec) !== 'erf')
      throw new Error('paramChoice');
  });

  it('seriesOf() picks the series whose fixed parameters match: GELU follows its form', () => {
    const g = activations['gelu'];
    if (!g) throw new Error('gelu');
    if (
      seriesOf(g) !== 'gelu' ||
      seriesOf(g, { approx: 'tanh' }) !== 'gelu-tanh' ||
      seriesOf(g, { approx: 'sigmoid' }) !== 'gelu-sigmoid'
    )
      throw new Error('seriesOf gelu');
    assertSame(
      seriesFunctions('gelu-tanh', { approx: 'erf' }).f(1.5),
      activations['gelu']?.f(1.5, { approx: 'tanh' }) ?? Number.NaN,
      'fixed wins',
    );
  });

  it('createRegistry() rejects a duplicate activation or series id', () => {
    const g = activations['gelu'];
    if (!g) throw new Error('gelu');
    let thrown = 0;
    for (const list of [
      [g, g],
      [g, { ...g, id: 'other' }],
    ])
      try {
        createRegistry(list);
      } catch {
        thrown++;
      }
    if (thrown !== 2) throw new Error(`expected 2 rejections, got ${thrown}`);
  });

  it('activations[id].kinks are where f′ jumps, and properties.smooth says kink exactly when there are some', () => {
    const expected: Record<string, readonly number[]> = {
      relu: [0],
      'leaky-relu': [0],
      elu: [0],
      selu: [0],
      hardswish: [-3, 3],
    };
    for (const id of activationIds) {
      const a = activation(id);
      const kinks = expected[id] ?? [];
      if (a.kinks.join() !== kinks.join() || (a.properties.smooth === 'kink') !== kinks.length > 0) throw new Error(id);
    }
  });

  it('activations[id].properties.monotonic holds exactly when df >= 0 on a grid of [-10, 10]', () => {
    for (const id of activationIds) {
      let nonNegative = true;
      for (let x = -10; x <= 10; x += 0.01) if (activation(id).df(x) < 0) nonNegative = false;
      if (nonNegative !== activation(id).properties.monotonic) throw new Error(`${id}: monotonic is wrong`);
    }
  });

  it('activations[id].properties.zeroCentred holds exactly when |E[f(Z)]| < 0.1 for Z ~ N(0, 1)', () => {
    for (const id of activationIds) {
      // Midpoint rule on [-12, 12]; the mean is 0.28 (GELU) to 0.5 (sigmoid), far from 0.
      let mean = 0;
      const h = 1e-3;
      const a = activation(id);
      if (!a) throw new Error(id);
      for (let x = -12 + h / 2; x < 12; x += h) mean += a.f(x) * Math.exp((-x * x) / 2) * h;
      mean /= Math.sqrt(2 * Math.PI);
      if (Math.abs(mean) < 0.1 !== a.properties.zeroCentred) throw new Error(`${id}: mean ${mean}`);
    }
  });

  it('activations[id].properties name the cost: compare for ReLUs, exp for SiLU/sigmoid, erf for GELU', () => {
    const cost = activationIds.map((id) => activation(id).properties.cost).join();
    if (cost !== 'erf,compare,compare,exp,exp,exp,exp,exp,exp,exp,compare') throw new Error(cost);
  });
});
