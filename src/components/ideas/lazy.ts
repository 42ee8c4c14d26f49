import { loadModule } from '../lazy';

/**
 * The only idea-figure code a page loads up front: a custom element that waits until its
 * figure nears the viewport (or the address already holds one of its keys, so a shared link
 * restores the figure at once) and then loads the figure's module by URL (see ../lazy.ts: a
 * standalone bundle that upgrades every element of its tag when it runs).
 */
export function defineLazyFigure(tag: string, keys: readonly string[], url: string): void {
  if (customElements.get(tag)) return;
  customElements.define(
    tag,
    class extends HTMLElement {
      connectedCallback(): void {
        const start = () => void loadModule(url);
        const params = new URLSearchParams(location.search);
        if (keys.some((k) => params.has(k)) || !('IntersectionObserver' in window)) return start();
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
