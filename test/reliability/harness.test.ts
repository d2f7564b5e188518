// Every command over every hostile fixture: a folder of test/fixtures/hostile (its docs tree in
// `docs`, its curation beside it) joins by being added, and generated.ts adds what cannot be
// committed. Each command runs in this process through the CLI's own `main`, which is what the
// `atlas` binary runs; an exception escaping it is what would print a stack trace.
import { chmod, cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { EXPORTERS } from '../../src/core/export/index';
import { GENERATED } from './generated';
import { CHECK_FORMATS as CHECK_FORMAT_REGISTRY } from '../../src/core/diagnostics/formats';

const FIXTURES = fileURLToPath(new URL('../fixtures/hostile', import.meta.url));
/** Every `atlas check --format` value. */
const CHECK_FORMATS = CHECK_FORMAT_REGISTRY.map((f) => f.id);
const STEP_MS = 10_000;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** One CLI command in this process, its output captured. */
async function atlas(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const write = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
  process.stdout.write = ((chunk: string | Uint8Array) => out.push(String(chunk)) > 0) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => err.push(String(chunk)) > 0) as typeof process.stderr.write;
  const started = performance.now();
  try {
    const code = await main(argv);
    return { code, stdout: out.join(''), stderr: err.join(''), ms: performance.now() - started };
  } catch (e) {
    // What bin.mjs would let through: Node prints the stack and exits 1.
    return {
      code: 1,
      stdout: out.join(''),
      stderr: `${err.join('')}${(e as Error).stack ?? String(e)}\n`,
      ms: performance.now() - started,
    };
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
  }
}

let root: string;
const cases: string[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'atlas-harness-'));
  await cp(FIXTURES, root, { recursive: true });
  for (const [name, generate] of Object.entries(GENERATED)) await generate(join(root, name));
  cases.push(...(await readdir(root)).sort());
}, 60_000);

afterAll(async () => {
  // chmod 000 entries must be opened again before they can be removed.
  const reopen = async (dir: string): Promise<void> => {
    await chmod(dir, 0o755).catch(() => undefined);
    for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) if (e.isDirectory()) await reopen(join(dir, e.name));
  };
  if (root) {
    await reopen(root);
    await rm(root, { recursive: true, force: true });
  }
});

/** Every stderr line is a diagnostic "file:line: level: message", a summary, or an "atlas:" message; no exception text. */
function assertNoCrash(r: Run, what: string) {
  expect(r.stderr, `${what}: stack trace`).not.toMatch(/\n\s+at /);
  for (const line of r.stderr.split('\n')) {
    expect(line, `${what}: "Error:" without a file and line`).not.toMatch(/\b[A-Z]\w*Error\b|\bError:/);
    if (/error:/i.test(line)) expect(line, `${what}: an error without a file and line`).toMatch(/^(?:[^\n]+:\d+: error: |atlas: )/);
  }
}

describe('every command over every hostile fixture', () => {
  it('has fixtures to run: every folder of test/fixtures/hostile and every generated one', () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        'alias-bomb',
        'case-collision',
        'cycle',
        'hostile-names',
        'id-collision',
        'many-keys',
        'mixed',
        'smaller',
        'unreadable',
      ]),
    );
  });

  it('builds, checks, plans and lists next steps, with the documented exit codes, in seconds, keeping every good document', async () => {
    for (const name of cases) {
      const docs = join(root, name, 'docs');
      const step = async (expected: number[], ...argv: string[]) => {
        const r = await atlas(...argv);
        const what = `${name}: atlas ${argv.filter((a) => a !== docs).join(' ')}`;
        assertNoCrash(r, what);
        expect(expected, `${what}: exit code ${r.code}\n${r.stderr.slice(0, 2000)}`).toContain(r.code);
        expect(r.ms, `${what}: ${Math.round(r.ms)} ms`).toBeLessThan(STEP_MS);
        return r;
      };
      for (const { id } of EXPORTERS) await step([0], 'build', docs, '--format', id);
      const json = await step([0], 'build', docs, '--format', 'json');
      const files = new Set(
        (JSON.parse(json.stdout) as { nodes: { attributes: { kind: string; source: { file: string } } }[] }).nodes
          .filter((n) => n.attributes.kind === 'doc')
          .map((n) => n.attributes.source.file),
      );
      const goodOnes = (await readdir(docs, { recursive: true })).map(String).filter((p) => /(^|\/)[^/]*good[^/]*\.md$/.test(p));
      expect(goodOnes.length, `${name}: a fixture holds at least one good document`).toBeGreaterThan(0);
      for (const file of goodOnes) expect(files, `${name}: the good document ${file} is in the graph`).toContain(file);
      const checked = await step([0, 1], 'check', docs, '--format', 'json');
      const errors = (JSON.parse(checked.stdout) as { level: string }[]).some((d) => d.level === 'error');
      expect(checked.code, `${name}: check exits 1 exactly when it finds an error`).toBe(errors ? 1 : 0);
      for (const format of CHECK_FORMATS.filter((f) => f !== 'json'))
        expect((await step([0, 1], 'check', docs, '--format', format)).code).toBe(checked.code);
      await step([0], 'plan', '--docs', docs);
      await step([0], 'next', '--docs', docs);
    }
  }, 300_000);
});
