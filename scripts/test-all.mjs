// `npm test`: everything a fresh machine needs to pass every test, then one summary line.
// 1. Debian's Chromium and CJK fonts (apt, when missing and we may install; never a browser download)
// 2. the quality gates (type check, lint with no warnings, format check), each one a test that
// fails on any finding, 3. Vitest (unit; a missing file snapshot fails), 4. the site build, 4. checks of the built files (links, hreflang, sitemap,
// html-validate, policy: Vitest over dist/), 5. Playwright in Chromium over the built site.
// Ends with `N passed, N failed`, summed from the three JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

function ensureChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const fontsMissing = !existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
  if (candidates.some((p) => existsSync(p)) && !fontsMissing) return;
  // As root call apt-get directly; otherwise only a password-less sudo can install.
  const isRoot = process.getuid?.() === 0;
  console.log('Installing Debian packages: chromium fonts-noto-cjk');
  const apt = (...args) => (isRoot ? run('apt-get', args) : run('sudo', ['-n', 'apt-get', ...args]));
  if (apt('update', '-qq') !== 0 || apt('install', '-y', '-qq', 'chromium', 'fonts-noto-cjk') !== 0) {
    console.error('Could not install chromium / fonts-noto-cjk with apt: install them, or set CHROMIUM_PATH.');
  }
}

function count(file, pick) {
  if (!existsSync(file)) return null;
  try {
    return pick(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

ensureChromium();
for (const f of ['.vitest-results.json', '.vitest-dist-results.json', '.playwright-results.json'])
  rmSync(f, { force: true });

// The gates people rely on: each passes only with zero findings.
const gateRuns = [
  ['check (astro check + tsc)', ['npm', ['run', 'check']]],
  ['lint (eslint, 0 warnings)', ['npm', ['run', 'lint']]],
  ['format (prettier --check)', ['npm', ['run', 'format:check']]],
];
const gates = { passed: 0, failed: 0 };
for (const [name, [cmd, args]] of gateRuns) {
  const ok = run(cmd, args) === 0;
  console.log(`gate ${name}: ${ok ? 'passed' : 'FAILED'}`);
  gates[ok ? 'passed' : 'failed']++;
}

// UPDATE_SNAPSHOT=none: a missing or changed file snapshot fails instead of being written.
const unitStatus = run(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=.vitest-results.json'],
  {
    UPDATE_SNAPSHOT: process.env.UPDATE_SNAPSHOT ?? 'none',
  },
);
const unit = count('.vitest-results.json', (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0),
})) ?? {
  passed: 0,
  failed: 1,
};
if (unitStatus !== 0 && unit.failed === 0) unit.failed = 1;

const vitestCounts = (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0),
});
let dist = { passed: 0, failed: 0 };
let e2e = { passed: 0, failed: 0 };
const buildStatus = run('npx', ['astro', 'build']);
if (buildStatus !== 0) {
  console.error('The site build failed: browser tests cannot run.');
  e2e = { passed: 0, failed: 1 };
} else {
  const distStatus = run('npx', [
    'vitest',
    'run',
    '--config',
    'test/dist/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    '--outputFile=.vitest-dist-results.json',
  ]);
  dist = count('.vitest-dist-results.json', vitestCounts) ?? { passed: 0, failed: 1 };
  if (distStatus !== 0 && dist.failed === 0) dist.failed = 1;

  const e2eStatus = run('npx', ['playwright', 'test']);
  e2e = count('.playwright-results.json', (r) => ({
    passed: (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0),
    failed: r.stats?.unexpected ?? 0,
  })) ?? { passed: 0, failed: 1 };
  if (e2eStatus !== 0 && e2e.failed === 0) e2e.failed = 1;
}

const passed = gates.passed + unit.passed + dist.passed + e2e.passed;
const failed = gates.failed + unit.failed + dist.failed + e2e.failed;
console.log(
  `\ngates: ${gates.passed} passed, ${gates.failed} failed; unit: ${unit.passed} passed, ${unit.failed} failed; built files: ${dist.passed} passed, ${dist.failed} failed; browser: ${e2e.passed} passed, ${e2e.failed} failed`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
