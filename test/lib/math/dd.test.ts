import fc from 'fast-check';
import { describe, it } from 'vitest';
import { ddExp, twoProd, twoSum } from '../../../src/lib/math/dd';
import { assertAbsClose } from './helpers';

/** A finite double as the exact binary fraction m·2^e. */
function exact(x: number): { m: bigint; e: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n ? -1n : 1n;
  const biased = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & 0xfffffffffffffn;
  return biased === 0 ? { m: sign * frac, e: -1074 } : { m: sign * (frac | (1n << 52n)), e: biased - 1075 };
}

/** a + b for exact fractions. */
function add(a: { m: bigint; e: number }, b: { m: bigint; e: number }): { m: bigint; e: number } {
  const e = Math.min(a.e, b.e);
  return { m: (a.m << BigInt(a.e - e)) + (b.m << BigInt(b.e - e)), e };
}

/** Whether two exact fractions are equal. */
function same(a: { m: bigint; e: number }, b: { m: bigint; e: number }): boolean {
  const e = Math.min(a.e, b.e);
  return a.m << BigInt(a.e - e) === b.m << BigInt(b.e - e);
}

const moderate = fc.double({ min: -1e150, max: 1e150, noNaN: true }).filter((x) => x === 0 || Math.abs(x) > 1e-140);

describe('twoProd', () => {
  it('twoProd(a, b) gives hi + lo === a·b exactly (checked in BigInt)', () => {
    fc.assert(
      fc.property(moderate, moderate, (a, b) => {
        const { hi, lo } = twoProd(a, b);
        const ea = exact(a);
        const eb = exact(b);
        if (!same(add(exact(hi), exact(lo)), { m: ea.m * eb.m, e: ea.e + eb.e }))
          throw new Error(`twoProd(${a}, ${b}) = ${hi} + ${lo} is not exact`);
      }),
    );
  });
});

describe('twoSum', () => {
  it('twoSum(a, b) gives hi + lo === a + b exactly (checked in BigInt)', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }),
        fc.double({ noNaN: true, min: -1e300, max: 1e300 }),
        (a, b) => {
          const { hi, lo } = twoSum(a, b);
          if (!same(add(exact(hi), exact(lo)), add(exact(a), exact(b))))
            throw new Error(`twoSum(${a}, ${b}) = ${hi} + ${lo} is not exact`);
        },
      ),
    );
  });
});

describe('ddExp', () => {
  it('ddExp(1, 0) is e to 1e-31 (mpmath: 2.718281828459045 + 1.4456468917292502e-16)', () => {
    const e = ddExp(1, 0);
    assertAbsClose(e.hi - 2.718281828459045 + (e.lo - 1.4456468917292502e-16), 0, 1e-31, 'ddExp(1)');
  });

  it('ddExp(-1.2785, 0) is e^-1.2785 to 1e-32 (mpmath: 0.2784546693522916 + 1.6454214187627074e-17)', () => {
    const e = ddExp(-1.2785, 0);
    assertAbsClose(e.hi - 0.2784546693522916 + (e.lo - 1.6454214187627074e-17), 0, 1e-32, 'ddExp(-1.2785)');
  });
});
