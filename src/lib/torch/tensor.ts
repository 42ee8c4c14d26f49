// The plain-data tensor shared by the printer, the evaluator and the parser: nested arrays of
// numbers, row-major, as `torch.tensor(...)` takes them and `tensor.tolist()` returns them.

/** The floating dtypes the emulation supports (`torch.float32` is PyTorch's default). */
export type Dtype = 'float32' | 'float64';

/** A number (0-d tensor) or rectangular nested arrays of numbers (any rank). */
export type NestedNumbers = number | readonly NestedNumbers[];

/** A tensor as data plus the attributes that `str(tensor)` shows. */
export interface TensorLike {
  readonly data: NestedNumbers;
  readonly dtype?: Dtype | undefined;
  readonly requiresGrad?: boolean | undefined;
  readonly gradFn?: string | undefined;
}

/** The shape of rectangular nested data (`[]` for a number); throws a RangeError on ragged data. */
export function shapeOf(data: NestedNumbers): number[] {
  const shape: number[] = [];
  let probe: NestedNumbers = data;
  while (typeof probe !== 'number') {
    shape.push(probe.length);
    const first: NestedNumbers | undefined = probe[0];
    if (first === undefined) break;
    probe = first;
  }
  checkShape(data, shape, 0);
  return shape;
}

function checkShape(data: NestedNumbers, shape: readonly number[], dim: number): void {
  if (typeof data === 'number') {
    if (dim !== shape.length) throw new RangeError('ragged tensor data');
    return;
  }
  if (data.length !== shape[dim]) throw new RangeError('ragged tensor data');
  for (const item of data) checkShape(item, shape, dim + 1);
}

/** The number of elements of a tensor of this shape (1 for a 0-d tensor). */
export function numelOf(shape: readonly number[]): number {
  return shape.reduce((product, size) => product * size, 1);
}

/** The elements in row-major order. */
export function flatten(data: NestedNumbers): number[] {
  const out: number[] = [];
  const visit = (item: NestedNumbers): void => {
    if (typeof item === 'number') out.push(item);
    else for (const child of item) visit(child);
  };
  visit(data);
  return out;
}

/** Nested arrays of the given shape from row-major elements (the inverse of flatten). */
export function unflatten(flat: readonly number[], shape: readonly number[]): NestedNumbers {
  let next = 0;
  const build = (dim: number): NestedNumbers => {
    const size = shape[dim];
    if (size === undefined) return flat[next++] ?? Number.NaN;
    return Array.from({ length: size }, () => build(dim + 1));
  };
  return build(0);
}

/** Rounds a double to the nearest value of the dtype (Math.fround for float32). */
export function castTo(dtype: Dtype): (x: number) => number {
  return dtype === 'float32' ? Math.fround : (x) => x;
}
