import { parse } from 'yaml';
import { z } from 'astro/zod';
import source from '../../content/bibliography.yaml?raw';

/** A bibliography key: lower case, digits and hyphens (`hendrycks2016`, `pytorch-gelu`). */
export const keyPattern = /^[a-z][a-z0-9-]*$/;

const author = z.string().regex(/^\S.*\S$/, 'an author is "Family, G." or an organisation name');
const year = z.number().int().min(1900).max(2100);
const url = z.url({ protocol: /^https$/ });
const doi = z.string().regex(/^10\.\d{4,9}\/\S+$/, 'a DOI such as 10.1016/j.neunet.2017.12.012');

const work = {
  authors: z.array(author).min(1),
  /** The author list stops after the names given: rendered with "et al." */
  etAl: z.boolean().optional(),
  year,
  title: z.string().min(3),
  url: url.optional(),
  doi: doi.optional(),
};

/**
 * A work with authors and a year; `venue` is the journal, conference, archive id, institution,
 * a book's publisher or a standard's number.
 */
const paper = z.strictObject({
  kind: z.enum(['article', 'inproceedings', 'preprint', 'report', 'book', 'standard']),
  ...work,
  venue: z.string().min(2),
});

/** A source file in a public repository. */
const software = z.strictObject({ kind: z.literal('software'), ...work });

/** A documentation page: project + title, or a UI-string key when the title must be translated. */
const docs = z.strictObject({
  kind: z.literal('docs'),
  project: z.string().min(2),
  title: z.string().min(2).optional(),
  titleKey: z
    .string()
    .regex(/^refs\.title\./)
    .optional(),
  url,
});

const entry = z
  .discriminatedUnion('kind', [paper, software, docs])
  .refine((e) => e.kind === 'docs' || e.url !== undefined || e.doi !== undefined, 'give a url or a doi')
  .refine((e) => e.kind !== 'docs' || (e.title === undefined) !== (e.titleKey === undefined), 'give title or titleKey');

/** The schema of `content/bibliography.yaml`: key -> entry. */
export const bibliographySchema = z.record(z.string().regex(keyPattern), entry);

/** One entry of the bibliography. */
export type BibEntry = z.infer<typeof entry>;

/** The whole bibliography, by key. */
export type Bibliography = Readonly<Record<string, BibEntry>>;

/** Parses and validates bibliography YAML; throws with every problem listed. */
export function parseBibliography(text: string, where = 'content/bibliography.yaml'): Bibliography {
  const result = bibliographySchema.safeParse(parse(text));
  if (!result.success) throw new Error(`${where}: ${z.prettifyError(result.error)}`);
  return result.data;
}

let memo: Bibliography | undefined;

/** The site's bibliography (content/bibliography.yaml), parsed once. */
export function bibliography(): Bibliography {
  memo ??= parseBibliography(source);
  return memo;
}

/** The entry of a key; an unknown key is an error, never a silent gap. */
export function bibEntry(key: string, bib: Bibliography = bibliography()): BibEntry {
  const e = bib[key];
  if (!e) throw new Error(`unknown bibliography key "${key}"`);
  return e;
}
