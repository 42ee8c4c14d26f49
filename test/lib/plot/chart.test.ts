import { describe, expect, it } from 'vitest';
import { chartScales, defaultFrame, fitFrame, fitsDefault, segmentsPath, yExtent } from '../../../src/lib/plot/chart';
import { scaleLinear } from '../../../src/lib/plot/linear';

describe('scaleLinear', () => {
  it('scaleLinear() maps the domain ends onto the range ends exactly', () => {
    const s = scaleLinear([-4, 4], [56, 624]);
    expect(s(-4)).toBe(56);
    expect(s(4)).toBe(624);
    expect(s(0)).toBe(340);
  });

  it('scaleLinear().ticks() gives d3’s nice values', () => {
    expect(scaleLinear([-4, 4], [0, 1]).ticks(9)).toEqual([-4, -3, -2, -1, 0, 1, 2, 3, 4]);
    expect(scaleLinear([-1, 1], [0, 1]).ticks(5)).toEqual([-1, -0.5, 0, 0.5, 1]);
  });
});

describe('segmentsPath', () => {
  it('segmentsPath() draws straight segments only: one M per run, then L', () => {
    const { x, y } = chartScales(defaultFrame, [-1, 1], [-1, 1]);
    const d = segmentsPath(
      [
        [
          [-1, 0],
          [0, 0],
          [1, 1],
        ],
        [[0.5, 0.5]],
      ],
      x,
      y,
    );
    expect(d).toBe('M56,135L340,135L624,14M482,74.5');
    expect(d).not.toMatch(/[CQSAT]/);
  });
});

describe('yExtent', () => {
  it('yExtent() always includes 0 and pads by 8 % of the span', () => {
    expect(
      yExtent([
        [
          [
            [1, 1],
            [2, 3],
          ],
        ],
      ]),
    ).toEqual([-0.24, 3.24]);
  });
});

describe('fitFrame', () => {
  it('fitFrame() takes the rendered size as the viewBox, margins unchanged', () => {
    expect(fitFrame(328, 252)).toEqual({ ...defaultFrame, width: 328, height: 252 });
    expect(fitFrame(757.4, 354.6)).toEqual({ ...defaultFrame, width: 757, height: 355 });
  });

  it('fitFrame() keeps a minimum size for a box not laid out, and the default for non-finite sizes', () => {
    expect(fitFrame(0, 0)).toEqual({ ...defaultFrame, width: 200, height: 160 });
    expect(fitFrame(Number.NaN, Infinity)).toEqual(defaultFrame);
  });
});

describe('fitsDefault', () => {
  it('fitsDefault() accepts a 640:300 box whose scaled 12-unit text reads 11 to 15 px', () => {
    expect(fitsDefault(640, 300)).toBe(true);
    expect(fitsDefault(757, 354.8)).toBe(true);
    expect(fitsDefault(587, 275.2)).toBe(true);
  });

  it('fitsDefault() refuses a narrow box (text under 11 px), a wide one (over 15 px) and another ratio', () => {
    expect(fitsDefault(328, 153.75)).toBe(false);
    expect(fitsDefault(1000, 468.75)).toBe(false);
    expect(fitsDefault(640, 340)).toBe(false);
  });
});
