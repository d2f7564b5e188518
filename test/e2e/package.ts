// The package as a user gets it: `npm pack` of this checkout (which compiles it, see prepack), and
// `npm install` of that tarball into a fresh folder, with npm's ordinary registry and cache.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './build';

const run = promisify(execFile);
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export interface Packed {
  tarball: string;
  /** The paths the tarball holds, relative to the package. */
  files: string[];
}

export async function packAtlas(destination: string): Promise<Packed> {
  mkdirSync(destination, { recursive: true });
  const { stdout } = await run(NPM, ['pack', '--json', '--pack-destination', destination], { cwd: ROOT, maxBuffer: 64 << 20 });
  // prepack's own output comes first; npm's JSON report is the last thing printed.
  const report = JSON.parse(stdout.slice(stdout.lastIndexOf('[\n  {'))) as { filename: string; files: { path: string }[] }[];
  const [first] = report as [(typeof report)[number]];
  return { tarball: join(destination, first.filename), files: first.files.map((f) => f.path) };
}

/**
 * What the live registry answers while a package is being published, or on a bad minute of the
 * network: a package published minutes ago can require a version of another that the registry does
 * not list yet (ETARGET for @algolia/requester-fetch failed a run of the Docusaurus test once).
 */
const PASSING_TROUBLE = /\b(ETARGET|E404|ETIMEDOUT|ECONNRESET|EAI_AGAIN)\b/;
const ATTEMPTS = 3;

/**
 * A folder with a package.json (CommonJS unless told) and `packages` installed into it. An install
 * that meets passing trouble is tried again after a while, asking the registry rather than npm's
 * cache, the last time with only the versions published a day before, which the registry lists whole.
 */
export async function installInto(dir: string, packages: string[], manifest: Record<string, unknown> = {}): Promise<void> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'atlas-user', version: '1.0.0', private: true, ...manifest }, null, 2));
  const args = ['install', '--no-audit', '--no-fund', '--loglevel', 'error', ...packages];
  for (let attempt = 1; ; attempt++) {
    // Again: asking the registry rather than npm's cache; the last time: a day back.
    const again = attempt > 1 ? ['--prefer-online'] : [];
    const settled = attempt === ATTEMPTS ? [`--before=${new Date(Date.now() - 24 * 3600_000).toISOString()}`] : [];
    try {
      await run(NPM, [...args, ...again, ...settled], { cwd: dir, maxBuffer: 64 << 20 });
      return;
    } catch (e) {
      const said = `${(e as { stderr?: string }).stderr ?? ''} ${(e as Error).message}`;
      if (attempt === ATTEMPTS || !PASSING_TROUBLE.test(said)) throw e;
      await new Promise((resolve) => setTimeout(resolve, 15_000));
    }
  }
}
