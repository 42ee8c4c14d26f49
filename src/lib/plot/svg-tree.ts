/** A small SVG element description: drawn as markup at build time and as DOM in the browser. */
export interface SvgNode {
  tag: string;
  attrs?: Readonly<Record<string, string | number>>;
  text?: string;
  children?: readonly SvgNode[];
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => escapes[c] ?? c);

/** Markup of the nodes, every attribute value and text escaped. */
export function toMarkup(nodes: readonly SvgNode[]): string {
  return nodes
    .map((n) => {
      const attrs = Object.entries(n.attrs ?? {})
        .map(([k, v]) => ` ${k}="${escape(String(v))}"`)
        .join('');
      const inner = (n.text !== undefined ? escape(n.text) : '') + toMarkup(n.children ?? []);
      return `<${n.tag}${attrs}>${inner}</${n.tag}>`;
    })
    .join('');
}
