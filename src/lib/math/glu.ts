// The gated linear unit family: out = value × act(gate), element by element. A GLU takes two
// inputs, so it is not a registry entry; each variant names its gate activation by registry id
// and takes the gate's function from there (GLU: Dauphin et al. 2017; ReGLU, GEGLU, SwiGLU:
// Shazeer 2020).
import { activation, type ActivationId } from './registry.ts';
import { ffnComparison } from './ffn.ts';

/** The id of one variant, as it appears in the page's data attributes. */
export type GluVariantId = 'glu' | 'reglu' | 'geglu' | 'swiglu';

/** A model that uses a variant, with the bibliography key of the source that says so. */
export interface GluModel {
  name: string;
  ref: string;
}

/** One member of the family. */
export interface GluVariant {
  id: GluVariantId;
  /** i18n key of the variant's name. */
  nameKey: string;
  /** The registry id of the activation applied to the gate. */
  gate: ActivationId;
  /** KaTeX-ready TeX of the variant as a function of the value a and the gate b. */
  tex: string;
  /** Bibliography key of the work that introduced it. */
  ref: string;
  /** PyTorch's module for the whole unit, when it has one (`GLU`); the others are written as a * F.act(b). */
  torchModule?: string;
  /** Sourced models whose feed-forward blocks use it. */
  models: readonly GluModel[];
}

/** The family in the page's order: the original GLU, then Shazeer's three variants. */
export const gluVariants: readonly GluVariant[] = Object.freeze([
  {
    id: 'glu',
    nameKey: 'glu.name.glu',
    gate: 'sigmoid',
    tex: String.raw`\operatorname{GLU}(a, b) = a \otimes \sigma(b)`,
    ref: 'dauphin2017',
    torchModule: 'GLU',
    models: [],
  },
  {
    id: 'reglu',
    nameKey: 'glu.name.reglu',
    gate: 'relu',
    tex: String.raw`\operatorname{ReGLU}(a, b) = a \otimes \max(0,\, b)`,
    ref: 'shazeer2020',
    models: [],
  },
  {
    id: 'geglu',
    nameKey: 'glu.name.geglu',
    gate: 'gelu',
    tex: String.raw`\operatorname{GEGLU}(a, b) = a \otimes \operatorname{GELU}(b) = a \otimes b\,\Phi(b)`,
    ref: 'shazeer2020',
    models: [
      { name: 'T5 v1.1', ref: 't5-checkpoints' },
      { name: 'Gemma', ref: 'gemma2024' },
    ],
  },
  {
    id: 'swiglu',
    nameKey: 'glu.name.swiglu',
    gate: 'silu',
    tex: String.raw`\operatorname{SwiGLU}(a, b) = a \otimes \operatorname{SiLU}(b) = a \otimes b\,\sigma(b)`,
    ref: 'shazeer2020',
    models: [
      { name: 'PaLM', ref: 'chowdhery2022' },
      { name: 'LLaMA', ref: 'touvron2023' },
    ],
  },
]);

/** The general form: a value a gated by an activation of a second projection b of the same input. */
export const texGluGeneral = String.raw`y = a \otimes \operatorname{act}(b), \quad a = xW,\ b = xV`;

/** The two-matrix feed-forward block of a Transformer (no biases, as in T5). */
export const texFfnPlain = String.raw`\operatorname{FFN}(x) = \operatorname{act}(xW_1)\,W_2`;

/** The gated feed-forward block of a Transformer (Shazeer 2020, no biases): three matrices W, V, W₂. */
export const texGluFfn = String.raw`\operatorname{FFN}(x) = \bigl(xW \otimes \operatorname{act}(xV)\bigr)\,W_2`;

/** The variant of an id; throws on an unknown id (a bug, never reader input). */
export function gluVariant(id: GluVariantId): GluVariant {
  const v = gluVariants.find((g) => g.id === id);
  if (!v) throw new Error(`glu: unknown variant "${String(id)}"`);
  return v;
}

/**
 * One element of a gated linear unit: the value times the gate's activation.
 * @example glu(3, 0, sigmoid) === 1.5
 */
export function glu(value: number, gate: number, act: (x: number) => number): number {
  return value * act(gate);
}

/**
 * The Python expression of a variant's output: its module applied to the input x
 * (`nn.GLU(dim=-1)(x)`), or the value half times the gate's functional form (`a * F.gelu(b)`).
 */
export function gluTorchSource(variant: GluVariant): string {
  if (variant.torchModule) return `nn.${variant.torchModule}(dim=-1)(x)`;
  return `a * F.${activation(variant.gate).torch.functional}(b)`;
}

/** The gate activation of a variant, at the registry entry's defaults (exact GELU, SiLU with β = 1). */
export function gluGate(variant: GluVariant): (x: number) => number {
  const a = activation(variant.gate);
  return (x) => a.f(x);
}

/** A variant as a function of (value, gate). */
export function gluFunction(variant: GluVariant): (value: number, gate: number) => number {
  const act = gluGate(variant);
  return (value, gate) => glu(value, gate, act);
}

/** The worked example of the page's prose and exercises: value a = −2, gate b = −1. */
export const gluExample = Object.freeze({ a: -2, b: -1 });

/** The model width of the same-cost exercise: 4d = 4096 is not a multiple of 3. */
export const gluExerciseWidth = 1024;

/**
 * The numbers the GLU page's prose and exercises quote (facts tokens): each variant's output
 * at the worked example, the share the sigmoid gate passes at b = 0, and Shazeer's same-cost
 * rule at d = 1024, from the weight count of ./ffn.ts.
 */
export function gluFacts(): Record<string, number> {
  const at = (id: GluVariantId) => gluFunction(gluVariant(id))(gluExample.a, gluExample.b);
  const [plain, gated] = ffnComparison(gluExerciseWidth);
  if (!plain || !gated) throw new Error('glu: ffnComparison gave no rows');
  return {
    gluGateZeroShare: gluGate(gluVariant('glu'))(0),
    gluExampleGlu: at('glu'),
    gluExampleReglu: at('reglu'),
    gluExampleGeglu: at('geglu'),
    gluExampleSwiglu: at('swiglu'),
    ffnPlainHidden1024: plain.hidden,
    ffnGatedHidden1024: gated.hidden,
    ffnGatedExtra1024: gated.weights - plain.weights,
  };
}
