import { defineConfig } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './scripts/chromium.mjs';

// Debian's Chromium (never a Playwright browser download: they fail on these machines).
const chromium = chromiumPath;
const port = Number(process.env.E2E_PORT ?? 4329);
// The built site to serve (E2E_DIST lets a run use its own `astro build --outDir`).
const dist = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: '.playwright-results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      ...(chromium ? { executablePath: chromium } : {}),
      args: chromiumFlags,
    },
  },
  webServer: {
    command: `node scripts/serve-dist.mjs ${port} ${dist}`,
    url: `http://127.0.0.1:${port}/en/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
