import { gelu, geluGrad } from './gelu.ts';
import { geluSigmoid, geluSigmoidGrad } from './gelu-sigmoid.ts';
import { geluTanh, geluTanhGrad } from './gelu-tanh.ts';
import { normalPdf } from './normal.ts';
import { solveBracketed } from './root.ts';
import { sigmoid, sigmoidGrad } from './sigmoid.ts';
import { silu, siluGrad } from './silu.ts';

/** A point (x, y) of a curve. */
export interface Point {
  x: number;
  y: number;
}

/** The largest gap between an approximation and GELU, and the x > 0 where it occurs (the gap is even in x). */
export interface MaxError {
  x: number;
  error: number;
}

/** Numbers that pages quote in their prose, all computed here (see getFacts). */
export interface Facts {
  geluMinX: number;
  geluMinY: number;
  siluMinX: number;
  siluMinY: number;
  sigmoidGradMax: number;
  sigmoidGradMaxX: number;
  geluTanhMaxErr: number;
  geluTanhMaxErrX: number;
  geluSigmoidMaxErr: number;
  geluSigmoidMaxErrX: number;
  /** GELU′(−5) ≈ −7.1e-6 and GELU′(−6) ≈ −3.6e-8: how little a far-negative GELU unit learns. */
  geluGradMinus5: number;
  geluGradMinus6: number;
  /** SiLU′'s maximum ≈ 1.0998, at x ≈ 2.3994: the slope overshoots 1 before settling. */
  siluGradMax: number;
  siluGradMaxX: number;
}

/** GELU″(x) = φ(x)(2 - x²), the slope of geluGrad for Newton's method. */
function geluCurvature(x: number): number {
  return normalPdf(x) * (2 - x * x);
}

/** SiLU″(t) = σ(t)σ(-t)(2 + t(1 - 2σ(t))). */
function siluCurvature(t: number): number {
  return sigmoidGrad(t) * (2 + t * (1 - 2 * sigmoid(t)));
}

/** x where GELU′ vanishes (≈ -0.7518), i.e. where GELU has its minimum. */
export function geluGradZero(): number {
  // GELU′(-1) = Φ(-1) - φ(-1) < 0 < GELU′(-0.5): the only sign change of GELU′.
  return solveBracketed(geluGrad, geluCurvature, -1, -0.5);
}

/** GELU's global minimum (≈ (-0.7518, -0.1700)), solved to full double precision. */
export function geluMinimum(): Point {
  const x = geluGradZero();
  return { x, y: gelu(x) };
}

/** t ≈ -1.2785 with 1 + t·σ(-t) = 0: SiLU's minimiser, and βx at every swish minimum. */
function swishRoot(): number {
  return solveBracketed(siluGrad, siluCurvature, -2, -1);
}

/**
 * Minimum of swish x·σ(βx) for β > 0 (SiLU at β = 1 ≈ (-1.2785, -0.2785)): with t = βx the
 * condition is 1 + t·σ(-t) = 0 for every β, so x = t/β and y = t·σ(t)/β.
 */
export function swishMinimum(beta = 1): Point {
  if (!(beta > 0 && beta < Infinity))
    throw new RangeError(`swishMinimum: beta must be a finite number > 0, got ${beta}`);
  const t = swishRoot();
  return { x: t / beta, y: silu(t) / beta };
}

/** Maximum of σ′: 0.25 at x = 0, located as the zero of σ″ = σ′·(1 - 2σ). */
export function sigmoidGradMaximum(): Point {
  const x = solveBracketed(
    (v) => sigmoidGrad(v) * (1 - 2 * sigmoid(v)),
    (v) => sigmoidGrad(v) * ((1 - 2 * sigmoid(v)) ** 2 - 2 * sigmoidGrad(v)),
    -1,
    1,
  );
  return { x, y: sigmoidGrad(x) };
}

// The gap approx - GELU is even in x and below 1e-9 beyond x = 10 for both approximations.
const SCAN_MAX = 10;
const SCAN_STEPS = 10000;

/**
 * max over x of |approx(x) - GELU(x)| for the tanh (≈ 4.7e-4) or sigmoid (≈ 0.020)
 * approximation: a scan of [0, 10] at step 1e-3, then bisection on the gap's derivative
 * inside the best cell. Returns the x > 0 of the maximum (-x has the same gap).
 */
export function maxApproxError(kind: 'tanh' | 'sigmoid'): MaxError {
  const [approx, approxGrad] = kind === 'tanh' ? [geluTanh, geluTanhGrad] : [geluSigmoid, geluSigmoidGrad];
  const gap = (x: number) => approx(x) - gelu(x);
  const slope = (x: number) => approxGrad(x) - geluGrad(x);
  let best = 0;
  let bestAbs = -1;
  for (let i = 1; i < SCAN_STEPS; i++) {
    const x = (i / SCAN_STEPS) * SCAN_MAX;
    const g = Math.abs(gap(x));
    if (g > bestAbs) {
      bestAbs = g;
      best = x;
    }
  }
  const h = SCAN_MAX / SCAN_STEPS;
  let lo = best - h;
  let hi = best + h;
  // The gap's slope changes sign across the maximum of |gap|; plain bisection, as the second
  // derivative is not at hand. sLo and the slope at mid are compared by sign only.
  const sLo = Math.sign(slope(lo));
  for (;;) {
    const mid = 0.5 * (lo + hi);
    if (mid === lo || mid === hi) break;
    if (Math.sign(slope(mid)) === sLo) lo = mid;
    else hi = mid;
  }
  const x = Math.abs(gap(lo)) >= Math.abs(gap(hi)) ? lo : hi;
  return { x, error: Math.abs(gap(x)) };
}

let memo: Readonly<Facts> | undefined;

/** All quoted numbers, computed on the first call and then cached (about 1 ms). */
export function getFacts(): Readonly<Facts> {
  if (memo) return memo;
  const gMin = geluMinimum();
  const sMin = swishMinimum(1);
  const sMax = sigmoidGradMaximum();
  const tanhErr = maxApproxError('tanh');
  const sigErr = maxApproxError('sigmoid');
  // SiLU′ peaks where SiLU″ = σ′(t)(2 + t(1 - 2σ(t))) vanishes, in (2, 3); SiLU‴ for Newton's steps.
  const siluGradPeak = solveBracketed(
    siluCurvature,
    (t) => {
      const s = sigmoid(t);
      const ds = sigmoidGrad(t);
      return ds * (1 - 2 * s) * (2 + t * (1 - 2 * s)) + ds * (1 - 2 * s - 2 * t * ds);
    },
    2,
    3,
  );
  memo = Object.freeze({
    geluMinX: gMin.x,
    geluMinY: gMin.y,
    siluMinX: sMin.x,
    siluMinY: sMin.y,
    sigmoidGradMax: sMax.y,
    sigmoidGradMaxX: sMax.x,
    geluTanhMaxErr: tanhErr.error,
    geluTanhMaxErrX: tanhErr.x,
    geluSigmoidMaxErr: sigErr.error,
    geluSigmoidMaxErrX: sigErr.x,
    geluGradMinus5: geluGrad(-5),
    geluGradMinus6: geluGrad(-6),
    siluGradMax: siluGrad(siluGradPeak),
    siluGradMaxX: siluGradPeak,
  });
  return memo;
}
