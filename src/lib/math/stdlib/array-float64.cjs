// Alias target of @stdlib/array-float64: the built-in constructor (see typed-arrays.cjs).
module.exports = require('./typed-arrays.cjs').Float64Array;
