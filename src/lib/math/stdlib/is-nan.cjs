// Alias target of @stdlib/math-base-assert-is-nan (astro.config.mjs): the same test, without
// its two wrapper modules.
module.exports = function isnan(x) {
  return x !== x;
};
