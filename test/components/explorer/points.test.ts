import { describe, expect, it } from 'vitest';
import { markedPoints, type PointWords } from '../../../src/components/explorer/points';

const words: PointWords = {
  names: { a: 'A', b: 'B' },
  minimum: 'minimum',
  maxSlope: 'steepest point',
  markMin: 'min {v}',
  markMax: 'max {v}',
  markSteepest: 'steepest',
};
const fmt = (v: number, digits = 4) => v.toFixed(digits);

// Source of truth: the words above and the special points given; exact strings.
describe('markedPoints', () => {
  const specials = [
    { kind: 'minimum' as const, x: -0.75, y: -0.17, dy: 0, series: 'a' },
    { kind: 'maxSlope' as const, x: 0, y: 0.5, dy: 0.25, series: 'a' },
    { kind: 'minimum' as const, x: -1.28, y: -0.28, dy: 0, series: 'b' },
  ];

  it('markedPoints() gives every point its tooltip on both charts', () => {
    const { f, df } = markedPoints(specials, words, fmt, 'a');
    expect(f.map((p) => p.label)).toEqual([
      'A, minimum: (-0.7500, -0.1700)',
      'A, steepest point: (0.0000, 0.5000)',
      'B, minimum: (-1.2800, -0.2800)',
    ]);
    expect(df.map((p) => p.y)).toEqual([0, 0.25, 0]);
  });

  it('markedPoints() labels the main curve’s points only: min under f’s minimum, max on f′', () => {
    const { f, df } = markedPoints(specials, words, fmt, 'a');
    expect(f.map((p) => p.tag)).toEqual(['min -0.170', 'steepest', undefined]);
    expect(f[0]?.below).toBe(true);
    expect(df.map((p) => p.tag)).toEqual([undefined, 'max 0.250', undefined]);
  });

  it('markedPoints() writes no direct label on the comparison page (no main curve)', () => {
    const { f, df } = markedPoints(specials, words, fmt, null);
    expect([...f, ...df].every((p) => p.tag === undefined)).toBe(true);
  });
});
