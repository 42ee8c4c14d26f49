import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Checks of the built site run after the build (test/dist/vitest.config.ts, `npm run test:dist`).
    exclude: ['test/dist/**', 'node_modules/**'],
    setupFiles: ['test/setup.ts'],
    environment: 'node',
  },
});
