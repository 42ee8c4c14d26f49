/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so that component tests can render .astro files with the container API.
export default getViteConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Checks of the built site run after the build (test/dist/vitest.config.ts, `npm run test:dist`).
    exclude: ['test/dist/**', 'node_modules/**'],
    setupFiles: ['test/setup.ts'],
    environment: 'node',
    // Property tests and figures rendered in every locale take seconds on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
