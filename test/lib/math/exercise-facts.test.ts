import { describe, expect, it } from 'vitest';
import { allFacts, gelu, geluTanh, hardswish, leakyRelu, relu, sigmoid, silu, swishGrad } from '../../../src/lib/math';
import { mish } from '../../../src/lib/math/mish';

// The numbers the exercises' answers quote (content/exercises.yaml, the pages' frontmatter),
// each against a closed form or an independent scan. Tolerances are stated per check.
const f = allFacts();
const fact = (name: string): number => {
  const v = f[name];
  if (v === undefined) throw new Error(`no fact ${name}`);
  return v;
};

/** max over a grid of |g|, and where (a scan independent of the entries' root solving). */
function scanMax(g: (x: number) => number, lo: number, hi: number, step: number): { x: number; v: number } {
  let best = { x: lo, v: -Infinity };
  for (let x = lo; x <= hi + 1e-12; x += step) {
    const v = Math.abs(g(x));
    if (v > best.v) best = { x, v };
  }
  return best;
}

describe('facts quoted by the exercises', () => {
  it('slopes at 0 follow PyTorch autograd’s conventions (exact)', () => {
    expect(fact('geluGradZero')).toBe(0.5);
    expect(fact('reluGradZero')).toBe(0);
    expect(fact('leakyReluGradZero')).toBe(0.01);
    expect(fact('siluGradZero')).toBe(0.5);
    expect(fact('eluGradZeroAlpha2')).toBe(2);
    expect(fact('eluGradRightAlpha2')).toBe(1);
  });

  it('ReLU at −2 is dead; GELU and ReLU are furthest apart at −(GELU’s minimiser), by −(GELU’s minimum)', () => {
    expect(fact('reluAtMinus2')).toBe(0);
    expect(fact('reluGradMinus2')).toBe(0);
    expect(fact('reluGeluMaxGapX')).toBe(-fact('geluMinX'));
    // 1e-15: two roundings of the same quantity.
    expect(Math.abs(fact('reluGeluMaxGap') + fact('geluMinY'))).toBeLessThan(1e-15);
    // A scan at step 1e-4 over [−6, 6] finds nothing larger (beyond rounding) and the same place (±1e-4).
    const scan = scanMax((x) => relu(x) - gelu(x), -6, 6, 1e-4);
    expect(scan.v).toBeLessThanOrEqual(fact('reluGeluMaxGap') + 1e-12);
    expect(Math.abs(Math.abs(scan.x) - fact('reluGeluMaxGapX'))).toBeLessThan(1e-4);
  });

  it('Leaky ReLU at −3 with TensorFlow’s α = 0.2 and PyTorch’s α = 0.01; at α = 1 the identity', () => {
    // tf.nn.leaky_relu's documented default is alpha=0.2.
    expect(fact('leakyReluTfAlpha')).toBe(0.2);
    expect(fact('leakyReluTfAtMinus3')).toBeCloseTo(-0.6, 15);
    expect(fact('leakyReluTorchAtMinus3')).toBeCloseTo(-0.03, 15);
    expect(fact('leakyReluIdentityAtMinus2')).toBe(-2);
    expect(fact('leakyReluIdentityGradMinus2')).toBe(1);
    expect(leakyRelu(-2, 1)).toBe(-2);
  });

  it('SiLU: its minimum value is its minimiser plus 1; β = 2 halves both coordinates (swish′ = 0 there)', () => {
    // 1e-15: y = x + 1 holds exactly at the root; the rest is rounding.
    expect(Math.abs(fact('siluMinY') - fact('siluMinX') - 1)).toBeLessThan(1e-15);
    expect(fact('siluMinXBeta2')).toBeCloseTo(fact('siluMinX') / 2, 15);
    expect(fact('siluMinYBeta2')).toBeCloseTo(fact('siluMinY') / 2, 15);
    expect(Math.abs(swishGrad(fact('siluMinXBeta2'), 2))).toBeLessThan(1e-15);
  });

  it('sigmoid: 0.99 at ln 99 with slope 0.0099; ten maximal factors give 0.25¹⁰', () => {
    expect(fact('sigmoid99X')).toBe(Math.log(99));
    expect(fact('sigmoid99')).toBeCloseTo(0.99, 15);
    expect(fact('sigmoid99Grad')).toBeCloseTo(0.99 * 0.01, 15);
    expect(sigmoid(fact('sigmoid99X'))).toBeCloseTo(0.99, 15);
    expect(fact('sigmoidGradMaxPow10')).toBe(0.25 ** 10);
  });

  it('tanh′(3) is under a hundredth of tanh′(0) (the answer says so)', () => {
    expect(fact('tanhGrad3')).toBeLessThan(fact('tanhGradZero') / 100);
  });

  it('Softplus − ReLU peaks at ln 2 at 0, and at ln 2 / β for β = 10', () => {
    expect(fact('softplusGapX')).toBe(0);
    expect(fact('softplusGap')).toBeCloseTo(Math.LN2, 15);
    expect(fact('softplusGapBeta10')).toBeCloseTo(Math.LN2 / 10, 15);
  });

  it('Mish′(0) = tanh(ln 2) = 3/5; Mish − SiLU is largest at the quoted point over all of [−10, 10]', () => {
    expect(fact('mishGradZero')).toBeCloseTo(0.6, 15);
    const scan = scanMax((x) => mish(x) - silu(x), -10, 10, 1e-4);
    // The scan's best point is within a grid step of the solved one, and no larger (beyond 1e-9,
    // the gap's change over half a step near its flat top).
    expect(Math.abs(scan.x - fact('mishSiluMaxGapX'))).toBeLessThan(1e-4);
    expect(scan.v).toBeLessThanOrEqual(fact('mishSiluMaxGap') + 1e-9);
  });

  it('Hardswish − SiLU peaks at the corners ±3, at 3σ(−3)', () => {
    expect(fact('hardswishSiluMaxGapX')).toBe(3);
    // 14 digits: 3 − SiLU(3) and 3σ(−3) round differently in the last bit.
    expect(fact('hardswishSiluMaxGap')).toBeCloseTo(3 * sigmoid(-3), 14);
    const scan = scanMax((x) => hardswish(x) - silu(x), -10, 10, 1e-3);
    expect(scan.v).toBeLessThanOrEqual(fact('hardswishSiluMaxGap') + 1e-12);
  });

  it('GELU’s tanh form at the linked probe differs from exact GELU in the readout’s fourth decimal', () => {
    const x = Number(fact('geluTanhMaxErrX').toFixed(4));
    expect(gelu(x).toFixed(4)).not.toBe(geluTanh(x).toFixed(4));
  });
});
