// Debian's Chromium and the flags it needs on these machines (no background networking:
// the closed network refuses those connections). Shared by playwright.config.ts and the bench.
import { existsSync } from 'node:fs';

/** CHROMIUM_PATH, else Debian's binary; undefined when neither exists. */
export const chromiumPath =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
