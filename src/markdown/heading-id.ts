// `## Title {#id}`: a heading that names its own anchor. The terms page gives each term its
// stable id this way, and a heading renamed after its address was published keeps the old one.

const markerPattern = /\s*\{#([^\s{}#]+)\}\s*$/u;

/**
 * Splits a heading's last text into the text before a `{#id}` marker and the id, or returns
 * undefined when it ends in no marker. Markdown's smart punctuation may already have turned a
 * typed `--` into an em dash (and `-` runs into an en dash); an anchor never holds either.
 */
export function splitHeadingId(text: string): { text: string; id: string } | undefined {
  const m = markerPattern.exec(text);
  if (!m) return undefined;
  const id = (m[1] ?? '').replace(/\u2014/g, '--').replace(/\u2013/g, '-');
  return { text: text.slice(0, m.index), id };
}
