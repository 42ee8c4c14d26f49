import { ticks } from './ticks';

/** A linear map from a data domain to a pixel range, with d3's nice tick values. */
export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  ticks(count: number): number[];
}

/**
 * `scaleLinear` without interpolators or tick formats: the browser needs only the affine map
 * and tick values, and d3-scale's defaults would pull colour interpolation into the bundle.
 */
export function scaleLinear(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((value: number) => r0 + (value - d0) * k) as LinearScale;
  scale.domain = () => [d0, d1];
  scale.ticks = (count) => ticks(Math.min(d0, d1), Math.max(d0, d1), count);
  return scale;
}
