import type { ActivationId, GeluApprox } from '../../lib/math';

/** What the page's PyTorch example computes: the activation and the page's parameters. */
export interface ModuleSpec {
  id: ActivationId;
  approx: GeluApprox;
  alpha: number;
}

/** PyTorch's default negative slope of nn.LeakyReLU. */
export const TORCH_LEAKY_DEFAULT = 0.01;

/** A number as Python source: `0.2`, `1.0`, `0.0`. */
export function pythonFloat(value: number): string {
  const text = String(value);
  return /[.eE]|inf|nan/i.test(text) ? text : `${text}.0`;
}

/** The module's constructor, e.g. `nn.GELU(approximate='tanh')`; null for GELU's sigmoid form (no module). */
export function moduleSource(spec: ModuleSpec): string | null {
  switch (spec.id) {
    case 'gelu':
      return spec.approx === 'erf' ? 'nn.GELU()' : spec.approx === 'tanh' ? "nn.GELU(approximate='tanh')" : null;
    case 'relu':
      return 'nn.ReLU()';
    case 'leaky-relu':
      return spec.alpha === TORCH_LEAKY_DEFAULT ? 'nn.LeakyReLU()' : `nn.LeakyReLU(negative_slope=${pythonFloat(spec.alpha)})`;
    case 'silu':
      return 'nn.SiLU()';
    case 'sigmoid':
      return 'nn.Sigmoid()';
  }
}

/** The line that defines the module (or, for GELU's sigmoid form, computes the output). */
export function moduleLine(spec: ModuleSpec): string {
  const m = moduleSource(spec);
  return m === null ? 'activation = lambda t: t * torch.sigmoid(1.702 * t)' : `activation = ${m}`;
}

/** The line that builds the input tensor from the reader's expression. */
export function inputLine(tensorSource: string): string {
  return `input_data = ${tensorSource}`;
}

/** Comments of the example, in the reader's language. */
export interface CodeComments {
  module: string;
  input: string;
  apply: string;
  grad: string;
}

/** The page's runnable PyTorch example, with comments in the reader's language. */
export function exampleSource(
  spec: ModuleSpec,
  comments: CodeComments,
  tensorSource = 'torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0])',
  grad = false,
): string {
  const gradLines = grad ? [`# ${comments.grad}`, 'output.sum().backward()', 'print(f"Grad: {input_data.grad}")'] : [];
  return [
    'import torch',
    'import torch.nn as nn',
    '',
    `# ${comments.module}`,
    moduleLine(spec),
    `# ${comments.input}`,
    inputLine(tensorSource),
    `# ${comments.apply}`,
    'output = activation(input_data)',
    'print(f"Input: {input_data}")',
    'print(f"Output: {output}")',
    ...gradLines,
  ].join('\n');
}

/** 1-based line numbers of the lines the console rewrites. */
export const liveLines = { module: 5, input: 7 } as const;

/** The equivalent call in another framework, with that framework's default spelled out. */
export interface FrameworkCode {
  framework: 'keras' | 'jax';
  code: string;
  /** The default that differs from being explicit, as shown to readers (null: no parameter). */
  defaultText: string | null;
  /** The spec that framework's default computes, to compare with PyTorch's default. */
  defaultSpec: ModuleSpec | null;
}

/** PyTorch's own call with its default spelled out (`approximate='none'`, `negative_slope=0.01`). */
export function pytorchExplicit(id: ActivationId): { code: string; defaultText: string | null } {
  const explicit: Record<ActivationId, [string, string | null]> = {
    gelu: ["nn.GELU(approximate='none')", "approximate='none'"],
    relu: ['nn.ReLU()', null],
    'leaky-relu': ['nn.LeakyReLU(negative_slope=0.01)', 'negative_slope=0.01'],
    silu: ['nn.SiLU()', null],
    sigmoid: ['nn.Sigmoid()', null],
  };
  const [call, defaultText] = explicit[id];
  return { code: ['import torch', 'import torch.nn as nn', '', 'x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0])', `y = ${call}(x)`, 'print(y)'].join('\n'), defaultText };
}

/** TensorFlow/Keras and JAX equivalents of the page's example. */
export function otherFrameworks(id: ActivationId): FrameworkCode[] {
  const data = '[-3.0, -1.0, 0.0, 1.0, 3.0]';
  const base = { id, approx: 'erf' as GeluApprox, alpha: TORCH_LEAKY_DEFAULT };
  const call: Record<ActivationId, { keras: string; jax: string }> = {
    gelu: { keras: 'tf.keras.activations.gelu(x, approximate=False)', jax: 'jax.nn.gelu(x, approximate=False)' },
    relu: { keras: 'tf.keras.activations.relu(x)', jax: 'jax.nn.relu(x)' },
    'leaky-relu': { keras: 'tf.nn.leaky_relu(x, alpha=0.01)', jax: 'jax.nn.leaky_relu(x, negative_slope=0.01)' },
    silu: { keras: 'tf.nn.silu(x)', jax: 'jax.nn.silu(x)' },
    sigmoid: { keras: 'tf.keras.activations.sigmoid(x)', jax: 'jax.nn.sigmoid(x)' },
  };
  const keras = ['import tensorflow as tf', '', `x = tf.constant(${data})`, `y = ${call[id].keras}`, 'print(y)'].join('\n');
  const jax = ['import jax', 'import jax.numpy as jnp', '', `x = jnp.array(${data})`, `y = ${call[id].jax}`, 'print(y)'].join('\n');
  // Defaults as documented by each framework: Keras gelu approximate=False, tf.nn.leaky_relu
  // alpha=0.2; JAX gelu approximate=True, leaky_relu negative_slope=0.01.
  if (id === 'gelu')
    return [
      { framework: 'keras', code: keras, defaultText: 'approximate=False', defaultSpec: { ...base, approx: 'erf' } },
      { framework: 'jax', code: jax, defaultText: 'approximate=True', defaultSpec: { ...base, approx: 'tanh' } },
    ];
  if (id === 'leaky-relu')
    return [
      { framework: 'keras', code: keras, defaultText: 'alpha=0.2', defaultSpec: { ...base, alpha: 0.2 } },
      { framework: 'jax', code: jax, defaultText: 'negative_slope=0.01', defaultSpec: { ...base, alpha: 0.01 } },
    ];
  return [
    { framework: 'keras', code: keras, defaultText: null, defaultSpec: null },
    { framework: 'jax', code: jax, defaultText: null, defaultSpec: null },
  ];
}
