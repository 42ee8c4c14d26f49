// Loads a lazily-bundled module by URL. The URL comes from an `import url from './x?worker&url'`
// (Vite bundles x as a standalone ES module with its own copy of what it imports) and is
// loaded with a plain import(), which Vite leaves alone: no preload helper in the page's JS.
// Such a bundle keeps no exports: the module does its work (wires the page) when it runs.
export function loadModule(url: string): Promise<unknown> {
  return import(/* @vite-ignore */ url);
}
