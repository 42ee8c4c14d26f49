// stdlib's entry attaches .assign through a define-property polyfill that pulls string
// formatting into the browser bundle; a plain property does the same job. CommonJS, because
// the stdlib modules that need this one require() it.
const main = require('@stdlib/number-float64-base-to-words/lib/main.js');
main.assign = require('@stdlib/number-float64-base-to-words/lib/assign.js');
module.exports = main;
