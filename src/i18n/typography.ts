// French punctuation spacing: a space before `:` `;` `!` `?` `»` and after `«` must not break
// the line (a colon alone at the start of a line is a typesetting error in French). The colon
// and the guillemets take a no-break space (U+00A0), `;` `!` `?` a narrow one (U+202F), as the
// Imprimerie nationale's rules have it. Only spaces the writer typed are changed: no space is
// added, so `https://`, `?a=-2` or `x:y` are never touched.

const wide = '\u00a0';
const narrow = '\u202f';

/** The text with French no-break spaces around `: ; ! ? « »` where it has a space. */
export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]+([:»])/g, `${wide}$1`)
    .replace(/[ \u00a0\u202f]+([;!?])/g, `${narrow}$1`)
    .replace(/«[ \u00a0\u202f]+/g, `«${wide}`);
}
