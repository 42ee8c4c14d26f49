import { allSeries, series, type ActivationId, type ParamValues, type SeriesId } from '../math/curves';

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

/** Every name key a parameter can give a curve (the strings a page sends beside the curves' own names). */
export function renameKeys(): string[] {
  return allSeries.flatMap((s) =>
    s.activation.params.flatMap((p) => (p.kind === 'range' && p.renames ? [p.renames] : [])),
  );
}

/**
 * What sets a drawn curve apart from its activation at the defaults: `β = 1.5` for each numeric
 * parameter away from its default (parameters the curve itself fixes excepted), joined by
 * commas; empty at the defaults. `fmt` writes a value with the parameter's digits. Second, the
 * name key such a parameter gives the curve (SiLU with β ≠ 1 is Swish), if one does.
 */
export function seriesParamText(
  id: SeriesId,
  params: (activation: ActivationId) => ParamValues,
  fmt: (value: number, digits: number) => string,
): [text: string, rename?: string | undefined] {
  const s = series(id);
  const values = params(s.activation.id);
  let rename: string | undefined;
  const text = s.activation.params
    .flatMap((p) => {
      const v = values[p.id];
      if (p.kind !== 'range' || typeof v !== 'number' || v === p.default || (s.fixed && p.id in s.fixed)) return [];
      rename ??= p.renames;
      return [`${p.symbol} = ${fmt(v, p.digits)}`];
    })
    .join(', ');
  return [text, rename];
}
