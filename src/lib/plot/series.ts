import { allSeries, series, type SeriesId } from '../math/curves';

export type { SeriesId };

/** How a curve is drawn: a CSS custom property (one SVG serves both themes) and a dash pattern. */
export interface StrokeStyle {
  color: string;
  dash: string;
}

/** The CSS custom property that holds a series' colour (`--c-gelu`). */
export function colorToken(id: SeriesId): string {
  return `--c-${id}`;
}

/** The stroke of a series, the same on every page and in every figure. */
export function seriesStyle(id: SeriesId): StrokeStyle {
  return { color: `var(${colorToken(id)})`, dash: series(id).style.dash };
}

/** The colour tokens of every series, as CSS for light and dark themes (from the registry). */
export function colorTokensCss(): string {
  const decls = (theme: 'light' | 'dark') => allSeries.map((s) => `${colorToken(s.id)}:${s.style[theme]}`).join(';');
  return `:root{${decls('light')}}@media (prefers-color-scheme: dark){:root{${decls('dark')}}}`;
}
