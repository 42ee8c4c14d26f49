import { describe, it } from 'vitest';
import { normalCdf, normalPdf } from '../../../src/lib/math';
import { assertRelClose, assertSame, checkColumn } from './helpers';

describe('normalCdf', () => {
  it('normalCdf(x) matches mpmath Φ within 1e-12 relative at the fixture points, incl. x = -37', () => {
    checkColumn('Phi', normalCdf);
  });

  it('normalCdf(x) keeps full relative accuracy where 1 + erf would give 0 (x = -30, 1e-12)', () => {
    // mpmath: Φ(-30) = 4.906713927148187e-198 (1 + erf(-30/√2) is exactly 0 in doubles).
    assertRelClose(normalCdf(-30), 4.906713927148187e-198, 1e-12, 'normalCdf(-30)');
  });

  it('normalCdf(x) has the limits 0 and 1, Φ(±0) = 0.5, and NaN in gives NaN', () => {
    assertSame(normalCdf(-Infinity), 0, 'normalCdf(-∞)');
    assertSame(normalCdf(Infinity), 1, 'normalCdf(∞)');
    assertSame(normalCdf(0), 0.5, 'normalCdf(0)');
    assertSame(normalCdf(-0), 0.5, 'normalCdf(-0)');
    assertSame(normalCdf(Number.NaN), Number.NaN, 'normalCdf(NaN)');
  });
});

describe('normalPdf', () => {
  it('normalPdf(x) matches mpmath φ within 1e-12 relative at the fixture points', () => {
    checkColumn('Phi_grad', normalPdf);
  });

  it('normalPdf(x) is 0 at ±∞, 1/√(2π) at 0, NaN for NaN', () => {
    assertSame(normalPdf(Infinity), 0, 'normalPdf(∞)');
    assertSame(normalPdf(-Infinity), 0, 'normalPdf(-∞)');
    assertSame(normalPdf(0), 0.3989422804014327, 'normalPdf(0)');
    assertSame(normalPdf(Number.NaN), Number.NaN, 'normalPdf(NaN)');
  });
});
