// The activations the site explains, in the site's order (glossary, legends, tables). Each
// entry file exports the full entry and its curve (the part browser bundles carry); both lists
// keep the same order (test/registry/derived.test.ts checks it).
import type { Activation, ActivationCurve } from '../activation.ts';
import { elu, eluCurve } from './elu.ts';
import { gelu, geluCurve } from './gelu.ts';
import { hardswish, hardswishCurve } from './hardswish.ts';
import { leakyRelu, leakyReluCurve } from './leaky-relu.ts';
import { mish, mishCurve } from './mish.ts';
import { relu, reluCurve } from './relu.ts';
import { selu, seluCurve } from './selu.ts';
import { sigmoid, sigmoidCurve } from './sigmoid.ts';
import { silu, siluCurve } from './silu.ts';
import { softplus, softplusCurve } from './softplus.ts';
import { tanh, tanhCurve } from './tanh.ts';

/** Every registry entry, in order. */
export const entries: readonly Activation[] = [
  gelu,
  relu,
  leakyRelu,
  silu,
  sigmoid,
  tanh,
  elu,
  selu,
  softplus,
  mish,
  hardswish,
];

/** Every entry's curve, in the same order. */
export const curves: readonly ActivationCurve[] = [
  geluCurve,
  reluCurve,
  leakyReluCurve,
  siluCurve,
  sigmoidCurve,
  tanhCurve,
  eluCurve,
  seluCurve,
  softplusCurve,
  mishCurve,
  hardswishCurve,
];
