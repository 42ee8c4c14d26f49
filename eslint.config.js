// @ts-check
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'test-results/', 'playwright-report/'] },
  ...tseslint.configs.recommended,
  {
    // The stdlib alias targets are CommonJS on purpose: the stdlib modules require() them.
    files: ['src/lib/math/stdlib/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      // Reader-controlled text must never become markup: forbid the DOM's HTML sinks outright.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use textContent or DOM nodes: no markup from strings.' },
        { property: 'outerHTML', message: 'Use textContent or DOM nodes: no markup from strings.' },
        { property: 'insertAdjacentHTML', message: 'Use DOM nodes: no markup from strings.' },
      ],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: 'No document.write.' }],
    },
  },
);
