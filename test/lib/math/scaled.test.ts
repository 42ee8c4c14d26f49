import { describe, it } from 'vitest';
import { expMul, halfTiny } from '../../../src/lib/math/scaled';
import { assertAbsClose, assertSame, MIN_SUBNORMAL } from './helpers';

describe('halfTiny', () => {
  it('halfTiny(x) rounds ½x + (positive tiny) up at ties: 2^-1074 → 2^-1074, -2^-1074 → -0', () => {
    assertSame(halfTiny(5e-324), 5e-324, 'halfTiny(2^-1074)');
    assertSame(halfTiny(-5e-324), -0, 'halfTiny(-2^-1074)');
    assertSame(halfTiny(1e-323), 5e-324, 'halfTiny(2·2^-1074)');
    assertSame(halfTiny(1.5e-323), 1e-323, 'halfTiny(3·2^-1074)');
    assertSame(halfTiny(-1.5e-323), -5e-324, 'halfTiny(-3·2^-1074)');
    assertSame(halfTiny(0), 0, 'halfTiny(0)');
    assertSame(halfTiny(-0), -0, 'halfTiny(-0)');
    assertSame(halfTiny(2.2250738585072014e-308), 1.1125369292536007e-308, 'halfTiny(2^-1022)');
  });
});

describe('expMul', () => {
  it('expMul(hi, lo, v) stays accurate when exp(hi) alone would underflow (e^-1400·1e300, mpmath)', () => {
    // 9.721322154756664e-309 is subnormal: one unit of 2^-1074 absolute.
    assertAbsClose(expMul(-1400, 0, 1e300), 9.721322154756664e-309, MIN_SUBNORMAL, 'expMul(-1400, 0, 1e300)');
  });

  it('expMul(hi, lo, v) is 0 (with the sign of v) far below the subnormal range', () => {
    assertSame(expMul(-3000, 0, 1e300), 0, 'expMul(-3000, 0, 1e300)');
    assertSame(expMul(-3000, 0, -5), -0, 'expMul(-3000, 0, -5)');
  });
});
