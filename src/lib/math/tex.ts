// TeX sources of every formula, one for all languages; KaTeX renders them at build time.
// Only macros KaTeX knows (\operatorname, \mathrm, \tfrac, \bigl ...): a test renders each
// one with throwOnError and fails on any console.warn.

import { SELU_ALPHA, SELU_SCALE } from './selu.ts';

/**
 * A number as TeX: shortest decimal up to 6 significant digits, `m \times 10^{e}` instead
 * of JavaScript's `1e-7`.
 */
export function texNumber(v: number): string {
  if (!Number.isFinite(v)) throw new RangeError(`texNumber: ${v} is not a finite number`);
  const s = String(Number(v.toPrecision(6)));
  const [mantissa, exponent] = s.split('e');
  return exponent === undefined ? s : `${mantissa} \\times 10^{${Number(exponent)}}`;
}

/** Φ(x) = ½[1 + erf(x/√2)], the standard normal CDF that GELU multiplies x by. */
export const texPhi = String.raw`\Phi(x) = \tfrac{1}{2}\left[1 + \mathrm{erf}\!\left(\tfrac{x}{\sqrt{2}}\right)\right]`;

/** GELU(x) = x·Φ(x), exact (erf) form. */
export const texGelu = String.raw`\operatorname{GELU}(x) = x\,\Phi(x) = \tfrac{x}{2}\left[1 + \mathrm{erf}\!\left(\tfrac{x}{\sqrt{2}}\right)\right]`;

/** GELU′(x) = Φ(x) + x·φ(x). */
export const texGeluGrad = String.raw`\operatorname{GELU}'(x) = \Phi(x) + x\,\varphi(x), \quad \varphi(x) = \tfrac{1}{\sqrt{2\pi}}\,e^{-x^2/2}`;

/** Tanh approximation ½x[1 + tanh(√(2/π)(x + 0.044715x³))]. */
export const texGeluTanh = String.raw`\operatorname{GELU}_{\tanh}(x) = \tfrac{x}{2}\left[1 + \tanh\!\left(\sqrt{2/\pi}\,\left(x + 0.044715\,x^{3}\right)\right)\right]`;

/** Derivative of the tanh approximation, with u and u′ spelled out. */
export const texGeluTanhGrad = String.raw`\operatorname{GELU}_{\tanh}'(x) = \tfrac{1}{2}\left(1 + \tanh u\right) + \tfrac{x}{2}\left(1 - \tanh^{2} u\right)u', \quad u = \sqrt{2/\pi}\,\left(x + 0.044715\,x^{3}\right),\ u' = \sqrt{2/\pi}\,\left(1 + 0.134145\,x^{2}\right)`;

/** Sigmoid approximation x·σ(1.702x). */
export const texGeluSigmoid = String.raw`\operatorname{GELU}_{\sigma}(x) = x\,\sigma(1.702\,x)`;

/** Derivative of the sigmoid approximation. */
export const texGeluSigmoidGrad = String.raw`\operatorname{GELU}_{\sigma}'(x) = \sigma(1.702\,x)\bigl(1 + 1.702\,x\,\sigma(-1.702\,x)\bigr)`;

/** ReLU(x) = max(0, x). */
export const texRelu = String.raw`\operatorname{ReLU}(x) = \max(0,\, x)`;

/** ReLU′ with PyTorch's value 0 at x = 0. */
export const texReluGrad = String.raw`\operatorname{ReLU}'(x) = \begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases}`;

/** Leaky ReLU with slope `alpha` (a number) or the symbol α when none is given. */
export function texLeakyRelu(alpha?: number): string {
  const a = alpha === undefined ? String.raw`\alpha` : texNumber(alpha);
  return String.raw`\operatorname{LeakyReLU}(x) = \begin{cases} x & x > 0 \\ ${a}\,x & x \le 0 \end{cases}`;
}

/** Leaky ReLU′ with PyTorch's value α at x = 0. */
export function texLeakyReluGrad(alpha?: number): string {
  const a = alpha === undefined ? String.raw`\alpha` : texNumber(alpha);
  return String.raw`\operatorname{LeakyReLU}'(x) = \begin{cases} 1 & x > 0 \\ ${a} & x \le 0 \end{cases}`;
}

/** SiLU x·σ(x), or swish x·σ(βx) when β ≠ 1 is given. */
export function texSilu(beta?: number): string {
  if (beta === undefined || beta === 1) return String.raw`\operatorname{SiLU}(x) = x\,\sigma(x) = \frac{x}{1 + e^{-x}}`;
  const b = texNumber(beta);
  return String.raw`\operatorname{Swish}_{${b}}(x) = x\,\sigma(${b}\,x) = \frac{x}{1 + e^{-${b}\,x}}`;
}

/** SiLU′ = σ(x)(1 + x(1 - σ(x))), or swish′ for β ≠ 1. */
export function texSiluGrad(beta?: number): string {
  if (beta === undefined || beta === 1)
    return String.raw`\operatorname{SiLU}'(x) = \sigma(x)\bigl(1 + x\,(1 - \sigma(x))\bigr)`;
  const b = texNumber(beta);
  return String.raw`\operatorname{Swish}_{${b}}'(x) = \sigma(${b}\,x)\bigl(1 + ${b}\,x\,(1 - \sigma(${b}\,x))\bigr)`;
}

/** σ(x) = 1/(1 + e^(-x)). */
export const texSigmoid = String.raw`\sigma(x) = \frac{1}{1 + e^{-x}}`;

/** σ′(x) = σ(x)(1 - σ(x)). */
export const texSigmoidGrad = String.raw`\sigma'(x) = \sigma(x)\bigl(1 - \sigma(x)\bigr)`;

/** Swish-β with the symbol β: x·σ(βx), the family SiLU belongs to (β = 1). */
export const texSwish = String.raw`\operatorname{Swish}_{\beta}(x) = x\,\sigma(\beta x) = \frac{x}{1 + e^{-\beta x}}`;

/** SELU's two constants, λ and α, to six decimals (PyTorch's exact values, rounded for reading). */
export function texSeluConstants(): string {
  return String.raw`\lambda \approx ${texNumber(Number(SELU_SCALE.toFixed(6)))},\quad \alpha \approx ${texNumber(Number(SELU_ALPHA.toFixed(6)))}`;
}
