// The numbers prose, frontmatter and exercises may quote as facts tokens ({{geluMinX|4}}): the
// registry's (every activation's, and the shared ones) and the GLU page's, which is not a
// registry entry. Build time only; browser bundles never import this module.
import { allFacts } from '../lib/math';
import { gluFacts } from '../lib/math/glu';

let memo: Readonly<Record<string, number>> | undefined;

/** Every fact by name; throws if a GLU fact reuses a registry fact's name. */
export function proseFacts(): Readonly<Record<string, number>> {
  if (memo) return memo;
  const out: Record<string, number> = { ...allFacts() };
  for (const [name, value] of Object.entries(gluFacts())) {
    if (Object.hasOwn(out, name)) throw new Error(`facts: GLU fact "${name}" is also a registry fact`);
    out[name] = value;
  }
  memo = Object.freeze(out);
  return memo;
}
