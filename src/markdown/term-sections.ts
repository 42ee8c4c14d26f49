/** One term's part of the rendered terms page: its heading and definition. */
export interface TermSection {
  id: string;
  html: string;
}

/**
 * Cuts the rendered HTML of the terms page at its `<h2>` headings: the intro before the first,
 * then one section per term. The headings' ids must be exactly `ids`, in order (remark-terms
 * already guarantees it while rendering; this guards the cut itself).
 */
export function termSections(html: string, ids: readonly string[]): { intro: string; sections: TermSection[] } {
  const parts = html.split(/(?=<h2[\s>])/);
  const intro = parts[0]?.startsWith('<h2') ? '' : (parts.shift() ?? '');
  const sections = parts.map((part) => ({ id: /^<h2[^>]*\sid="([^"]+)"/.exec(part)?.[1] ?? '', html: part }));
  const found = sections.map((s) => s.id);
  if (found.join(',') !== ids.join(','))
    throw new Error(`terms page: sections [${found.join(', ')}], expected [${ids.join(', ')}]`);
  return { intro, sections };
}
