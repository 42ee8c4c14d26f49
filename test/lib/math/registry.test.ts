import { describe, it } from 'vitest';
import {
  activationIds,
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
  validateParams,
  type ActivationId,
  type ParamValues,
} from '../../../src/lib/math';
import { assertSame } from './helpers';

/** Throws unless fn throws a RangeError whose message mentions `word`. */
function assertRangeError(fn: () => unknown, word: string): void {
  try {
    fn();
  } catch (e) {
    if (e instanceof RangeError && e.message.includes(word)) return;
    throw new Error(`expected a RangeError mentioning "${word}", got ${String(e)}`);
  }
  throw new Error(`expected a RangeError mentioning "${word}", nothing was thrown`);
}

const xs = [-1000, -37, -3, -0.75, -0, 0, 0.5, 2, 40, Infinity, -Infinity];

describe('activations', () => {
  it('activationIds lists the five activations in the site order, each with its own id', () => {
    if (activationIds.join() !== 'gelu,relu,leaky-relu,silu,sigmoid') throw new Error(activationIds.join());
    for (const id of activationIds)
      if (activations[id].id !== id) throw new Error(`${id} has id ${activations[id].id}`);
  });

  it('activations[id].nameKey and torchModule name the i18n key and the torch.nn class', () => {
    const expected: Record<ActivationId, [string, string]> = {
      gelu: ['fn.gelu', 'GELU'],
      relu: ['fn.relu', 'ReLU'],
      'leaky-relu': ['fn.leakyRelu', 'LeakyReLU'],
      silu: ['fn.silu', 'SiLU'],
      sigmoid: ['fn.sigmoid', 'Sigmoid'],
    };
    for (const id of activationIds) {
      const [key, module] = expected[id];
      if (activations[id].nameKey !== key || activations[id].torchModule !== module) throw new Error(id);
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
        assertSame(activations[id].f(x, p), f(x), `${id}.f(${x}, ${JSON.stringify(p)})`);
        assertSame(activations[id].df(x, p), df(x), `${id}.df(${x})`);
      }
    assertSame(activations.gelu.df(1.5, { approx: 'tanh' }), geluTanhGrad(1.5), 'gelu.df tanh');
  });

  it('activations[id].params describe the sliders: alpha [0, 1] / 0.01, beta (0, 10] / 0.05, approx erf|tanh|sigmoid', () => {
    const leaky = activations['leaky-relu'].params;
    const silu = activations.silu.params;
    const g = activations.gelu.params;
    const expect = (ok: boolean, what: string) => {
      if (!ok) throw new Error(what);
    };
    expect(leaky.length === 1 && leaky[0]?.kind === 'range' && leaky[0].id === 'alpha', 'leaky params');
    if (leaky[0]?.kind === 'range')
      expect(
        leaky[0].min === 0 &&
          leaky[0].max === 1 &&
          leaky[0].step === 0.01 &&
          leaky[0].default === 0.01 &&
          !leaky[0].minExclusive,
        'alpha spec',
      );
    expect(silu[0]?.kind === 'range' && silu[0].id === 'beta', 'silu params');
    if (silu[0]?.kind === 'range')
      expect(
        silu[0].min === 0 &&
          silu[0].max === 10 &&
          silu[0].step === 0.05 &&
          silu[0].default === 1 &&
          silu[0].minExclusive === true,
        'beta spec',
      );
    expect(
      g[0]?.kind === 'choice' && g[0].options.join() === 'erf,tanh,sigmoid' && g[0].default === 'erf',
      'approx spec',
    );
    expect(activations.relu.params.length === 0 && activations.sigmoid.params.length === 0, 'no params');
  });

  it('activations[id].kinks are [0] for ReLU and Leaky ReLU and empty otherwise, matching properties.smooth', () => {
    for (const id of activationIds) {
      const a = activations[id];
      const kinked = id === 'relu' || id === 'leaky-relu';
      if (a.kinks.length > 0 !== kinked || (a.properties.smooth === 'kink') !== kinked) throw new Error(id);
      if (kinked && (a.kinks.length !== 1 || a.kinks[0] !== 0)) throw new Error(`${id} kinks`);
    }
  });

  it('activations[id].properties.monotonic holds exactly when df >= 0 on a grid of [-10, 10]', () => {
    for (const id of activationIds) {
      let nonNegative = true;
      for (let x = -10; x <= 10; x += 0.01) if (activations[id].df(x) < 0) nonNegative = false;
      if (nonNegative !== activations[id].properties.monotonic) throw new Error(`${id}: monotonic is wrong`);
    }
  });

  it('activations[id].properties.zeroCentred is false for all five: E[f(Z)] > 0.1 for Z ~ N(0, 1)', () => {
    for (const id of activationIds) {
      // Midpoint rule on [-12, 12]; the mean is 0.28 (GELU) to 0.5 (sigmoid), far from 0.
      let mean = 0;
      const h = 1e-3;
      for (let x = -12 + h / 2; x < 12; x += h) mean += activations[id].f(x) * Math.exp((-x * x) / 2) * h;
      mean /= Math.sqrt(2 * Math.PI);
      if (!(mean > 0.1) || activations[id].properties.zeroCentred) throw new Error(`${id}: mean ${mean}`);
    }
  });

  it('activations[id].properties name the cost: compare for ReLUs, exp for SiLU/sigmoid, erf for GELU', () => {
    const cost = activationIds.map((id) => activations[id].properties.cost).join();
    if (cost !== 'erf,compare,compare,exp,exp') throw new Error(cost);
  });
});

