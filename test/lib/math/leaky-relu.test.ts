import { describe, it } from 'vitest';
import { leakyRelu, leakyReluGrad } from '../../../src/lib/math';
import { assertSame, checkColumn, loadFixture } from './helpers';

describe('leakyRelu', () => {
  it('leakyRelu(x, alpha) equals the fixture exactly at every point for each fixture alpha', () => {
    for (const alpha of loadFixture().alphas) checkColumn(`leaky_relu_${alpha}`, (x) => leakyRelu(x, alpha), true);
  });

  it('leakyRelu(x) defaults to alpha = 0.01 and keeps -0', () => {
    assertSame(leakyRelu(-2), -0.02, 'leakyRelu(-2)');
    assertSame(leakyRelu(-0), -0, 'leakyRelu(-0)');
    assertSame(leakyRelu(0), 0, 'leakyRelu(0)');
    assertSame(leakyRelu(-Infinity, 0.2), -Infinity, 'leakyRelu(-∞, 0.2)');
    assertSame(leakyRelu(-Infinity, 0), -0, 'leakyRelu(-∞, 0) (the limit, not 0·∞)');
    assertSame(leakyRelu(Number.NaN, 0.2), Number.NaN, 'leakyRelu(NaN)');
  });
});

describe('leakyReluGrad', () => {
  it('leakyReluGrad(x, alpha) equals the fixture exactly at every point for each fixture alpha', () => {
    for (const alpha of loadFixture().alphas)
      checkColumn(`leaky_relu_grad_${alpha}`, (x) => leakyReluGrad(x, alpha), true);
  });

  it('leakyReluGrad(0, 0.2) === 0.2 (PyTorch convention), NaN for NaN', () => {
    assertSame(leakyReluGrad(0, 0.2), 0.2, 'leakyReluGrad(0, 0.2)');
    assertSame(leakyReluGrad(0), 0.01, 'leakyReluGrad(0)');
    assertSame(leakyReluGrad(1e-300, 0.2), 1, 'leakyReluGrad(1e-300, 0.2)');
    assertSame(leakyReluGrad(Number.NaN, 0.2), Number.NaN, 'leakyReluGrad(NaN)');
  });
});
