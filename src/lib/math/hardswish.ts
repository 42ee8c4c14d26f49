import { solveBracketed } from './root.ts';
import { halfTiny, TINY_X } from './scaled.ts';
import type { Point } from './special.ts';

/** hardswish″ on (-3, 3), where hardswish is the parabola x(x + 3)/6. */
const CURVATURE = 1 / 3;

/**
 * Hardswish x·ReLU6(x + 3)/6 (Howard et al. 2019), `nn.Hardswish()`: +0 for x <= -3,
 * x(x + 3)/6 between, x for x >= 3; hardswish(±0) = ±0.
 * @example hardswish(1) // 0.6666666666666666
 */
export function hardswish(x: number): number {
  if (x <= -3) return 0;
  if (x >= 3) return x;
  // x(½ + x/6) is ½x plus a tie-breaker that plain x·3/6 would round away at subnormal x.
  if (Math.abs(x) < TINY_X) return halfTiny(x);
  return (x * (x + 3)) / 6;
}

/**
 * Hardswish′(x): 0 for x < -3, 1 for x > 3, (2x + 3)/6 on the closed [-3, 3] (PyTorch 1.13's
 * scalar autograd: -0.5 at -3, 1.5 at 3), NaN for NaN.
 */
export function hardswishGrad(x: number): number {
  if (x < -3) return 0;
  if (x > 3) return 1;
  // x/3 + 1/2 would cancel next to its zero at -1.5; 2x + 3 is exact there (Sterbenz).
  return (2 * x + 3) / 6;
}

/** Hardswish's minimum (-1.5, -0.375), where hardswishGrad vanishes, found by the root finder. */
export function hardswishMinimum(): Point {
  const x = solveBracketed(hardswishGrad, () => CURVATURE, -3, 3);
  return { x, y: hardswish(x) };
}
