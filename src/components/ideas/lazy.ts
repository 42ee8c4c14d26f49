/**
 * The only idea-figure code a page loads up front: a custom element that waits until its
 * figure nears the viewport (or the address already holds one of its keys, so a shared link
 * restores the figure at once) and then loads the figure's module by URL. The module is a
 * standalone bundle (`import url from './x-island?worker&url'`: Vite bundles it as an ES module
 * with its own copy of what it imports) that upgrades every element of its tag when it runs; a
 * plain import() by URL, which Vite leaves alone, adds no preload helper to the page's JS.
 */
export function defineLazyFigure(tag: string, keys: readonly string[], url: string): void {
  if (customElements.get(tag)) return;
  customElements.define(
    tag,
    class extends HTMLElement {
      connectedCallback(): void {
        // A failed load (a network blip) is tried again when the reader next touches the figure.
        const start = (): void =>
          void import(/* @vite-ignore */ url).catch(() => this.addEventListener('pointerdown', start, { once: true }));
        const params = new URLSearchParams(location.search);
        if (keys.some((k) => params.has(k))) return start();
        const io = new IntersectionObserver(
          (entries) => {
            if (!entries.some((e) => e.isIntersecting)) return;
            io.disconnect();
            start();
          },
          { rootMargin: '200px 0px' },
        );
        io.observe(this);
      }
    },
  );
}
