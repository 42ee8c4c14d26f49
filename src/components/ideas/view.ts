import { chartScales, type Frame } from '../../lib/plot/chart';
import type { ChartModel } from '../../lib/plot/figure';
import type { SvgNode } from '../../lib/plot/svg-tree';
import type { Locale } from '../../i18n/locales';
import { superscript } from '../../i18n/format';

/** Translated templates a figure needs (key -> text with `{name}` slots). */
export type Strings = Readonly<Record<string, string>>;

/**
 * What a figure shows for one state: SVG nodes per `[data-plot]` group and text per
 * `[data-text]` element. Built the same way at build time and in the browser.
 */
export interface FigureView {
  nodes: Record<string, SvgNode[]>;
  text: Record<string, string>;
}

/**
 * A figure's render function: state and locale in, view out (no DOM). `focus` is the page's
 * activation id as the page passed it, unchecked: a figure that uses it validates it.
 */
export type RenderFigure<S> = (state: S, locale: Locale, strings: Strings, focus?: string) => FigureView;

/** Fills `{name}` slots of a template; an unknown slot reads as empty (templates are checked at build). */
export function fill(template: string | undefined, values: Readonly<Record<string, string>>): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}

/**
 * A chart model without curves over the given domains, with explicit tick values (a log
 * axis passes exponents, a bar chart none): axesNodes draws its grid and labels.
 */
export function frameModel(
  frame: Frame,
  xDomain: [number, number],
  yDomain: [number, number],
  xTicks: readonly number[],
  yTicks: readonly number[],
): ChartModel {
  const { x, y } = chartScales(frame, xDomain, yDomain);
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    frame,
    xDomain,
    yDomain,
    xTicks: xTicks.map((value) => ({ value, pos: round(x(value)) })),
    yTicks: yTicks.map((value) => ({ value, pos: round(y(value)) })),
    zero: { x: null, y: yDomain[0] <= 0 && yDomain[1] >= 0 ? round(y(0)) : null },
    paths: [],
    px: (v) => round(x(v)),
    py: (v) => round(y(v)),
  };
}

/** A polyline path `d` through the points (pixels). */
export function polyline(points: ReadonlyArray<readonly [number, number]>): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x},${y}`).join('');
}

/** `10⁻⁴` for k = −4 (a log axis tick, a ratio in a sentence); never "NaN". */
export function powerOfTen(k: number): string {
  const e = Number.isFinite(k) ? Math.round(k) : 0;
  return `10${superscript(String(e))}`;
}
