// Atlas installed from its tarball into an empty folder, as a user installs it: the CLI runs with
// no TypeScript toolchain, starts about as fast as Node, the library imports from plain Node, and
// `atlas site` writes an explorer that works under a sub-path.
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser';
import { ROOT } from './build';
import { openExplorer } from './explorer-page';
import { installInto, packAtlas, type Packed } from './package';
import { serveStatic } from './static-server';

const exec = promisify(execFile);
const chromium = useChromium();
const tmp = mkdtempSync(join(tmpdir(), 'atlas-package-'));
const user = join(tmp, 'user');
let packed: Packed;

/** `npx atlas …` in the user's folder. */
async function atlas(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec('npx', ['--no-install', 'atlas', ...args], { cwd: user, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

beforeAll(async () => {
  packed = await packAtlas(join(tmp, 'pack'));
  await installInto(user, [packed.tarball]);
  cpSync(join(ROOT, 'graph'), user, { recursive: true });
}, 600_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the package', () => {
  it('holds the compiled CLI, library, Docusaurus plugin and page, and nothing of the sources or tests', () => {
    expect(packed.files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'LICENSE',
        'dist/cli.mjs',
        'dist/index.mjs',
        'dist/index.d.mts',
        'dist/docusaurus.cjs',
        'dist/docusaurus.mjs',
        'dist/site/index.html',
      ]),
    );
    expect(packed.files.filter((f) => !/^(dist\/|package\.json$|README\.md$|LICENSE$)/.test(f))).toEqual([]);
    expect(packed.files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.mts') && !f.endsWith('.d.cts'))).toEqual([]);
  });

  it('installs without a TypeScript toolchain, a bundler or the page’s libraries', () => {
    for (const name of ['tsx', 'typescript', 'vite', 'react', 'sigma'])
      expect(existsSync(join(user, 'node_modules', name)), name).toBe(false);
  });

  it('runs `npx atlas check docs`: the diagnostics, the count in words, exit 0 without errors', async () => {
    const r = await atlas('check', 'docs');
    expect(r.stderr).toContain('machine-learning-engineering/00-prerequisites.md:245: warning: link target not found');
    expect(r.stderr).toContain('atlas check: 0 errors, 1 warning, 0 info');
    expect(r.code).toBe(0);
    const github = await atlas('check', 'docs', '--format', 'github');
    expect(github.stdout).toMatch(/^::warning file=docs\/machine-learning-engineering\/00-prerequisites\.md,line=245,title=Broken link::/m);
  });

  it('answers `atlas --help` within 4x the time Node takes to start', () => {
    const time = (command: string, args: string[]): number => {
      const start = process.hrtime.bigint();
      const r = spawnSync(command, args, { cwd: user });
      if (r.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${r.stderr}`);
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const bin = join(user, 'node_modules', '.bin', 'atlas');
    const node: number[] = [];
    const help: number[] = [];
    // Alternated, so a busy moment of the machine weighs on both; medians, so one outlier does not.
    for (let i = 0; i < 9; i++) {
      node.push(time(process.execPath, ['-e', '0']));
      help.push(time(bin, ['--help']));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
    expect(median(help) / median(node)).toBeLessThan(4);
  });

  it('imports { buildGraph, check, plan } from plain Node', async () => {
    const script = `
      import { readdirSync, readFileSync } from 'node:fs';
      import { join, sep } from 'node:path';
      import { buildGraph, check, plan } from 'atlas';
      const files = readdirSync('docs', { recursive: true, encoding: 'utf8' })
        .filter((p) => /\\.mdx?$|_category_\\.json$/.test(p))
        .map((p) => ({ path: p.split(sep).join('/'), bytes: readFileSync(join('docs', p)) }));
      const curation = readdirSync('curation').map((n) => ({ path: 'curation/' + n, bytes: readFileSync(join('curation', n)) }));
      const result = buildGraph(files, { name: 'docs', curation });
      const { steps } = plan(result.graph, { targets: ['Deep Learning Frameworks'], hours: 8 });
      console.log(JSON.stringify({ diagnostics: check(result).length, steps: steps.map((s) => s.label) }));`;
    const { stdout } = await exec(process.execPath, ['--input-type=module', '-e', script], { cwd: user });
    const out = JSON.parse(stdout) as { diagnostics: number; steps: string[] };
    expect(out.diagnostics).toBe(1);
    expect(out.steps.at(-1)).toBe('Deep Learning Frameworks');
    expect(out.steps).toContain('Neural Network Fundamentals');
  });

  it('writes the explorer with `atlas site --base /sub/path/`, which draws the map there with its policy intact', async () => {
    const served = join(tmp, 'host');
    const r = await atlas('site', 'docs', '--out', join(served, 'sub', 'path'), '--base', '/sub/path/');
    expect(r.code).toBe(0);
    const html = readFileSync(join(served, 'sub', 'path', 'index.html'), 'utf8');
    expect(html).toMatch(/src="\/sub\/path\/assets\/index-[\w-]+\.js"/);
    expect(html).toMatch(/href="\/sub\/path\/assets\/atlas-data-[0-9a-f]+\.json"/);
    const server = await serveStatic(served);
    try {
      // No trailing slash: the base, not the address, decides where the assets are.
      const { page, errors, cspViolations } = await openExplorer(chromium(), `${server.url}sub/path`);
      expect(await page.locator('.map-canvas').getAttribute('aria-label')).toMatch(/Map of 21 topics in 1 learning path/);
      expect(await cspViolations()).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
