/** Curves the site draws: the five activations and GELU's two approximations. */
export type SeriesId = 'gelu' | 'relu' | 'leaky-relu' | 'silu' | 'sigmoid' | 'gelu-tanh' | 'gelu-sigmoid';

/**
 * One colour (a CSS custom property, so light and dark themes share the SVG) and one dash
 * pattern per curve, the same on every page and in every figure.
 */
export const seriesStyle: Readonly<Record<SeriesId, { color: string; dash: string }>> = {
  gelu: { color: 'var(--c-gelu)', dash: '' },
  relu: { color: 'var(--c-relu)', dash: '8 4' },
  'leaky-relu': { color: 'var(--c-leaky)', dash: '2 3' },
  silu: { color: 'var(--c-silu)', dash: '10 3 2 3' },
  sigmoid: { color: 'var(--c-sigmoid)', dash: '5 5' },
  'gelu-tanh': { color: 'var(--c-gelu-tanh)', dash: '1 4' },
  'gelu-sigmoid': { color: 'var(--c-gelu-sigmoid)', dash: '12 4' },
};
