// Loads TypeScript sources for a benchmark: esbuild (Astro's own dependency) bundles the given
// export lines into a temporary ES module, so the code measured is the code a bundler ships.
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The module made of `exportLines` (paths relative to the project root). */
export async function loadBundled(exportLines, name) {
  const out = await build({
    stdin: { contents: exportLines.join('\n'), resolveDir: root, loader: 'ts', sourcefile: `${name}-entry.ts` },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'error',
  });
  const dir = await mkdtemp(join(tmpdir(), `${name}-`));
  const file = join(dir, `${name}.mjs`);
  await writeFile(file, out.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
