// `vite build` of the explorer into a folder, for a docs folder: what the e2e tests, the
// screenshot script and the benchmark all load in Chromium.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Build the page for `docs` (undefined: the default dataset) into `outDir`. */
export function buildPage(outDir: string, docs?: string): Promise<void> {
  const env = { ...process.env };
  if (docs === undefined) delete env.ATLAS_DOCS;
  else env.ATLAS_DOCS = docs;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
      { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build for ${docs ?? 'graph/docs'} failed (${code}):\n${output}`)),
    );
  });
}
