import type { SvgNode } from '../../lib/plot/svg-tree';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** DOM elements of SVG nodes: attributes and text only, never parsed markup. */
export function toDom(nodes: readonly SvgNode[]): SVGElement[] {
  return nodes.map((n) => {
    const el = document.createElementNS(SVG_NS, n.tag);
    for (const [k, v] of Object.entries(n.attrs ?? {})) el.setAttribute(k, String(v));
    if (n.text !== undefined) el.textContent = n.text;
    if (n.children) el.append(...toDom(n.children));
    return el;
  });
}

/** Fills `{name}` slots of a translated template (already checked at build time). */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}
