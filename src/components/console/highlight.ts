/**
 * Rewrites one line of a build-time highlighted code block without a highlighter in the
 * browser: numbers take the colour of a number token already in the block, the rest the
 * colour of plain text. Text nodes only; nothing is parsed as markup.
 */
export function rewriteLine(line: HTMLElement, text: string, styles: { number: string; plain: string }): void {
  const parts = text.split(/(-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/);
  const spans = parts
    .filter((p) => p !== '')
    .map((p) => {
      const span = document.createElement('span');
      const isNumber = /^-?(?:\d|\.\d)/.test(p);
      span.setAttribute('style', isNumber ? styles.number : styles.plain);
      span.textContent = p;
      return span;
    });
  line.replaceChildren(...spans);
}

/** Token styles of a Shiki block: a number's and plain text's (with their dark-theme variables). */
export function tokenStyles(block: Element): { number: string; plain: string } {
  let number = '';
  let plain = '';
  for (const span of block.querySelectorAll<HTMLElement>('.line span')) {
    const t = span.textContent ?? '';
    if (!number && /^-?\d/.test(t.trim())) number = span.getAttribute('style') ?? '';
    if (!plain && /^\s*(input_data|activation|output)\b/.test(t)) plain = span.getAttribute('style') ?? '';
  }
  return { number, plain };
}
