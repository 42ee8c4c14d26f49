import { swishGradWith, swishWith } from './swish.ts';

/**
 * SiLU x·σ(x) (Elfwing et al. 2018), `nn.SiLU()`; silu(-∞) = -0.
 * @example silu(1) // 0.7310585786300049
 */
export function silu(x: number): number {
  return swishWith(x, 1, 0);
}

/** SiLU'(x) = σ(x)·(1 + x·σ(-x)), i.e. σ(x)(1 + x(1 - σ(x))) without the cancellation. */
export function siluGrad(x: number): number {
  return swishGradWith(x, 1, 0);
}
