// `str(tensor)` as PyTorch 1.13 prints it: a port of torch/_tensor_str.py (_Formatter,
// get_summarized_data, _tensor_str_with_formatter, _vector_str, _add_suffixes, _str_intern)
// for real floating-point tensors on the CPU.
import { formatExponential, formatFixed, reprFloat } from './pyfloat.ts';
import { castTo, flatten, numelOf, shapeOf, type TensorLike } from './tensor.ts';

/** PyTorch's print options (`torch.set_printoptions`); the defaults are PyTorch's. */
export interface PrintOptions {
  readonly precision: number;
  readonly threshold: number;
  readonly edgeitems: number;
  readonly linewidth: number;
  readonly sciMode: boolean | undefined;
}

/** PyTorch's default print options: precision 4, threshold 1000, edgeitems 3, linewidth 80. */
export const DEFAULT_PRINT_OPTIONS: PrintOptions = {
  precision: 4,
  threshold: 1000,
  edgeitems: 3,
  linewidth: 80,
  sciMode: undefined,
};

interface Formatter {
  readonly width: number;
  format(value: number): string;
}

/** _Formatter: one notation and one width for every element that will be printed. */
function makeFormatter(values: readonly number[], options: PrintOptions): Formatter {
  const { precision } = options;
  let intMode = true;
  let sciMode = false;
  let width = 1;
  // Only finite non-zero values choose the notation; nan, inf and zeros follow it.
  const chosen = values.filter((v) => Number.isFinite(v) && v !== 0);
  if (chosen.length > 0) {
    let min = Infinity;
    let max = 0;
    for (const v of chosen) {
      min = Math.min(min, Math.abs(v));
      max = Math.max(max, Math.abs(v));
    }
    intMode = chosen.every((v) => v === Math.ceil(v));
    const sciRange = max / min > 1000 || max > 1e8;
    if (intMode ? sciRange : sciRange || min < 1e-4) {
      sciMode = true;
      for (const v of chosen) width = Math.max(width, formatExponential(v, precision).length);
    } else if (intMode) {
      // The trailing '.' that marks a float tensor counts towards the width.
      for (const v of chosen) width = Math.max(width, formatFixed(v, 0).length + 1);
    } else {
      for (const v of chosen) width = Math.max(width, formatFixed(v, precision).length);
    }
  }
  if (options.sciMode !== undefined) sciMode = options.sciMode;
  return {
    width,
    format(value: number): string {
      let text: string;
      if (sciMode) text = formatExponential(value, precision);
      else if (intMode) text = formatFixed(value, 0) + (Number.isFinite(value) ? '.' : '');
      else text = formatFixed(value, precision);
      return text.padStart(width, ' ');
    },
  };
}

/** The indices that stay visible along one dimension; undefined marks the '...'. */
function visibleIndices(size: number, summarize: boolean, edgeitems: number): (number | undefined)[] {
  const all = Array.from({ length: size }, (_, i) => i);
  if (!summarize || size <= 2 * edgeitems) return all;
  return [...all.slice(0, edgeitems), undefined, ...all.slice(size - edgeitems)];
}

interface Layout {
  readonly flat: readonly number[];
  readonly shape: readonly number[];
  readonly strides: readonly number[];
  readonly summarize: boolean;
  readonly options: PrintOptions;
}

/** get_summarized_data: the values the formatter sees (exactly the printed ones). */
function summarizedValues(layout: Layout, dim: number, offset: number, out: number[]): void {
  const size = layout.shape[dim];
  if (size === undefined) {
    out.push(layout.flat[offset] ?? Number.NaN);
    return;
  }
  const { edgeitems } = layout.options;
  const stride = layout.strides[dim] ?? 1;
  // self[-0:] is the whole tensor in Python, so edgeitems = 0 keeps every value here.
  const keep = edgeitems === 0 ? visibleIndices(size, false, 0) : visibleIndices(size, layout.summarize, edgeitems);
  for (const i of keep) if (i !== undefined) summarizedValues(layout, dim + 1, offset + i * stride, out);
}

