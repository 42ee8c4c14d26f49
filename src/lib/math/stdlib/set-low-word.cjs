// Alias target of @stdlib/number-float64-base-set-low-word (astro.config.mjs), the one bit
// operation erfc does: stdlib's version reaches it through six wrapper modules (typed-array
// ctors, an endianness probe, index tables). Same operation; test/lib/math/stdlib-aliases.test.ts
// checks it against stdlib's.
var f64 = new Float64Array(1);
var u32 = new Uint32Array(f64.buffer);
// The low word's index: 0 on a little-endian machine (every platform browsers run on), else 1.
var LOW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;

module.exports = function setLowWord(x, low) {
  f64[0] = x;
  u32[LOW] = low >>> 0;
  return f64[0];
};
