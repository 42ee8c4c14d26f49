// stdlib's @stdlib/array-{float64,uint32,uint16,uint8} wrap the built-in constructors behind
// feature tests (and their polyfills), ~1 KB gzip in the browser bundle. Every browser we
// support has typed arrays, so these aliases (astro.config.mjs) hand out the built-ins.
// CommonJS, because the stdlib modules that need them require() them.
module.exports = { Float64Array, Uint32Array, Uint16Array, Uint8Array };
