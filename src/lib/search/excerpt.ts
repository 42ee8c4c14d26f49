/**
 * Pagefind's excerpts as plain data. Pagefind returns an excerpt as an HTML string: the page's
 * text with `&`, `<`, `>`, `"` and `'` escaped and the matched words wrapped in `<mark>`. The
 * browser never parses it as markup: it is split here into runs of text (entities decoded) and
 * marked runs, which the search page writes as text nodes and `<mark>` elements. Any other tag
 * (which Pagefind does not produce) stays visible text, so no markup can get through.
 */

// An elided French word (l’, d’, qu’ ...; apostrophe plain, curly or escaped) and the space after it.
const ELIDED =
  /(?<![\p{L}\p{N}])((?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)(?:’|'|&#39;|&#x27;|&apos;))[ \u200a]+(?=(?:<mark>)?\p{L})/giu;

/** One run of an excerpt: text, and whether it is a matched word. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const named: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** `text` with HTML character references decoded (named: the five XML ones and nbsp; numeric: any valid code point). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      // Not a character: NUL, a surrogate half or past Unicode's last code point.
      if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
      return String.fromCodePoint(code);
    }
    return named[ref] ?? whole;
  });
}

/**
 * The runs of a Pagefind excerpt, in order, adjacent runs of the same kind merged and empty
 * runs dropped: `excerptParts('a <mark>b</mark> c')` is
 * `[{ text: 'a ', mark: false }, { text: 'b', mark: true }, { text: ' c', mark: false }]`.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  const push = (raw: string) => {
    const text = decodeEntities(raw);
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  // The indexer put a hair space after each French elision (src/build/pagefind.ts), which
  // Pagefind's excerpt turns into a space: « l’ évanouissement » is shown as the page has it.
  const joined = excerpt.replace(ELIDED, '$1');
  for (const piece of joined.split(/(<\/?mark>)/i)) {
    const tag = piece.toLowerCase();
    if (tag === '<mark>') mark = true;
    else if (tag === '</mark>') mark = false;
    else push(piece);
  }
  return parts;
}

/** The letters and digits of `text`, lower-cased and NFC-normalised (punctuation and spaces dropped). */
const core = (text: string): string =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether a run of text is Han, kana or Hangul: there one character can be a whole word. */
const isCjk = (text: string): boolean =>
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text);

/**
 * Whether a highlighted run plausibly answers `query`: it is part of the query, or it shares
 * a stem (its first four letters, or the whole of a shorter word) with one of the query's words.
 * Pagefind's loose matching also highlights initials such as "Q." in "Le, Q. V." for "qwxzv";
 * a single Latin letter never counts, a single CJK character does.
 */
export function markAnswers(mark: string, query: string): boolean {
  const m = core(mark);
  if (m === '' || (m.length < 2 && !isCjk(m))) return false;
  const q = core(query);
  if (q.includes(m)) return true;
  return query
    .split(/\s+/)
    .map(core)
    .some((w) => {
      const n = Math.min(4, w.length, m.length);
      return n >= 2 && w.slice(0, n) === m.slice(0, n) && (n === 4 || n === Math.min(w.length, m.length));
    });
}

/** Whether an excerpt highlights a run that answers `query` (see `markAnswers`). */
export function excerptAnswers(excerpt: string, query: string): boolean {
  return excerptParts(excerpt).some((p) => p.mark && markAnswers(p.text, query));
}
