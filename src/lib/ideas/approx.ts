import { gelu, geluSigmoid, geluTanh, maxApproxError, type MaxError } from '../math';
import { runOp } from '../torch/evaluate';
import { flatten } from '../torch/tensor';

/** GELU's two cheap forms. */
export type ApproxKind = 'tanh' | 'sigmoid';

/** The gap approx(x) − GELU(x) of one form, in float64. */
export function approxGap(kind: ApproxKind, x: number): number {
  return (kind === 'tanh' ? geluTanh(x) : geluSigmoid(x)) - gelu(x);
}

/**
 * The largest |approx − GELU| of each form and the x > 0 where it occurs (the gap is even in x,
 * so −x has the same gap): ≈ 4.73e-4 at 2.70 (tanh), ≈ 0.0203 (sigmoid). See maxApproxError.
 */
export function approxMaxErrors(): Record<ApproxKind, MaxError> {
  return { tanh: maxApproxError('tanh'), sigmoid: maxApproxError('sigmoid') };
}

/** One input of the example tensor through PyTorch's two GELU modes, in float32. */
export interface Float32Forms {
  x: number;
  /** `F.gelu(t)` (approximate='none'). */
  erf: number;
  /** `F.gelu(t, approximate='tanh')`. */
  tanh: number;
}

/**
 * What PyTorch's two GELU modes return on a float32 tensor of `values`, element by element
 * (the emulated kernels of src/lib/torch, so the printed digits are PyTorch's own).
 */
export function float32Forms(values: readonly number[]): Float32Forms[] {
  const input = { data: [...values], dtype: 'float32' as const, requiresGrad: false };
  const exact = runOp({ kind: 'gelu', approximate: 'none' }, input);
  const erf = flatten(exact.output.data);
  const tanh = flatten(runOp({ kind: 'gelu', approximate: 'tanh' }, input).output.data);
  const xs = flatten(exact.input.data);
  return xs.map((x, i) => ({ x, erf: erf[i] ?? Number.NaN, tanh: tanh[i] ?? Number.NaN }));
}

/**
 * The element of `forms` where the two modes differ most (first one on ties), or null if none:
 * by |tanh − erf|, or with `relative` by |tanh − erf| / |erf| (elements with erf = 0 skipped).
 */
export function largestFormGap(
  forms: readonly Float32Forms[],
  relative = false,
): (Float32Forms & { gap: number }) | null {
  let best: (Float32Forms & { gap: number }) | null = null;
  let bestSize = -1;
  for (const f of forms) {
    const gap = f.tanh - f.erf;
    const size = relative ? Math.abs(gap / f.erf) : Math.abs(gap);
    if (Number.isFinite(size) && size > bestSize) {
      best = { ...f, gap };
      bestSize = size;
    }
  }
  return best;
}
