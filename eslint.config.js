// @ts-check
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'test-results/', 'playwright-report/'] },
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
  },
  {
    // astro-eslint-parser takes `project`, not `projectService`. It types the JSX of a template
    // as an error type, so the unsafe-any rules would flag every `{list.map(...)}` in markup;
    // the frontmatter stays checked by `astro check` (strictest).
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: true } },
    rules: {
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    // Plain JavaScript (config files, scripts, stdlib shims) is not part of the TypeScript
    // project: lint it without type information.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
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
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
          message: 'No document.write.',
        },
      ],
    },
  },
);
