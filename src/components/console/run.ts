// The page's PyTorch console without a DOM: reader's text + page controls -> the Python that
// would run and exactly what it prints. Shared by the build (static output) and the browser.
import { activation } from '../../lib/math';
import { formatPrint } from '../../lib/torch/format';
import { runOp, type TorchOp } from '../../lib/torch/evaluate';
import { expressionOps, moduleOps } from '../../lib/torch/modules';
import { parseTensor, serializeTensor, type ParseError } from '../../lib/torch/parse';
import { flatten } from '../../lib/torch/tensor';
import { expressionFor, inputLine, moduleLine, torchArgs, type ModuleSpec } from './code';

/** The kernel of a page's module (or of the expression that replaces it), found through the registry. */
export function opFor(spec: ModuleSpec): TorchOp {
  const expression = expressionFor(spec);
  if (expression) {
    const op = expressionOps[expression.op];
    if (!op) throw new Error(`torch: no kernel for the expression "${expression.op}"`);
    return op;
  }
  const a = activation(spec.id);
  const make = moduleOps[a.torch.module];
  if (make) return make(torchArgs(spec));
  // No dedicated kernel: the registry's own f and f′, correctly rounded to the dtype.
  const p = { ...spec.params };
  return { kind: 'reference', gradFn: `${a.torch.module}Backward0`, f: (x) => a.f(x, p), df: (x) => a.df(x, p) };
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
  /** True when an input is one where the page's PyTorch kernel prints nan (GELU and SiLU of -inf). */
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
 * @example consoleRun('-3.0, 0.0, 3.0', { id: 'relu', params: {} }, false)
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
  const nanAt = activation(spec.id).torch.nanAt ?? [];
  return {
    ok: true,
    moduleLine: moduleLine(spec),
    inputLine: inputLine(serializeTensor({ data, dtype, requiresGrad })),
    printed: lines.join('\n'),
    values: xs.filter(Number.isFinite),
    nanFromMinusInf: xs.some((x) => nanAt.includes(x)),
  };
}
