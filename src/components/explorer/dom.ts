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

/**
 * Puts `nodes` into `parent`, reusing the elements already there when the structure is the
 * same (one attribute write per changed value instead of new elements to style and lay out):
 * a probe move then only moves its line and dots.
 */
export function patchChildren(parent: Element | null, nodes: readonly SvgNode[]): void {
  if (!parent) return;
  const current = parent.children;
  const same =
    current.length === nodes.length &&
    nodes.every((n, i) => current[i]?.tagName === n.tag && n.children === undefined && n.text === undefined);
  if (!same) {
    parent.replaceChildren(...toDom(nodes));
    return;
  }
  nodes.forEach((n, i) => {
    const el = current[i];
    if (!el) return;
    for (const [k, v] of Object.entries(n.attrs ?? {})) {
      const text = String(v);
      if (el.getAttribute(k) !== text) el.setAttribute(k, text);
    }
  });
}

/** Fills `{name}` slots of a translated template (already checked at build time). */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}

/**
 * Sets an element's text, writing into its one text node when it has one: no node is created
 * or removed, so a readout that changes on every probe move is not restyled, only laid out.
 */
export function setText(el: Element | null | undefined, text: string): void {
  if (!el) return;
  const node = el.firstChild;
  if (node instanceof Text && node === el.lastChild) {
    if (node.data !== text) node.data = text;
  } else if (el.textContent !== text) el.textContent = text;
}
