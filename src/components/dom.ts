import type { SvgNode } from '../lib/plot/svg-tree';

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

/** The nodes last put into each parent by patchChildren: compared in JS, not read back. */
const applied = new WeakMap<Element, readonly SvgNode[]>();

/**
 * Puts `nodes` into `parent`, reusing the elements already there when the structure is the
 * same (one attribute write per changed value instead of new elements to style and lay out):
 * a probe move then only moves its line and dots. Values are compared with the nodes applied
 * last time, so an unchanged attribute costs no DOM call at all.
 */
export function patchChildren(parent: Element | null, nodes: readonly SvgNode[]): void {
  if (!parent) return;
  const current = parent.children;
  const before = applied.get(parent);
  const same =
    before !== undefined &&
    current.length === nodes.length &&
    before.length === nodes.length &&
    nodes.every(
      (n, i) =>
        before[i]?.tag === n.tag &&
        before[i]?.attrs?.['class'] === n.attrs?.['class'] &&
        n.children === undefined &&
        n.text === undefined,
    );
  applied.set(parent, nodes);
  if (!same) {
    parent.replaceChildren(...toDom(nodes));
    return;
  }
  nodes.forEach((n, i) => {
    const el = current[i];
    const old = before[i]?.attrs ?? {};
    for (const [k, v] of Object.entries(n.attrs ?? {})) if (old[k] !== v) el?.setAttribute(k, String(v));
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
