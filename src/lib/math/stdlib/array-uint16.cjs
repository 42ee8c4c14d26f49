// Alias target of @stdlib/array-uint16: the built-in constructor (see typed-arrays.cjs).
module.exports = require('./typed-arrays.cjs').Uint16Array;
