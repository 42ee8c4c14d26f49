// The Python the page shows: the module line built from the registry's PyTorch spec and the
// reader's parameters, the example around it, and the same call in other frameworks.
import {
  activation,
  paramDefaults,
  type ActivationId,
  type FrameworkCall,
  type ParamValue,
  type ParamValues,
  type TorchArg,
} from '../../lib/math';

/** What the page's PyTorch example computes: the activation and its parameters. */
export interface ModuleSpec {
  id: ActivationId;
  params: ParamValues;
}

/** A number as Python source: `0.2`, `1.0`, `0.0`. */
export function pythonFloat(value: number): string {
  const text = String(value);
  return /[.eE]|inf|nan/i.test(text) ? text : `${text}.0`;
}

/** An argument's value as Python source (`'tanh'`, `0.2`), or null when PyTorch has no such value. */
function pythonArg(arg: TorchArg, value: ParamValue): string | null {
  if (typeof value === 'number') return pythonFloat(value);
  if (!arg.values) return `'${value}'`;
  const v = arg.values[value];
  return v === undefined ? null : `'${v}'`;
}

/** The spec's parameters over the activation's defaults. */
function fullParams(spec: ModuleSpec): ParamValues {
  return { ...paramDefaults(activation(spec.id)), ...spec.params };
}

/** The Python expression of `t` that replaces the module, when PyTorch has none for these parameters. */
export function expressionFor(spec: ModuleSpec): { source: string; op: string } | null {
  const p = fullParams(spec);
  const e = activation(spec.id).torch.expressions?.find((x) => Object.entries(x.when).every(([k, v]) => p[k] === v));
  return e ? { source: e.source, op: e.op } : null;
}

/**
 * The module's constructor with the arguments that differ from PyTorch's defaults, e.g.
 * `nn.GELU(approximate='tanh')`; null when PyTorch has no module for these parameters.
 */
export function moduleSource(spec: ModuleSpec): string | null {
  if (expressionFor(spec)) return null;
  const { torch } = activation(spec.id);
  const p = fullParams(spec);
  const args: string[] = [];
  for (const arg of torch.args) {
    const v = arg.param === undefined ? undefined : p[arg.param];
    if (v === undefined || v === arg.default) continue;
    const py = pythonArg(arg, v);
    if (py !== null) args.push(`${arg.name}=${py}`);
  }
  return `nn.${torch.module}(${args.join(', ')})`;
}

/** The arguments of a module as PyTorch names them, at the given parameters (defaults filled in). */
export function torchArgs(spec: ModuleSpec): Record<string, ParamValue> {
  const p = fullParams(spec);
  const out: Record<string, ParamValue> = {};
  for (const arg of activation(spec.id).torch.args) {
    const v = (arg.param === undefined ? undefined : p[arg.param]) ?? arg.default;
    out[arg.name] = typeof v === 'string' && arg.values ? (arg.values[v] ?? v) : v;
  }
  return out;
}

/** The line that defines the module (or, without one, computes the output). */
export function moduleLine(spec: ModuleSpec): string {
  const e = expressionFor(spec);
  return e ? `activation = lambda t: ${e.source}` : `activation = ${moduleSource(spec) ?? ''}`;
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
  /** The parameters that framework's default computes, to compare with PyTorch's (null: no parameter). */
  defaultParams: ParamValues | null;
}

/** PyTorch's own call with every default spelled out (`approximate='none'`, `negative_slope=0.01`). */
export function pytorchExplicit(id: ActivationId): { code: string; defaultText: string | null } {
  const { torch } = activation(id);
  const args = torch.args.map((arg) => `${arg.name}=${pythonArg(arg, arg.default) ?? ''}`);
  const call = `nn.${torch.module}(${args.join(', ')})`;
  return {
    code: [
      'import torch',
      'import torch.nn as nn',
      '',
      'x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0])',
      `y = ${call}(x)`,
      'print(y)',
    ].join('\n'),
    defaultText: args.length > 0 ? args.join(', ') : null,
  };
}

/** TensorFlow/Keras and JAX equivalents of the page's example. */
export function otherFrameworks(id: ActivationId): FrameworkCode[] {
  const data = '[-3.0, -1.0, 0.0, 1.0, 3.0]';
  const { keras, jax } = activation(id).torch;
  const code = (fw: 'keras' | 'jax', call: FrameworkCall) =>
    fw === 'keras'
      ? ['import tensorflow as tf', '', `x = tf.constant(${data})`, `y = ${call.call}`, 'print(y)'].join('\n')
      : ['import jax', 'import jax.numpy as jnp', '', `x = jnp.array(${data})`, `y = ${call.call}`, 'print(y)'].join(
          '\n',
        );
  return (
    [
      ['keras', keras],
      ['jax', jax],
    ] as const
  ).map(([framework, call]) => ({
    framework,
    code: code(framework, call),
    defaultText: call.defaultText,
    defaultParams: call.defaultParams,
  }));
}
