import { defineConfig } from 'vitest/config';

// The checks of the built site (dist/): run after `astro build` by scripts/test-all.mjs, or by
// hand with `npm run test:dist`. DIST_DIR names another build directory.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/dist/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
