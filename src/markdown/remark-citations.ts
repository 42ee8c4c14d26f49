import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { useTranslations } from '../i18n';
import { isLocale, type Locale } from '../i18n/locales';
import { bibliography, type Bibliography } from './bibliography';
import { canon, pageCanon, type Canon } from './canon';
import { parseCitation, refId, renderCitation } from './cite';

/** `[@key]`, `[@a; -@b]`: a citation. */
export const citationPattern = /\[(-?@[^\]\n]*)\]/g;

/** `{fact:id}` with the one space before it: a fact marker, removed from the output. */
export const factPattern = /[ \t]?\{fact:([^}\s]*)\}/g;

const tokenPattern = new RegExp(`${citationPattern.source}|${factPattern.source}`, 'g');

/** The page a content file belongs to, from its path `content/{lang}/{slug}.md`. */
export function pageOf(path: string): { locale: Locale; slug: string } {
  const parts = path.split(/[\\/]/);
  const lang = parts[parts.length - 2];
  const slug = (parts[parts.length - 1] ?? '').replace(/\.md$/, '');
  if (!isLocale(lang)) throw new Error(`remark-citations: cannot tell the language of ${path}`);
  return { locale: lang, slug };
}

/** Options for tests: a bibliography and canon other than the site's. */
export interface CitationOptions {
  bibliography?: Bibliography;
  canon?: Canon;
}

/**
 * Remark plugin: `[@key]` becomes a localized in-text citation linking to `#ref-key` in the
 * page's reference list, and `{fact:id}` markers are removed (they exist for the parity test).
 * A key outside the page's canonical refs, an unknown fact id or a malformed citation fails
 * the build.
 */
export default function remarkCitations(options: CitationOptions = {}) {
  return (tree: Root, file: VFile) => {
    const bib = options.bibliography ?? bibliography();
    const { locale, slug } = pageOf(file.path ?? '');
    const page = pageCanon(slug, options.canon ?? canon());
    const t = useTranslations(locale);
    const where = file.path;
    const replace = (node: Text): PhrasingContent[] | null => {
      if (!node.value.includes('[') && !node.value.includes('{fact:')) return null;
      const out: PhrasingContent[] = [];
      let last = 0;
      let changed = false;
      for (const m of node.value.matchAll(tokenPattern)) {
        const [whole, inner, fact] = m;
        if (inner === undefined && fact === undefined) continue;
        changed = true;
        if (m.index > last) out.push({ type: 'text', value: node.value.slice(last, m.index) });
        last = m.index + whole.length;
        if (fact !== undefined) {
          if (!Object.hasOwn(page.facts, fact))
            throw new Error(`remark-citations: ${where}: "${fact}" is not a fact of ${slug} in content/canon.yaml`);
          // One space goes with the marker: the one before it, or else the one after it
          // (`。{fact:x} 次` in Japanese and Chinese prose, which has no space before).
          if (!/^[ \t]/.test(whole) && /^[ \t]/.test(node.value.slice(last))) last += 1;
          continue;
        }
        const items = parseCitation(inner ?? '');
        if (!items) throw new Error(`remark-citations: ${where}: malformed citation "${whole}"`);
        for (const { key } of items)
          if (!page.refs.includes(key))
            throw new Error(
              `remark-citations: ${where}: "${key}" is not among the refs of ${slug} in content/canon.yaml`,
            );
        for (const part of renderCitation(items, t, bib)) {
          if (part.kind === 'text') out.push({ type: 'text', value: part.text });
          else {
            const link: Link = {
              type: 'link',
              url: `#${refId(part.key)}`,
              children: [{ type: 'text', value: part.text }],
              data: { hProperties: { className: ['cite'] } },
            };
            out.push(link);
          }
        }
      }
      if (!changed) return null;
      if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
      return out.filter((n) => n.type !== 'text' || n.value !== '');
    };
    const visit = (parent: Parent): void => {
      for (let i = 0; i < parent.children.length; i++) {
        const child = parent.children[i];
        if (!child) continue;
        if (child.type === 'text') {
          const nodes = replace(child);
          if (nodes) {
            parent.children.splice(i, 1, ...nodes);
            i += nodes.length - 1;
          }
        } else if (child.type !== 'link' && 'children' in child) visit(child);
        else if (
          child.type === 'link' &&
          child.children.some((c) => c.type === 'text' && /\[-?@|\{fact:/.test(c.value))
        )
          throw new Error(`remark-citations: ${where}: a citation or fact marker inside a link`);
      }
    };
    visit(tree);
  };
}
