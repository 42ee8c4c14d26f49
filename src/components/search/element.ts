/**
 * `<act-search>`: the search page's island. It loads Pagefind's browser code (built next to the
 * pages by src/build/pagefind.ts) only here, with a plain import() by URL, runs the address's
 * `?q=` at load and the field's text as the reader types (debounced), and writes the results as
 * links with their excerpts. Keys: `/` focuses the field, ArrowDown/ArrowUp move through the
 * result links, Esc clears the field and returns to it.
 */
import { debounce } from '../debounce';
import { excerptAnswers, excerptParts } from '../../lib/search/excerpt';
import { normalizeQuery, searchHref } from '../../lib/search/query';

/** What the page passes in `data-strings`: the search.* templates of its locale. */
type Strings = Readonly<Record<string, string>>;

/** The part of Pagefind's browser API this page uses (pagefind.app/docs/api/). */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}
interface Pagefind {
  options(o: { basePath?: string; baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: Array<{ id: string; data(): Promise<PagefindData> }> } | null>;
}

/** Results looked at, results shown and sections shown under one result, at most. */
const MAX_CONSIDERED = 50;
const MAX_RESULTS = 20;
const MAX_SECTIONS = 3;

/** `template` with `{name}` filled in; the result is only ever written as text. */
const fill = (template: string, params: Record<string, string>): string =>
  template.replace(/\{([A-Za-z]+)\}/g, (whole, k: string) => params[k] ?? whole);

/** A `<p>` holding an excerpt: text nodes and `<mark>` elements, never parsed markup. */
function excerptElement(excerpt: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'excerpt';
  for (const part of excerptParts(excerpt)) {
    if (part.mark) {
      const m = document.createElement('mark');
      m.textContent = part.text;
      p.append(m);
    } else p.append(document.createTextNode(part.text));
  }
  return p;
}

/** A result link; only same-origin http(s) URLs (Pagefind's are relative to the site). */
function link(url: string, text: string): HTMLAnchorElement | null {
  const target = new URL(url, location.href);
  if (target.origin !== location.origin) return null;
  const a = document.createElement('a');
  a.href = target.pathname + target.search + target.hash;
  a.textContent = text;
  return a;
}

class SearchElement extends HTMLElement {
  private pagefind: Promise<Pagefind> | null = null;
  private loaded = false;
  private failures = 0;
  // Each run gets a number; a slower, older run never overwrites a newer one's results.
  private run = 0;

  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const form = this.querySelector('form');
    if (!input || !form) return;
    const strings = this.strings();
    const status = this.querySelector<HTMLElement>('[data-status]');
    const list = this.querySelector<HTMLElement>('[data-results]');
    if (!status || !list) return;

