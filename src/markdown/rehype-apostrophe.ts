import type { Element, ElementContent, Root } from 'hast';

/** Whether a node is a rendered formula (KaTeX's outer span). */
function isFormula(node: ElementContent | undefined): boolean {
  if (node?.type !== 'element') return false;
  const cls = node.properties['className'];
  return Array.isArray(cls) && (cls.includes('katex') || cls.includes('katex-display'));
}

/**
 * Rehype plugin: a suffix after a formula (Turkish `$x$'in`, French `$f$'`) starts with an
 * apostrophe, which the smart-quote step turns into an opening quote (‘) because it cannot see
 * the formula before it. Restore the apostrophe (’) there.
 */
export default function rehypeApostrophe() {
  return (tree: Root): void => {
    const visit = (parent: Root | Element): void => {
      parent.children.forEach((child, i) => {
        if (
          child.type === 'text' &&
          /^['‘]/.test(child.value) &&
          isFormula(parent.children[i - 1] as ElementContent | undefined)
        )
          child.value = `’${child.value.slice(1)}`;
        if (child.type === 'element') visit(child);
      });
    };
    visit(tree);
  };
}
