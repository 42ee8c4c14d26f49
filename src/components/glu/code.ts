// The GLU page's PyTorch example: the code shown (comments in the reader's language) and what
// it prints, computed by the float32 emulation (src/lib/torch/glu.ts), never pasted.
import { gluTorchSource, gluVariants, type GluVariantId } from '../../lib/math/glu';
import { formatPrint } from '../../lib/torch/format';
import { runGluVariant } from '../../lib/torch/glu';
import { pythonFloat } from '../console/code';

/** The example's input: four values a, then four gates b. */
export const gluExampleValues: readonly number[] = Object.freeze([1, -2, 0.5, 3, 2, -1, 0, 1.5]);

/** Comments of the example, in the reader's language. */
export interface GluCodeComments {
  input: string;
  variants: string;
}

/** Each variant's printed label, padded so the tensors line up: `GLU:    `. */
function labels(names: Readonly<Record<GluVariantId, string>>): Map<GluVariantId, string> {
  const width = Math.max(...gluVariants.map((v) => names[v.id].length)) + 2;
  return new Map(gluVariants.map((v) => [v.id, `${names[v.id]}:`.padEnd(width)]));
}

/** The example's Python source. */
export function gluExampleSource(comments: GluCodeComments, names: Readonly<Record<GluVariantId, string>>): string {
  const label = labels(names);
  return [
    'import torch',
    'import torch.nn as nn',
    'import torch.nn.functional as F',
    '',
    `# ${comments.input}`,
    `x = torch.tensor([${gluExampleValues.map(pythonFloat).join(', ')}])`,
    'a, b = x.chunk(2, dim=-1)',
    `# ${comments.variants}`,
    ...gluVariants.map((v) => `print(f"${label.get(v.id) ?? ''}{${gluTorchSource(v)}}")`),
  ].join('\n');
}

/** What the example prints, line for line, as PyTorch 1.13 prints it. */
export function gluExamplePrinted(names: Readonly<Record<GluVariantId, string>>): string {
  const label = labels(names);
  const input = { data: [...gluExampleValues], dtype: 'float32' as const };
  return gluVariants.map((v) => formatPrint(label.get(v.id) ?? '', runGluVariant(v, input))).join('\n');
}
