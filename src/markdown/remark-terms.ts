import type { Heading, Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import type { Locale } from '../i18n/locales';
import { splitHeadingId } from './heading-id';
import { pageOf } from './remark-citations';
import { termHref, termIds, terms, termsSlug, type Terms } from './terms';

// Nodes whose text is never linked: headings, links, code and formulas (and raw HTML).
const skipped = new Set([
  'heading',
  'link',
  'linkReference',
  'definition',
  'inlineCode',
  'code',
  'inlineMath',
  'math',
  'html',
  'image',
  'imageReference',
  'footnoteReference',
]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const latinEdge = /[\p{Script=Latin}\p{N}]/u;

/**
 * The pattern of one surface form (see content/terms.yaml): case ignored, any space for a
 * space, either apostrophe for `'`, a word boundary at a Latin edge, and `*` at the end of a
 * word for the rest of that word (at the end of the form, with a Turkish apostrophe suffix:
 * Transformer'ın).
 */
export function formPattern(form: string): string {
  const words = form.split(/\s+/);
  const core = words
    .map((w, i) => {
      const star = w.endsWith('*');
      const stem = escape(star ? w.slice(0, -1) : w).replace(/'/g, "['’]");
      if (!star) return stem;
      return i === words.length - 1 ? `${stem}[\\p{L}\\p{M}]*(?:['’][\\p{L}\\p{M}]+)?` : `${stem}[\\p{L}\\p{M}]*`;
    })
    .join('\\s+');
  const bare = form.replace(/\*/g, '');
  const head = latinEdge.test(bare.charAt(0)) ? '(?<![\\p{Script=Latin}\\p{N}])' : '';
  const tail =
    !form.endsWith('*') && latinEdge.test(bare.charAt(bare.length - 1)) ? '(?![\\p{Script=Latin}\\p{N}])' : '';
  return `${head}${core}${tail}`;
}

/**
 * One matcher for every form of every term in a language: one numbered group per form (`ids`
 * maps each group to its term), longest forms first, so at a given position the longest form
 * wins ("vanishing gradient" before "gradient").
 */
export function termMatcher(t: Terms, locale: Locale): { pattern: RegExp; ids: string[] } {
  const ids = termIds(t);
  const all = ids.flatMap((id, i) => (t[id]?.[locale] ?? []).map((form) => ({ i, form })));
  all.sort((a, b) => b.form.length - a.form.length);
  // One group per form, numbered: the group's index names the term (group names cannot repeat).
  const groups = all.map(({ form }) => `(${formPattern(form)})`);
  const owners = all.map(({ i }) => ids[i] ?? '');
  return { pattern: new RegExp(groups.join('|'), 'giu'), ids: owners };
}

/**
 * Links the first occurrence of each term in a Markdown tree to its definition (`href(id)`),
 * outside headings, links, code and formulas; a term already linked is left as text further
 * on (and its later forms are consumed, so "gradient" inside a later "vanishing gradient" does
 * not link another term). Returns the linked ids in order.
 */
export function linkTerms(tree: Root, t: Terms, locale: Locale, href: (id: string) => string = termHref): string[] {
  const { pattern, ids } = termMatcher(t, locale);
  const linked: string[] = [];
  const split = (node: Text): PhrasingContent[] | null => {
    const out: PhrasingContent[] = [];
    let last = 0;
    for (const m of node.value.matchAll(pattern)) {
      const group = m.slice(1).findIndex((g) => g !== undefined);
      const id = ids[group];
      if (id === undefined || linked.includes(id)) continue;
      linked.push(id);
      if (m.index > last) out.push({ type: 'text', value: node.value.slice(last, m.index) });
      const link: Link = {
        type: 'link',
        url: href(id),
        children: [{ type: 'text', value: m[0] }],
        data: { hProperties: { className: ['term'] } },
      };
      out.push(link);
      last = m.index + m[0].length;
    }
    if (out.length === 0) return null;
    if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
    return out;
  };
  const visit = (parent: Parent): void => {
    for (let i = 0; i < parent.children.length; i++) {
      const child = parent.children[i];
      if (!child || skipped.has(child.type)) continue;
      if (child.type === 'text') {
        const nodes = split(child);
        if (nodes) {
          parent.children.splice(i, 1, ...nodes);
          i += nodes.length - 1;
        }
      } else if ('children' in child) visit(child);
    }
  };
  visit(tree);
  return linked;
}

/**
 * On the terms page: every `## Name {#id}` heading takes `id` as its anchor (the marker is
 * removed), and the ids must be exactly the glossary's, in its order. Returns the ids found.
 */
export function anchorTerms(tree: Root, t: Terms, where = 'terms'): string[] {
  const found: string[] = [];
  for (const node of tree.children) {
    if (node.type !== 'heading') continue;
    const heading: Heading = node;
    const last = heading.children[heading.children.length - 1];
    const marked = last?.type === 'text' ? splitHeadingId(last.value) : undefined;
    if (!marked || last?.type !== 'text') {
      if (heading.depth === 2) throw new Error(`remark-terms: ${where}: a term heading without {#id}`);
      continue;
    }
    const { id } = marked;
    last.value = marked.text;
    // A term heading carries no other properties: its id is the whole of them.
    heading.data = { ...heading.data, hProperties: { id } };
    found.push(id);
  }
  const want = termIds(t);
  if (found.join(',') !== want.join(','))
    throw new Error(
      `remark-terms: ${where} defines [${found.join(', ')}], content/terms.yaml lists [${want.join(', ')}]`,
    );
  return found;
}

/** Options for tests: a glossary other than the site's. */
export interface TermOptions {
  terms?: Terms;
}

/**
 * Remark plugin: on the terms page, term headings get their stable anchors; on every other
 * page (function pages, the GLU family) the first occurrence of each term links to its
 * definition. Runs after remark-citations, so citations are links and are left alone.
 */
export default function remarkTerms(options: TermOptions = {}) {
  return (tree: Root, file: VFile) => {
    const t = options.terms ?? terms();
    const { locale, slug } = pageOf(file.path ?? '');
    if (slug === termsSlug) anchorTerms(tree, t, file.path);
    else linkTerms(tree, t, locale);
  };
}
