import type { Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { proseFacts } from './facts';

/** Numbers prose may quote, by name. */
type Facts = Readonly<Record<string, number>>;
import { isLocale, type Locale } from '../i18n/locales';
import { formatFixed, formatInteger, formatScientific } from '../i18n/format';
import { localizeTexDecimals } from './tex-locale';

const tokenPattern = /\{\{([A-Za-z][A-Za-z0-9]*)\|(e?)(\d|i)\}\}/g;

/** The locale of a content file, from its path `content/{lang}/{slug}.md`. */
function localeOf(file: VFile): Locale {
  const parts = (file.path ?? '').split(/[\\/]/);
  const lang = parts[parts.length - 2];
  if (!isLocale(lang)) throw new Error(`remark-facts: cannot tell the language of ${file.path}`);
  return lang;
}

/**
 * Replaces every `{{name|D}}` (D decimals), `{{name|eD}}` (D significant digits, scientific) and
 * `{{name|i}}` (a whole number with the locale's digit grouping) token of one string by the
 * formatted fact.
 */
export function replaceFacts(text: string, locale: Locale, facts: Facts, where = 'text'): string {
  const out = text.replace(tokenPattern, (_, name: string, sci: string, digits: string) => {
    if (!Object.hasOwn(facts, name)) throw new Error(`remark-facts: unknown fact "${name}" in ${where}`);
    const value = facts[name] ?? Number.NaN;
    if (digits === 'i') {
      if (sci || !Number.isInteger(value))
        throw new Error(`remark-facts: {{${name}|${sci}i}} is not a whole number in ${where}`);
      return formatInteger(value, locale);
    }
    return sci ? formatScientific(value, locale, Number(digits)) : formatFixed(value, locale, Number(digits));
  });
  if (out.includes('{{')) throw new Error(`remark-facts: malformed token in ${where}: ${out}`);
  return out;
}

/**
 * One TeX formula of a prose file: facts tokens as plain decimals (scientific tokens are for
 * prose only), then the locale's decimal separator (`1{,}702` in French and Turkish).
 */
export function localizeMath(tex: string, locale: Locale, facts: Facts, where = 'math'): string {
  if (/\{\{[A-Za-z][A-Za-z0-9]*\|(e|i)/.test(tex))
    throw new Error(`remark-facts: a scientific or grouped token cannot go inside TeX in ${where}`);
  return localizeTexDecimals(replaceFacts(tex, 'en', facts, where).replace(/\u2212/g, '-'), locale);
}

/** A math node of remark-math: its TeX sits in `value` and again in the hast text rehype-katex reads. */
interface MathNode {
  type: 'math' | 'inlineMath';
  value: string;
  data?: { hChildren?: Array<{ type: string; value?: string; children?: Array<{ type: string; value?: string }> }> };
}

function setMath(node: MathNode, tex: string): void {
  node.value = tex;
  const first = node.data?.hChildren?.[0];
  // inlineMath: hChildren = [text]; math: hChildren = [code element > text].
  const text = first?.type === 'text' ? first : first?.children?.[0];
  if (text?.type === 'text') text.value = tex;
}

/**
 * Remark plugin: numbers in prose are computed, never typed. Tokens such as `{{geluMinY|4}}`
 * become the numeric module's value, formatted for the file's language; formulas in the prose
 * take the language's decimal separator.
 */
export default function remarkFacts() {
  return (tree: Root, file: VFile) => {
    const locale = localeOf(file);
    const facts = proseFacts();
    const visit = (node: { type: string; children?: unknown[] }): void => {
      if (node.type === 'text' || node.type === 'inlineCode') {
        const text = node as Text;
        text.value = replaceFacts(text.value, locale, facts, file.path);
      } else if (node.type === 'inlineMath' || node.type === 'math') {
        const math = node as MathNode;
        setMath(math, localizeMath(math.value, locale, facts, file.path));
      }
      for (const child of node.children ?? []) visit(child as { type: string; children?: unknown[] });
    };
    visit(tree);
  };
}
