import type { Element, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { useTranslations } from '../i18n';
import { isLocale, type Locale } from '../i18n/locales';
import { splitHeadingId } from './heading-id';

/** The levels that get an anchor: section headings (h1 is the page title). */
const anchored = new Set(['h2', 'h3']);

/** The locale of a content file, from its path `content/{lang}/{slug}.md`. */
function localeOf(file: VFile): Locale {
  const parts = (file.path ?? '').split(/[\\/]/);
  const lang = parts[parts.length - 2];
  if (!isLocale(lang)) throw new Error(`rehype-heading-anchors: cannot tell the language of ${file.path}`);
  return lang;
}

/** The plain text of a hast node (a heading's title, formulas' source left out). */
export function textOf(node: RootContent | Root): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  return node.children.map((c) => textOf(c)).join('');
}

/**
 * The anchor link of a heading: `<a class="anchor" href="#id" aria-label="Link to this section: Title">`.
 * It holds no text (CSS draws its `#`), so the heading's text, its slug and the table of
 * contents built from Astro's `headings` stay the title alone.
 */
export function anchorElement(id: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['anchor'], href: `#${id}`, ariaLabel: label },
    children: [],
  };
}

/**
 * Gives every h2 and h3 whose text ends in `{#id}` that id, and removes the marker. Ids are
 * compared with the public URL contract (test/fixtures/public-urls.json), so an old id stays.
 */
export function takeOwnIds(parent: Root | Element): void {
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    if (!anchored.has(child.tagName)) {
      takeOwnIds(child);
      continue;
    }
    const last = child.children[child.children.length - 1];
    const marked = last?.type === 'text' ? splitHeadingId(last.value) : undefined;
    if (!marked || last?.type !== 'text') continue;
    last.value = marked.text;
    child.properties['id'] = marked.id;
  }
}

/**
 * Rehype plugin: every h2 and h3 of a prose file gets a link to itself, so a reader can copy
 * the address of one section. Ids are Astro's own (github-slugger over the heading's text,
 * CJK characters kept, duplicates numbered): assigned here first because Astro gives ids only
 * after the user's plugins have run; its later pass keeps an id that is already set. A heading
 * may name its own id (`## Title {#id}`): a heading renamed after its address was published.
 */
export default function rehypeHeadingAnchors() {
  return (tree: Root, file: VFile): void => {
    // Astro's transformer runs synchronously and returns nothing; its type also allows a Promise.
    const assignIds = rehypeHeadingIds();
    if (!assignIds) throw new Error('rehype-heading-anchors: Astro gave no heading-id transformer');
    takeOwnIds(tree);
    void assignIds(tree, file, () => undefined);
    const t = useTranslations(localeOf(file));
    const visit = (parent: Root | Element): void => {
      for (const child of parent.children) {
        if (child.type !== 'element') continue;
        const id = child.properties['id'];
        if (anchored.has(child.tagName) && typeof id === 'string' && id !== '')
          child.children.push(anchorElement(id, t('anchor.label', { title: textOf(child).trim() })));
        else visit(child);
      }
    };
    visit(tree);
  };
}
