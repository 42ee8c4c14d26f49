// Alias target of @stdlib/constants-float64-pinf (astro.config.mjs).
module.exports = Infinity;