    const go = () => void this.search(normalizeQuery(input.value), strings, status, list);
    const later = debounce(go, 250);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      later.flush();
      go();
    });
    input.addEventListener('input', later);
    this.addEventListener('keydown', (e) => this.onKey(e, input, list, go));
    document.addEventListener('keydown', (e) => {
      if (e.key !== '/' || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const t = e.target;
      if (t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      e.preventDefault();
      input.focus();
      input.select();
    });

    const q = normalizeQuery(new URLSearchParams(location.search).get('q'));
    input.value = q;
    this.dataset.ready = '';
    if (q !== '') go();
    else this.showEmpty(strings, status, list);
    input.focus();
  }

  /** The locale's templates, from the JSON the page wrote at build time. */
  private strings(): Strings {
    try {
      const parsed: unknown = JSON.parse(this.dataset.strings ?? '{}');
      return parsed && typeof parsed === 'object' ? (parsed as Strings) : {};
    } catch {
      return {};
    }
  }

  /**
   * Pagefind, loaded on first use. A failed load is forgotten so that the next query retries,
   * under a new URL: the browser remembers a module that failed to load and would fail again.
   */
  private load(): Promise<Pagefind> {
    this.pagefind ??= (async () => {
      const base = this.dataset.base ?? '/';
      const retry = this.failures > 0 ? `?retry=${this.failures}` : '';
      const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js${retry}`)) as Pagefind;
      await pf.options({ basePath: `${base}pagefind/`, baseUrl: base, excerptLength: 24 });
      await pf.init();
      return pf;
    })().catch((err: unknown) => {
      this.pagefind = null;
      this.failures += 1;
      throw err;
    });
    return this.pagefind;
  }

  private showEmpty(strings: Strings, status: HTMLElement, list: HTMLElement): void {
    list.replaceChildren();
    status.textContent = strings['search.empty'] ?? '';
  }

  private async search(q: string, strings: Strings, status: HTMLElement, list: HTMLElement): Promise<void> {
    const run = ++this.run;
    // The page's own address keeps the query, so a result list can be shared or reloaded.
    const href = searchHref(location.href, q);
    if (href !== location.href) history.replaceState(history.state, '', href);
    if (q === '') return this.showEmpty(strings, status, list);
    this.setAttribute('aria-busy', 'true');
    // Only the first search waits for Pagefind to load (a second or two on a slow phone): say so.
    if (!this.loaded) status.textContent = strings['search.loading'] ?? '';
    try {
      const pf = await this.load();
      this.loaded = true;
      const found = await pf.search(q);
      // Pagefind also returns loose matches; a result none of whose excerpts highlights a word
      // of the query is noise ("qwxzv" would otherwise list five pages, for the initial "Q.").
      const data = (await Promise.all((found?.results ?? []).slice(0, MAX_CONSIDERED).map((r) => r.data()))).filter(
        (d) => excerptAnswers(d.excerpt, q) || (d.sub_results ?? []).some((s) => excerptAnswers(s.excerpt, q)),
      );
      if (run !== this.run) return;
      list.replaceChildren(...data.slice(0, MAX_RESULTS).flatMap((d) => this.item(d)));
      const count = new Intl.NumberFormat(document.documentElement.lang).format(data.length);
      const form = new Intl.PluralRules(document.documentElement.lang).select(data.length) === 'one' ? 'one' : 'other';
      status.textContent =
        data.length === 0
          ? fill(strings['search.none'] ?? '', { query: q })
          : fill(strings[`search.count.${form}`] ?? '', { count, query: q });
    } catch {
      if (run !== this.run) return;
      list.replaceChildren();
      status.textContent = strings['search.error'] ?? '';
    } finally {
      if (run === this.run) this.removeAttribute('aria-busy');
    }
  }

  /** One result: the page's link and excerpt, then up to three of its sections. */
  private item(d: PagefindData): HTMLLIElement[] {
    const a = link(d.url, d.meta.title ?? d.url);
    if (!a) return [];
    const li = document.createElement('li');
    const title = document.createElement('h2');
    title.append(a);
    li.append(title);
    const page = new URL(d.url, location.href).pathname;
    const sections = (d.sub_results ?? []).filter((s) => {
      const u = new URL(s.url, location.href);
      return u.hash !== '' && u.pathname === page;
    });
    // With sections, each shows its own excerpt (the page's would repeat the first one's).
    if (sections.length === 0) li.append(excerptElement(d.excerpt));
    else {
      const ul = document.createElement('ul');
      ul.className = 'sections';
      for (const s of sections.slice(0, MAX_SECTIONS)) {
        const sa = link(s.url, s.title);
        if (!sa) continue;
        const sli = document.createElement('li');
        sli.append(sa, excerptElement(s.excerpt));
        ul.append(sli);
      }
      li.append(ul);
    }
    return [li];
  }

  /** Arrows move through the field and the result links; Esc clears the field. */
  private onKey(e: KeyboardEvent, input: HTMLInputElement, list: HTMLElement, go: () => void): void {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'Escape') {
      if (input.value === '' && document.activeElement === input) return;
      e.preventDefault();
      input.value = '';
      input.focus();
      go();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll('a')];
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const fromField = document.activeElement === input;
    if (at < 0 && !fromField) return;
    e.preventDefault();
    const next = e.key === 'ArrowDown' ? (fromField ? 0 : Math.min(at + 1, links.length - 1)) : at - 1;
    if (next < 0) input.focus();
    else links[next]?.focus();
  }
}

if (!customElements.get('act-search')) customElements.define('act-search', SearchElement);
