import fc from 'fast-check';
import { describe, it } from 'vitest';
import { silu, siluGrad, swish, swishGrad } from '../../../src/lib/math';
import { assertMatchesReference, assertSame } from './helpers';

// mpmath 1.3.0 at 60 digits, rounded to the nearest double: [x, β, x·σ(βx), d/dx].
const reference: Array<[number, number, number, number]> = [
  [-800, 0.5, -1.5321356773712045e-171, -7.641526690888882e-172],
  [-100, 0.5, -1.9287498479639178e-20, -9.450874255023197e-21],
  [-3, 0.5, -0.547276571419069, -0.041294154299142946],
  [-0.75, 0.5, -0.3055000500344477, 0.3168035620760731],
  [0.4, 0.5, 0.21993359892499117, 0.59933731185485],
  [2, 0.5, 1.4621171572600098, 0.9276705118714867],
  [30, 0.5, 29.999990822933192, 1.0000042826297733],
  [-800, 2.5, -0, -0],
  [-100, 2.5, -2.6691902155412765e-107, -6.646283636697778e-107],
  [-3, 2.5, -0.0016583359107707986, -0.0035907694083426034],
  [-0.75, 2.5, -0.09972318014837193, -0.08319466797675179],
  [0.4, 2.5, 0.29242343145200195, 0.9276705118714867],
  [2, 2.5, 1.9866142981514303, 1.026547432429666],
  [30, 2.5, 30, 1],
];

describe('swish', () => {
  it('swish(x, beta) matches mpmath within 1e-12 relative for beta = 0.5 and 2.5', () => {
    for (const [x, beta, f] of reference) assertMatchesReference(swish(x, beta), f, `swish(${x}, ${beta})`);
  });

  it('swish(x, 1) === silu(x) for every x', () => {
    fc.assert(fc.property(fc.double(), (x) => assertSame(swish(x, 1), silu(x), `swish(${x}, 1)`)));
  });

  it('swish(-∞, beta) is -0 and swish(NaN, beta) is NaN', () => {
    assertSame(swish(-Infinity, 3), -0, 'swish(-∞, 3)');
    assertSame(swish(Number.NaN, 3), Number.NaN, 'swish(NaN, 3)');
  });
});

describe('swishGrad', () => {
  it('swishGrad(x, beta) matches mpmath within 1e-12 relative for beta = 0.5 and 2.5', () => {
    for (const [x, beta, , df] of reference) assertMatchesReference(swishGrad(x, beta), df, `swishGrad(${x}, ${beta})`);
  });

  it('swishGrad(x, 1) === siluGrad(x) for every x', () => {
    fc.assert(fc.property(fc.double(), (x) => assertSame(swishGrad(x, 1), siluGrad(x), `swishGrad(${x}, 1)`)));
  });

  it('swishGrad(±∞, beta) is 1 / -0 and swishGrad(NaN, beta) is NaN', () => {
    assertSame(swishGrad(Infinity, 0.05), 1, 'swishGrad(∞, 0.05)');
    assertSame(swishGrad(-Infinity, 0.05), -0, 'swishGrad(-∞, 0.05)');
    assertSame(swishGrad(Number.NaN, 2), Number.NaN, 'swishGrad(NaN, 2)');
  });
});
