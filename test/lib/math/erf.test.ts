import { describe, it } from 'vitest';
import { erf, erfc } from '../../../src/lib/math';
import {
  assertAbsClose,
  assertMatchesReference,
  assertRelClose,
  assertSame,
  checkColumn,
  MIN_SUBNORMAL,
} from './helpers';

describe('erf', () => {
  it('erf(x) matches mpmath within 1e-12 relative at the fixture points', () => {
    checkColumn('erf', erf);
  });

  it('erf(x) keeps the sign of zero and saturates at ±1', () => {
    assertSame(erf(0), 0, 'erf(0)');
    assertSame(erf(-0), -0, 'erf(-0)');
    assertSame(erf(Infinity), 1, 'erf(∞)');
    assertSame(erf(-Infinity), -1, 'erf(-∞)');
    assertSame(erf(Number.NaN), Number.NaN, 'erf(NaN)');
  });
});

describe('erfc', () => {
  // mpmath 1.3.0 at 60 digits, rounded to the nearest double.
  const reference: Array<[number, number]> = [
    [-3, 1.9999779095030015],
    [-0.5, 1.5204998778130465],
    [0.3, 0.6713732405408726],
    [1, 0.15729920705028513],
    [5, 1.537459794428035e-12],
    [10, 2.088487583762545e-45],
    [26, 5.663192408856143e-296],
    [27.2, 1e-323],
  ];

  it('erfc(x) matches mpmath within 1e-12 relative, deep into the upper tail', () => {
    for (const [x, expected] of reference) assertMatchesReference(erfc(x), expected, `erfc(${x})`);
  });

  it('erfc(x) is 1 - erf(x) where that subtraction is harmless (|x| <= 0.5, 1e-15 absolute)', () => {
    for (let x = -0.5; x <= 0.5; x += 1 / 64) assertAbsClose(erfc(x), 1 - erf(x), 1e-15, `erfc(${x})`);
  });

  it('erfc(-x) is 2 - erfc(x) (1e-15 relative)', () => {
    for (const x of [0.1, 0.7, 1.3, 2.9, 6]) assertRelClose(erfc(-x), 2 - erfc(x), 1e-15, `erfc(-${x})`);
  });

  it('erfc(x) has the limits 0 and 2 and passes NaN through', () => {
    assertSame(erfc(0), 1, 'erfc(0)');
    assertSame(erfc(Infinity), 0, 'erfc(∞)');
    assertSame(erfc(-Infinity), 2, 'erfc(-∞)');
    assertSame(erfc(30), 0, 'erfc(30) underflows');
    assertAbsClose(erfc(27.2), 2 * MIN_SUBNORMAL, MIN_SUBNORMAL, 'erfc(27.2) is subnormal');
    assertSame(erfc(Number.NaN), Number.NaN, 'erfc(NaN)');
  });
});
