import { parse } from 'yaml';
import { z } from 'astro/zod';
import source from '../../content/canon.yaml?raw';
import { bibliography, keyPattern, type Bibliography } from './bibliography';

/** A fact id: lower case words joined by hyphens (`gelu-tanh-gpt2`). */
export const factPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const page = z.strictObject({
  /** Fact id -> one-line English statement for reviewers, in teaching order. */
  facts: z
    .record(z.string().regex(factPattern), z.string().min(10))
    .refine((f) => Object.keys(f).length > 0, 'list at least one fact'),
  /** Bibliography keys the page cites, in the order of its reference list. */
  refs: z.array(z.string().regex(keyPattern)).min(1),
});

/** The schema of `content/canon.yaml`: page slug -> its facts and references. */
export const canonSchema = z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), page);

/** What one page teaches and cites, the same in every language. */
export type PageCanon = z.infer<typeof page>;

/** Every page's canon, by slug. */
export type Canon = Readonly<Record<string, PageCanon>>;

/**
 * Parses and validates canon YAML against the bibliography: every ref must exist and appear
 * once per page, and a fact id belongs to one page only (a marker names one fact).
 */
export function parseCanon(text: string, bib: Bibliography, where = 'content/canon.yaml'): Canon {
  const result = canonSchema.safeParse(parse(text));
  if (!result.success) throw new Error(`${where}: ${z.prettifyError(result.error)}`);
  const problems: string[] = [];
  const owner = new Map<string, string>();
  for (const [slug, p] of Object.entries(result.data)) {
    for (const key of p.refs) if (!Object.hasOwn(bib, key)) problems.push(`${slug}: unknown reference "${key}"`);
    const dup = p.refs.filter((k, i) => p.refs.indexOf(k) !== i);
    for (const key of new Set(dup)) problems.push(`${slug}: reference "${key}" listed twice`);
    for (const id of Object.keys(p.facts)) {
      const other = owner.get(id);
      if (other) problems.push(`${slug}: fact "${id}" is already a fact of ${other}`);
      owner.set(id, slug);
    }
  }
  if (problems.length > 0) throw new Error(`${where}:\n${problems.join('\n')}`);
  return result.data;
}

let memo: Canon | undefined;

/** The site's canon (content/canon.yaml), parsed and checked once. */
export function canon(): Canon {
  memo ??= parseCanon(source, bibliography());
  return memo;
}

/** The canon of one page; a slug without one is an error. */
export function pageCanon(slug: string, c: Canon = canon()): PageCanon {
  const p = c[slug];
  if (!p) throw new Error(`content/canon.yaml has no page "${slug}"`);
  return p;
}
