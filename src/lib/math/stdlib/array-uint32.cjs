// Alias target of @stdlib/array-uint32 (astro.config.mjs): stdlib wraps the built-in behind feature
// tests and their polyfills (~1 KB gzip together); every browser we support has it.
module.exports = Uint32Array;
