import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCS } from '../helpers';

const run = promisify(execFile);
const BIN = new URL('../../src/cli/bin.mjs', import.meta.url).pathname;

async function atlas(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

async function docsWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-cli-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

describe('atlas', () => {
  it.each([
    [['frob'], 'unknown command "frob"'],
    [['check'], 'check takes exactly one docs folder'],
    [['check', '/no/such/folder'], 'cannot read docs folder'],
    [['build', '--format', 'pdf'], 'unknown format "pdf"'],
    [['build', '--bogus'], "Unknown option '--bogus'"],
  ])('exits 2 on %j with a message, not a stack trace', async (args, message) => {
    const r = await atlas(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('check exits 1 with file:line diagnostics when a document has an error', async () => {
    const dir = await docsWith({ 'p/a.md': '# A\n\n## S\n- **What you Need to Know**\n  - **T**\n    - x\n    - **Resources:**\n      - [Click](javascript:alert(1))\n' });
    const r = await atlas('check', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('p/a.md:8: error: unsafe link scheme "javascript:"');
    const json = await atlas('check', dir, '--format', 'json');
    expect(JSON.parse(json.stdout)).toContainEqual(expect.objectContaining({ file: 'p/a.md', line: 8, level: 'error', code: 'unsafe-link' }));
  });

  it('check reports no errors on the default documents', async () => {
    const r = await atlas('check', DEFAULT_DOCS);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('0 errors');
  });

  it('build writes graphology JSON and a one-line summary', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'atlas-out-')), 'g.json');
    const r = await atlas('build', DEFAULT_DOCS, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/1 document; \d+ nodes \(.*19 topic.*\); \d+ edges .*; 0 errors, 1 warning, 0 info/);
    const graph = JSON.parse(await readFile(out, 'utf8')) as { nodes: { key: string; attributes: { kind: string } }[] };
    expect(graph.nodes.filter((n) => n.attributes.kind === 'milestone')).toHaveLength(2);
  });

  it('build --strict exits 1 when a document has an error, and still writes the graph', async () => {
    const dir = await docsWith({ 'p/a.md': '---\ntitle: [\n---\n# A\n', 'p/b.md': '# B\n' });
    const r = await atlas('build', dir, '--strict');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).nodes.length).toBeGreaterThan(0);
  });
});
