// Alias target of @stdlib/array-uint32: the built-in constructor (see typed-arrays.cjs).
module.exports = require('./typed-arrays.cjs').Uint32Array;
