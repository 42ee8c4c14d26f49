// The activations the site explains, in the site's order (glossary, legends, tables).
import type { Activation } from '../activation.ts';
import { elu } from './elu.ts';
import { gelu } from './gelu.ts';
import { hardswish } from './hardswish.ts';
import { leakyRelu } from './leaky-relu.ts';
import { mish } from './mish.ts';
import { relu } from './relu.ts';
import { selu } from './selu.ts';
import { sigmoid } from './sigmoid.ts';
import { silu } from './silu.ts';
import { softplus } from './softplus.ts';
import { tanh } from './tanh.ts';

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
