// The weights of a Transformer feed-forward block: two matrices of hidden size expansion·d
// (ReLU, GELU) against three for a gated unit (GLU variants, Shazeer 2020). Pure arithmetic,
// no registry: the GLU page's island recounts in the browser.

/** Weights of a bias-free feed-forward block: `matrices` matrices of d × hidden. */
export function ffnWeights(d: number, hidden: number, matrices: 2 | 3): number {
  return matrices * d * hidden;
}

/**
 * The hidden size of a three-matrix (gated) block with as many weights as a two-matrix block
 * of hidden size `plainHidden`: two thirds of it, to the nearest integer.
 * @example gatedHidden(3072) === 2048
 */
export function gatedHidden(plainHidden: number): number {
  return Math.round((2 * plainHidden) / 3);
}

/** One row of the comparison: a block's shape, its weights and their ratio to the two-matrix block. */
export interface FfnRow {
  id: 'plain' | 'gated' | 'gatedWide';
  matrices: 2 | 3;
  hidden: number;
  /** Weights, which is also the multiply-adds per token (each weight is used once per token). */
  weights: number;
  /** weights / weights of the two-matrix block. */
  ratio: number;
}

/**
 * The three blocks the page compares for model width d: two matrices with hidden size
 * expansion·d (ReLU or GELU), three matrices with 2/3 of that hidden size (Shazeer's
 * same-cost variants), and three matrices that keep the full hidden size.
 */
export function ffnComparison(d: number, expansion = 4): FfnRow[] {
  if (!(Number.isInteger(d) && d > 0)) throw new RangeError(`ffnComparison: d must be a positive integer, got ${d}`);
  const wide = expansion * d;
  const plain = ffnWeights(d, wide, 2);
  const row = (id: FfnRow['id'], matrices: 2 | 3, hidden: number): FfnRow => {
    const weights = ffnWeights(d, hidden, matrices);
    return { id, matrices, hidden, weights, ratio: weights / plain };
  };
  return [row('plain', 2, wide), row('gated', 3, gatedHidden(wide)), row('gatedWide', 3, wide)];
}
