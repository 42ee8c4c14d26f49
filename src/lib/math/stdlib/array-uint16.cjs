// Alias target of @stdlib/array-uint16 (astro.config.mjs): stdlib wraps the built-in behind feature
// tests and their polyfills (~1 KB gzip together); every browser we support has it.
module.exports = Uint16Array;
