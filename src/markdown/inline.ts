import katex from 'katex';
import { proseFacts } from './facts';
import type { Locale } from '../i18n/locales';
import { replaceFacts } from './remark-facts';
import { localizeTexDecimals } from './tex-locale';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);
}

/**
 * Renders one line of our own frontmatter prose (never reader input) to HTML: facts tokens
 * become formatted numbers, `$...$` becomes KaTeX with the locale's decimal separator (throws
 * on bad TeX), `` `code` `` a code span, everything else is escaped.
 */
export function renderInline(text: string, locale: Locale): string {
  const withFacts = replaceFacts(text, locale, proseFacts(), 'frontmatter');
  return withFacts
    .split(/(\$[^$]+\$|`[^`]+`)/g)
    .map((part) => {
      if (part.startsWith('$') && part.endsWith('$') && part.length > 2)
        return katex.renderToString(localizeTexDecimals(part.slice(1, -1), locale), {
          throwOnError: true,
          output: 'htmlAndMathml',
        });
      if (part.startsWith('`') && part.endsWith('`') && part.length > 2)
        return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      return escapeHtml(part);
    })
    .join('');
}
