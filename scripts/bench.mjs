// `npm run bench`: prints figures (never asserts). Sections: the numeric core, then the built site.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const step = (title, script, args = []) => {
  if (!existsSync(script)) return;
  console.log(`\n## ${title}\n`);
  const status = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit' }).status;
  if (status !== 0) process.exitCode = status ?? 1;
};

step('Numeric core', 'scripts/bench-math.mjs');
step('Idea figures', 'scripts/bench-ideas.mjs');
step('Built site', 'scripts/bench-site.mjs', process.argv.slice(2));
