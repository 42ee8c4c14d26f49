// Alias target of @stdlib/constants-float64-ninf (astro.config.mjs): stdlib reads it through
// its Number wrapper module.
module.exports = -Infinity;