describe('validateParams', () => {
  it('validateParams(id, {}) fills in the defaults of that activation only', () => {
    if (JSON.stringify(validateParams('leaky-relu', {})) !== '{"alpha":0.01}') throw new Error('leaky');
    if (JSON.stringify(validateParams('silu', {})) !== '{"beta":1}') throw new Error('silu');
    if (JSON.stringify(validateParams('gelu', {})) !== '{"approx":"erf"}') throw new Error('gelu');
    if (JSON.stringify(validateParams('relu', { alpha: 5 })) !== '{}') throw new Error('relu ignores alpha');
    if (JSON.stringify(validateParams('sigmoid')) !== '{}') throw new Error('sigmoid');
  });

  it('validateParams accepts the ends of each range: alpha 0 and 1, beta 0.05 and 10, every approx', () => {
    assertSame(validateParams('leaky-relu', { alpha: 0 }).alpha, 0, 'alpha 0');
    assertSame(validateParams('leaky-relu', { alpha: 1 }).alpha, 1, 'alpha 1');
    assertSame(validateParams('silu', { beta: 0.05 }).beta, 0.05, 'beta 0.05');
    assertSame(validateParams('silu', { beta: 10 }).beta, 10, 'beta 10');
    for (const approx of ['erf', 'tanh', 'sigmoid'] as const)
      if (validateParams('gelu', { approx }).approx !== approx) throw new Error(approx);
  });

  it('validateParams throws a RangeError for alpha outside [0, 1], NaN or a non-number', () => {
    for (const alpha of [-0.01, 1.01, Number.NaN, Infinity, '0.5' as unknown as number])
      assertRangeError(() => validateParams('leaky-relu', { alpha }), 'alpha');
  });

  it('validateParams throws a RangeError for beta <= 0, beta > 10 or NaN', () => {
    for (const beta of [0, -1, 10.05, Number.NaN, -Infinity])
      assertRangeError(() => validateParams('silu', { beta }), 'beta');
  });

  it('validateParams throws a RangeError for an unknown approx', () => {
    assertRangeError(() => validateParams('gelu', { approx: 'cubic' as unknown as 'erf' }), 'approx');
  });

  it('validateParams throws a RangeError for an unknown activation id', () => {
    assertRangeError(() => validateParams('elu' as ActivationId, {}), 'elu');
  });
});
