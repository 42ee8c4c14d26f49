import { describe, it } from 'vitest';
import { solveBracketed } from '../../../src/lib/math/root';
import { assertAbsClose } from './helpers';

describe('solveBracketed', () => {
  it('solveBracketed(x² - 2) on [1, 2] is √2 to 1 ulp', () => {
    assertAbsClose(
      solveBracketed(
        (x) => x * x - 2,
        (x) => 2 * x,
        1,
        2,
      ),
      Math.SQRT2,
      2.3e-16,
      '√2',
    );
  });

  it('solveBracketed(cos) on [1, 2] is π/2 to 1 ulp, bracket given in either order', () => {
    assertAbsClose(
      solveBracketed(Math.cos, (x) => -Math.sin(x), 1, 2),
      Math.PI / 2,
      2.3e-16,
      'π/2',
    );
    assertAbsClose(
      solveBracketed(Math.cos, (x) => -Math.sin(x), 2, 1),
      Math.PI / 2,
      2.3e-16,
      'π/2 reversed',
    );
  });

  it('solveBracketed falls back to bisection when a Newton step would leave the bracket', () => {
    // x³ - x on [0.5, 2]: f′ is small near 0.58, where Newton would jump out; the root inside is 1.
    assertAbsClose(
      solveBracketed(
        (x) => x ** 3 - x,
        (x) => 3 * x * x - 1,
        0.5,
        2,
      ),
      1,
      2.3e-16,
      'root 1',
    );
  });

  it('solveBracketed throws a RangeError when f does not change sign', () => {
    let threw = false;
    try {
      solveBracketed(
        (x) => x * x + 1,
        (x) => 2 * x,
        -1,
        1,
      );
    } catch (e) {
      threw = e instanceof RangeError;
    }
    if (!threw) throw new Error('no RangeError');
  });
});
