// Which emulated kernel runs a PyTorch module: by the module's class name (from the registry's
// PyTorch spec) and its arguments as PyTorch names them. The console finds a page's kernel
// here; the registry entry says which module the page uses.
import type { ParamValue } from '../math';
import type { TorchOp } from './evaluate.ts';

type Args = Readonly<Record<string, ParamValue>>;

const num = (args: Args, name: string): number => {
  const v = args[name];
  if (typeof v !== 'number') throw new Error(`torch: argument ${name} must be a number`);
  return v;
};

/** The kernel of each `torch.nn` module the site emulates, from its arguments. */
export const moduleOps: Readonly<Record<string, (args: Args) => TorchOp>> = {
  GELU: (a) => ({ kind: 'gelu', approximate: a['approximate'] === 'tanh' ? 'tanh' : 'none' }),
  ReLU: () => ({ kind: 'relu' }),
  LeakyReLU: (a) => ({ kind: 'leaky_relu', negativeSlope: num(a, 'negative_slope') }),
  SiLU: () => ({ kind: 'silu' }),
  Sigmoid: () => ({ kind: 'sigmoid' }),
  Tanh: () => ({ kind: 'tanh' }),
  ELU: (a) => ({ kind: 'elu', alpha: num(a, 'alpha') }),
  SELU: () => ({ kind: 'selu' }),
  Softplus: (a) => ({ kind: 'softplus', beta: num(a, 'beta'), threshold: num(a, 'threshold') }),
  Mish: () => ({ kind: 'mish' }),
  Hardswish: () => ({ kind: 'hardswish' }),
};

/** Kernels of expressions that replace a module (`t * torch.sigmoid(1.702 * t)`), by name. */
export const expressionOps: Readonly<Record<string, TorchOp>> = {
  gelu_sigmoid: { kind: 'gelu_sigmoid' },
};
