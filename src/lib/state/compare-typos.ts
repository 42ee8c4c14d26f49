// What a comparison address asks for that the site does not have. `?compare=leakyrelu` names
// no curve, so the explorer draws none; the page then says which names it did not know and
// offers the curve each most likely meant. Pure and free of the registry: the comparison
// page's notice (its own small script, no chunk shared with the explorer's) passes the known
// curves in. The list is read as lib/state/view.ts reads it (first 400 characters, split at
// commas, trimmed, case-insensitive); a unit test holds the two to the same answer.

/** A curve the site can draw: its series id and its name in the page's language. */
export interface KnownCurve {
  readonly id: string;
  readonly name: string;
}

/** What a `compare` list asks for beyond the known curves. */
export interface CompareTypos {
  /** The ids the list names as they are (what the explorer draws), each once, in order. */
  readonly found: readonly string[];
  /** The names that are no curve id, as typed (trimmed), each once, in order. */
  readonly unknown: readonly string[];
  /** For the unknown names that spell a curve with other case or punctuation, that curve. */
  readonly meant: readonly KnownCurve[];
  /** The list with each such name replaced by its curve's id and the rest dropped. */
  readonly fixed: readonly string[];
}

// Letters and digits only, lower case: `Leaky_ReLU`, `leakyrelu` and `leaky-relu` meet.
const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The unknown names of a raw `compare` value (null when the address has none). */
export function compareTypos(raw: string | null, known: readonly KnownCurve[]): CompareTypos {
  const ids = new Set(known.map((k) => k.id));
  const unknown: string[] = [];
  const found: string[] = [];
  const meant: KnownCurve[] = [];
  for (const part of (raw ?? '').slice(0, 400).split(',')) {
    const name = part.trim();
    const id = name.toLowerCase();
    if (ids.has(id)) {
      if (!found.includes(id)) found.push(id);
      continue;
    }
    if (name === '' || unknown.includes(name)) continue;
    unknown.push(name);
    const s = squash(name);
    const hit = s ? known.find((k) => squash(k.id) === s || squash(k.name) === s) : undefined;
    if (hit && !meant.includes(hit)) meant.push(hit);
  }
  const fixed = [...found, ...meant.map((k) => k.id).filter((id) => !found.includes(id))];
  return { found, unknown, meant, fixed };
}

/**
 * `search` with every `compare` pair set to `list`, every other pair kept byte for byte (keys
 * the site does not own are not re-encoded).
 */
export function withCompare(search: string, list: readonly string[]): string {
  const value = `compare=${list.map(encodeURIComponent).join(',')}`;
  const pairs = search.replace(/^\?/, '').split('&').filter(Boolean);
  let seen = false;
  const out = pairs.flatMap((pair) => {
    let key = pair.split('=')[0] ?? '';
    try {
      key = decodeURIComponent(key.replace(/\+/g, ' '));
    } catch {
      return [pair];
    }
    if (key !== 'compare') return [pair];
    if (seen) return [];
    seen = true;
    return [value];
  });
  if (!seen) out.push(value);
  return `?${out.join('&')}`;
}
