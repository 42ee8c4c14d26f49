import { swishGradWith, swishWith } from './swish.ts';

// The exact decimal 1.702 as hi + lo (mpmath, 60 digits), so 1.702·x carries no constant error.
const SLOPE_HI = 1.702;
const SLOPE_LO = 4.263256414560601e-17;

/** Sigmoid-approximated GELU x·σ(1.702x) (Hendrycks & Gimpel 2016, §2). */
export function geluSigmoid(x: number): number {
  return swishWith(x, SLOPE_HI, SLOPE_LO);
}

/** Derivative of x·σ(1.702x): σ(t)(1 + t·σ(-t)) with t = 1.702x. */
export function geluSigmoidGrad(x: number): number {
  return swishGradWith(x, SLOPE_HI, SLOPE_LO);
}
