import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/core/build';
import { isLearnable, type RequiresAttributes } from '../../src/core/types';
import { generateCurriculum } from '../../src/gen/curriculum';
import { density, DENSITY_KEYS } from '../../src/gen/density';
import { loadDocs, readTree } from '../../src/node/read-tree';
import { CORPUS, corpusAvailable, tree } from '../helpers';

const run = promisify(execFile);
const MAIN = new URL('../../src/gen/main.ts', import.meta.url).pathname;

async function gen(...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(process.execPath, ['--import', 'tsx', MAIN, ...args]);
    return { code: 0, stderr };
  } catch (e) {
    const err = e as { code: number; stderr: string };
    return { code: err.code, stderr: err.stderr };
  }
}

const asTree = (files: { path: string; text: string }[]) => tree(Object.fromEntries(files.map((f) => [f.path, f.text])));

describe('npm run gen', () => {
  it.each([
    [[], '--topics is required'],
    [['--topics', '10'], '--out is required'],
    [['--topics', 'many', '--out', 'x'], '--topics must be a whole number'],
    [['--topics', '0', '--out', 'x'], '--topics must be a whole number'],
    [['--topics', '10', '--out', 'x', '--seed', '1.5'], '--seed must be a whole number'],
    [['--topics', '10', '--out', 'x', '--colour'], "Unknown option '--colour'"],
  ])('exits 2 on %j with a usage message, not a stack trace', async (args, message) => {
    const r = await gen(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('usage: npm run gen');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses to write into a folder that already holds files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atlas-gen-'));
    await writeFile(join(dir, 'notes.md'), '# mine\n');
    const r = await gen('--topics', '10', '--out', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not empty');
  });

  it('writes the tree the generator describes', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'atlas-gen-')), 'docs');
    const r = await gen('--topics', '120', '--out', dir, '--seed', '3');
    expect(r.code).toBe(0);
    for (const f of generateCurriculum({ topics: 120, seed: 3 })) expect(await readFile(join(dir, f.path), 'utf8')).toBe(f.text);
  });
});

describe('the synthetic curriculum', () => {
  it('is the same, byte for byte, for the same seed, and another tree for another seed', () => {
    const a = generateCurriculum({ topics: 400, seed: 11 });
    expect(generateCurriculum({ topics: 400, seed: 11 })).toEqual(a);
    expect(generateCurriculum({ topics: 400, seed: 12 })).not.toEqual(a);
  });

  it('follows the learning-path template', () => {
    const files = generateCurriculum({ topics: 200 });
    const category = files.find((f) => f.path.endsWith('_category_.json'));
    expect(JSON.parse(category?.text ?? '')).toMatchObject({
      label: expect.any(String),
      position: 1,
      link: { description: expect.any(String) },
    });
    const prerequisites = files.find((f) => f.path.endsWith('/00-prerequisites.md'))?.text ?? '';
    expect(prerequisites).toMatch(
      /^---\nsidebar_position: 1\n---\n\n# Prerequisites for .+\n\n## .+\n- \*\*What you Need to Know\*\*\n {2}- \*\*.+\*\*\n {4}- .+\n/,
    );
    expect(prerequisites).toMatch(/\n {4}- \*\*Resources:\*\*\n {6}- \[.+\]\(https:\/\/.+\) - .+\n/);
    expect(prerequisites).toMatch(
      /\n## Personalized Learning Pathways\n- \*\*What you Need to Know\*\*\n {2}- \*\*For .+\*\*\n {4}- .+\(\d+-\d+ weeks\)\n/,
    );
    expect(prerequisites).toMatch(/\n\*\*Ready to Begin\?\*\* .+\[Module 1: .+\]\(\.\/01-[a-z0-9-]+\.md\)/);
  });

  it('builds into about 1000 topics with explicit and inferred prerequisites and no errors', () => {
    const files = generateCurriculum({ topics: 1000 });
    const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
    expect(bytes / 1000).toBeGreaterThan(500);
    expect(bytes / 1000).toBeLessThan(750);

    const { graph, diagnostics } = buildGraph(asTree(files));
    expect(diagnostics.filter((d) => d.level !== 'info')).toEqual([]);
    // A getting-started page orients, as on the corpus: its headings are orientation, every other one a topic.
    const learnable = graph.filterNodes((_n, a) => isLearnable(a));
    const orientation = graph.filterNodes((_n, a) => a.kind === 'orientation');
    expect(learnable.length + orientation.length).toBe(1000);
    expect(orientation.every((n) => n.includes('/getting-started#'))).toBe(true);
    expect(graph.filterNodes((_n, a) => a.kind === 'topic').length).toBeGreaterThan(750);
    expect(graph.filterNodes((_n, a) => a.kind === 'pathway').length).toBeGreaterThan(0);

    const requires = graph.filterEdges((_e, a) => a.kind === 'requires').map((e) => graph.getEdgeAttributes(e) as RequiresAttributes);
    const explicit = requires.filter((a) => a.origin === 'explicit');
    expect(explicit.length).toBeGreaterThan(50);
    expect(explicit[0]?.evidence).toMatch(/^Requires: /);
    expect(requires.filter((a) => a.origin === 'inferred').length).toBeGreaterThan(50);
    expect(graph.filterEdges((_e, a) => a.kind === 'next').length).toBeGreaterThan(0);
  });

  // The ingest benchmark is only worth its numbers if the synthetic tree is as heavy to read as real documents.
  it.runIf(corpusAvailable)('is as dense as the real corpus, within 15% on every measure', async () => {
    const markdown = (files: readonly { path: string; bytes: Uint8Array }[]) =>
      files.filter((f) => f.path.endsWith('.md')).reduce((n, f) => n + f.bytes.length, 0);
    const corpus = density((await loadDocs(CORPUS)).graph, markdown((await readTree(CORPUS)).files));
    const files = asTree(generateCurriculum({ topics: 1000 }));
    const generated = density(buildGraph(files).graph, markdown(files));
    for (const key of DENSITY_KEYS) expect(Math.abs(generated[key] / corpus[key] - 1), key).toBeLessThan(0.15);
  });
});
