import { describe, it } from 'vitest';
import { relu, reluGrad } from '../../../src/lib/math';
import { assertSame, checkColumn } from './helpers';

describe('relu', () => {
  it('relu(x) equals the fixture exactly (Object.is) at every point', () => {
    checkColumn('relu', relu, true);
  });

  it('relu(-2) === 0, relu(-0) is +0, relu(NaN) is NaN', () => {
    assertSame(relu(-2), 0, 'relu(-2)');
    assertSame(relu(-0), 0, 'relu(-0)');
    assertSame(relu(3.5), 3.5, 'relu(3.5)');
    assertSame(relu(-Infinity), 0, 'relu(-∞)');
    assertSame(relu(Infinity), Infinity, 'relu(∞)');
    assertSame(relu(Number.NaN), Number.NaN, 'relu(NaN)');
  });
});

describe('reluGrad', () => {
  it('reluGrad(x) equals the fixture exactly at every point', () => {
    checkColumn('relu_grad', reluGrad, true);
  });

  it('reluGrad(0) === 0 (PyTorch convention), reluGrad(NaN) is NaN', () => {
    assertSame(reluGrad(0), 0, 'reluGrad(0)');
    assertSame(reluGrad(-0), 0, 'reluGrad(-0)');
    assertSame(reluGrad(5e-324), 1, 'reluGrad(5e-324)');
    assertSame(reluGrad(-5e-324), 0, 'reluGrad(-5e-324)');
    assertSame(reluGrad(Number.NaN), Number.NaN, 'reluGrad(NaN)');
  });
});
