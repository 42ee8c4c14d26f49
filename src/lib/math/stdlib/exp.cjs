// Alias target of @stdlib/math-base-special-exp (astro.config.mjs), the exp that stdlib's erfc
// calls. V8's Math.exp is fdlibm's e_exp.c, the same FreeBSD routine stdlib ports, and drops
// stdlib's ldexp and bit-twiddling helpers (~1 KB gzip). test/lib/math/stdlib-exp.test.ts checks
// that both agree; they differ only at x = 1 (V8 returns Math.E, correctly rounded; stdlib is one
// ulp above) and where the result underflows to a subnormal (stdlib returns 0).
module.exports = Math.exp;
