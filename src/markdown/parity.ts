import type { PageCanon } from './canon';
import { parseCitation } from './cite';
import { citationPattern, factPattern } from './remark-citations';

/** The fact markers and cited keys of one prose body, in order of appearance (repeats kept). */
export function scanProse(body: string): { facts: string[]; keys: string[]; malformed: string[] } {
  const facts = [...body.matchAll(factPattern)].map((m) => m[1] ?? '');
  const keys: string[] = [];
  const malformed: string[] = [];
  for (const m of body.matchAll(citationPattern)) {
    const items = parseCitation(m[1] ?? '');
    if (items) keys.push(...items.map((i) => i.key));
    else malformed.push(m[0]);
  }
  return { facts, keys, malformed };
}

/**
 * What keeps one language's prose of a page from teaching its canon: a canonical fact without
 * its marker, a marker of no canonical fact, a canonical reference never cited, a cited key
 * outside the canon, a malformed citation. An empty list means parity.
 */
export function parityProblems(body: string, page: PageCanon, where: string): string[] {
  const { facts, keys, malformed } = scanProse(body);
  const problems: string[] = [];
  for (const id of Object.keys(page.facts)) if (!facts.includes(id)) problems.push(`${where}: no marker {fact:${id}}`);
  for (const id of new Set(facts))
    if (!Object.hasOwn(page.facts, id)) problems.push(`${where}: marker {fact:${id}} is not a fact of this page`);
  for (const key of page.refs) if (!keys.includes(key)) problems.push(`${where}: never cites [@${key}]`);
  for (const key of new Set(keys))
    if (!page.refs.includes(key)) problems.push(`${where}: cites [@${key}], which is not among the page's refs`);
  for (const m of malformed) problems.push(`${where}: malformed citation ${m}`);
  return problems;
}