/** _vector_str: one row, wrapped to the line width, with ' ...' in the middle when summarised. */
function vectorStr(layout: Layout, offset: number, indent: number, formatter: Formatter): string {
  const { linewidth, edgeitems } = layout.options;
  const size = layout.shape[layout.shape.length - 1] ?? 0;
  const stride = layout.strides[layout.strides.length - 1] ?? 1;
  const elementLength = formatter.width + 2;
  const perLine = Math.max(1, Math.floor((linewidth - indent) / elementLength));
  const items =
    layout.summarize && edgeitems === 0
      ? ['...']
      : visibleIndices(size, layout.summarize, edgeitems).map((i) =>
          i === undefined ? ' ...' : formatter.format(layout.flat[offset + i * stride] ?? Number.NaN),
        );
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += perLine) lines.push(items.slice(i, i + perLine).join(', '));
  return `[${lines.join(`,\n${' '.repeat(indent + 1)}`)}]`;
}

/** _tensor_str_with_formatter: nested brackets, one blank line per extra dimension between blocks. */
function tensorStr(layout: Layout, dim: number, offset: number, indent: number, formatter: Formatter): string {
  const rank = layout.shape.length;
  if (dim === rank) return formatter.format(layout.flat[offset] ?? Number.NaN);
  if (dim === rank - 1) return vectorStr(layout, offset, indent, formatter);
  const stride = layout.strides[dim] ?? 1;
  const slices = visibleIndices(layout.shape[dim] ?? 0, layout.summarize, layout.options.edgeitems).map((i) =>
    i === undefined ? '...' : tensorStr(layout, dim + 1, offset + i * stride, indent + 1, formatter),
  );
  const remaining = rank - dim;
  return `[${slices.join(`,${'\n'.repeat(remaining - 1)}${' '.repeat(indent + 1)}`)}]`;
}

/** _add_suffixes: ', suffix' on the last line, or on a new line indented like the data when too long. */
function addSuffixes(text: string, suffixes: readonly string[], indent: number, linewidth: number): string {
  const parts = [text];
  // PyTorch's own arithmetic, +1 included: len(s) - s.rfind('\n') + 1.
  let lastLineLength = text.length - text.lastIndexOf('\n') + 1;
  for (const suffix of suffixes) {
    if (lastLineLength + suffix.length + 2 > linewidth) {
      parts.push(`,\n${' '.repeat(indent)}${suffix}`);
      lastLineLength = indent + suffix.length;
    } else {
      parts.push(`, ${suffix}`);
      lastLineLength += suffix.length + 2;
    }
  }
  parts.push(')');
  return parts.join('');
}

function pythonTuple(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/**
 * What PyTorch 1.13 prints for `str(tensor)` (and `print(tensor)`), e.g.
 * `tensor([-0.0040, -0.1587,  0.0000], grad_fn=<GeluBackward0>)`.
 * @example formatTensor({ data: [-3, 0, 3] }) === 'tensor([-3.,  0.,  3.])'
 */
export function formatTensor(t: TensorLike, options: PrintOptions = DEFAULT_PRINT_OPTIONS): string {
  const dtype = t.dtype ?? 'float32';
  const prefix = 'tensor(';
  const indent = prefix.length;
  const shape = shapeOf(t.data);
  const flat = flatten(t.data).map(castTo(dtype));
  const numel = numelOf(shape);
  const suffixes: string[] = [];
  let body: string;
  if (numel === 0) {
    if (shape.length !== 1) suffixes.push(`size=${pythonTuple(shape)}`);
    if (dtype !== 'float32') suffixes.push(`dtype=torch.${dtype}`);
    body = '[]';
  } else {
    if (dtype !== 'float32') suffixes.push(`dtype=torch.${dtype}`);
    const strides = shape.map((_, dim) => numelOf(shape.slice(dim + 1)));
    const layout: Layout = { flat, shape, strides, summarize: numel > options.threshold, options };
    const visible: number[] = [];
    summarizedValues(layout, 0, 0, visible);
    body = tensorStr(layout, 0, 0, indent, makeFormatter(visible, options));
  }
  if (t.gradFn !== undefined) suffixes.push(`grad_fn=<${t.gradFn}>`);
  else if (t.requiresGrad === true) suffixes.push('requires_grad=True');
  return addSuffixes(prefix + body, suffixes, indent, options.linewidth);
}

/**
 * What `print(f"{prefix}{t}")` shows: a 0-d tensor goes through Tensor.__format__, i.e. the
 * repr of `t.item()` as a Python float (`Output: 0.3457312285900116`); any other tensor is str(t).
 */
export function formatPrint(prefix: string, t: TensorLike, options: PrintOptions = DEFAULT_PRINT_OPTIONS): string {
  if (typeof t.data === 'number') return prefix + reprFloat(castTo(t.dtype ?? 'float32')(t.data));
  return prefix + formatTensor(t, options);
}
