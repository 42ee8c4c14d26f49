// The page's PyTorch console without a DOM: reader's text + page controls -> the Python that
// would run and exactly what it prints. Shared by the build (static output) and the browser.
import { formatPrint } from '../../lib/torch/format';
import { runOp, type TorchOp } from '../../lib/torch/evaluate';
import { parseTensor, serializeTensor, type ParseError } from '../../lib/torch/parse';
import { flatten } from '../../lib/torch/tensor';
import { inputLine, moduleLine, type ModuleSpec } from './code';

/** The operation a page's module computes (GELU's sigmoid form is `t * torch.sigmoid(1.702 * t)`). */
export function opFor(spec: ModuleSpec): TorchOp {
  switch (spec.id) {
    case 'gelu':
      return spec.approx === 'sigmoid' ? { kind: 'gelu_sigmoid' } : { kind: 'gelu', approximate: spec.approx === 'tanh' ? 'tanh' : 'none' };
    case 'relu':
      return { kind: 'relu' };
    case 'leaky-relu':
      return { kind: 'leaky_relu', negativeSlope: spec.alpha };
    case 'silu':
      return { kind: 'silu' };
    case 'sigmoid':
      return { kind: 'sigmoid' };
  }
}

/** A successful run: the two rewritten code lines, the printed text and the input values. */
export interface ConsoleOutput {
  readonly ok: true;
  readonly moduleLine: string;
  readonly inputLine: string;
  /** `Input: ...\nOutput: ...` (and `Grad: ...` when asked), as PyTorch prints it. */
  readonly printed: string;
  /** The input values as float32/float64 numbers, for the plot's markers (finite ones only). */
  readonly values: readonly number[];
  /** True when an input is -inf on a page whose PyTorch kernel prints nan for it. */
  readonly nanFromMinusInf: boolean;
}

/** A rejected input: the parser's error (code, position, message parameters). */
export interface ConsoleFailure {
  readonly ok: false;
  readonly error: ParseError;
}

/**
 * Parses the reader's text, runs the page's module on it like PyTorch and prints the result.
 * With `grad`, the tensor gets requires_grad=True and the gradient of output.sum() is printed.
 * @example consoleRun('-3.0, 0.0, 3.0', { id: 'relu', approx: 'erf', alpha: 0.01 }, false)
 */
export function consoleRun(text: string, spec: ModuleSpec, grad: boolean): ConsoleOutput | ConsoleFailure {
  const parsed = parseTensor(text);
  if (!parsed.ok) return parsed;
  const { data, dtype } = parsed.value;
  const requiresGrad = parsed.value.requiresGrad || grad;
  const run = runOp(opFor(spec), { data, dtype, requiresGrad });
  const lines = [formatPrint('Input: ', run.input), formatPrint('Output: ', run.output)];
  if (grad && run.grad) lines.push(formatPrint('Grad: ', run.grad));
  const xs = flatten(run.input.data);
  return {
    ok: true,
    moduleLine: moduleLine(spec),
    inputLine: inputLine(serializeTensor({ data, dtype, requiresGrad })),
    printed: lines.join('\n'),
    values: xs.filter(Number.isFinite),
    nanFromMinusInf: (spec.id === 'gelu' || spec.id === 'silu') && xs.includes(-Infinity),
  };
}
