// Alias target of @stdlib/array-uint8: the built-in constructor (see typed-arrays.cjs).
module.exports = require('./typed-arrays.cjs').Uint8Array;
