// Reading a docs folder from disk: what cannot be read is a diagnostic at its path, the rest is
// built, and only a folder where nothing could be read is an error (the CLI's exit 2).
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AtlasError } from '../../src/core/errors';
import { loadDocs, type TreeFs } from '../../src/node/read-tree';
import type { BuildProgress } from '../../src/core/types';
import { CORPUS, corpusAvailable } from '../helpers';

const doc = (title: string) => `# ${title}\n\n## S\n- **What you Need to Know**\n  - **${title} Topic**\n    - a concept\n`;

let root: string;
let docs: string;
const locked: string[] = [];

/**
 * The file system as a user without permission sees it. chmod 000 stops reads, except for root
 * (CI may run as root): then the same paths fail by injection, so the test never depends on who runs it.
 */
async function deniedFs(paths: string[]): Promise<TreeFs> {
  for (const p of paths) await chmod(p, 0o000);
  const probe = await readFile(paths[0] as string).then(
    () => 'readable',
    (e: { code?: string }) => e.code,
  );
  if (probe === 'EACCES' || probe === 'EISDIR') return nodeFs;
  const denied = (p: string) => paths.some((d) => p === d || p.startsWith(`${d}/`));
  const eacces = (p: string) => Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES' });
  return {
    stat: (p) => nodeFs.stat(p),
    readdir: (p, o) => (denied(p) ? Promise.reject(eacces(p)) : nodeFs.readdir(p, o)),
    readFile: (p) => (denied(p) ? Promise.reject(eacces(p)) : nodeFs.readFile(p)),
  };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'atlas-read-tree-'));
  docs = join(root, 'docs');
  await mkdir(join(docs, 'p', 'locked-folder'), { recursive: true });
  await writeFile(join(docs, 'p', 'good.md'), doc('Good'));
  await writeFile(join(docs, 'p', 'locked.md'), doc('Locked'));
  await writeFile(join(docs, 'p', 'locked-folder', 'inner.md'), doc('Inner'));
  await writeFile(join(root, 'outside.md'), doc('Outside'));
  await symlink(join(root, 'outside.md'), join(docs, 'p', 'link-out.md'));
  await symlink(join(docs, 'p', 'good.md'), join(docs, 'p', 'link-in.md'));
  await mkdir(join(root, 'curation', 'x.yaml'), { recursive: true });
  locked.push(join(docs, 'p', 'locked.md'), join(docs, 'p', 'locked-folder'));
});

afterAll(async () => {
  for (const p of locked) await chmod(p, 0o755).catch(() => undefined);
  await rm(root, { recursive: true, force: true });
});

describe('an unreadable docs tree', () => {
  it('reports an unreadable file and folder, a folder named like a curation file and symbolic links, and builds the rest', async () => {
    const fs = await deniedFs(locked);
    const r = await loadDocs(docs, { fs });
    const problems = r.diagnostics
      .filter((d) => ['unreadable', 'curation', 'symlink'].includes(d.code))
      .map((d) => `${d.file}:${d.line}: ${d.level}: ${d.message}`);
    expect(problems.sort()).toEqual([
      'curation/x.yaml:1: error: a folder, not a curation file; not read',
      'p/link-in.md:1: info: symbolic link not followed',
      'p/link-out.md:1: info: symbolic link not followed',
      'p/locked-folder:1: error: folder permission denied; its documents are not read',
      'p/locked.md:1: error: file permission denied; it is not read',
    ]);
    expect(r.graph.hasNode('p/good#good-topic')).toBe(true);
    expect(r.graph.filterNodes((_n, a) => a.label === 'Outside Topic')).toEqual([]);
  });

  it('is an error only when nothing in the folder could be read', async () => {
    const fs = await deniedFs([...locked, join(docs, 'p')]);
    await expect(loadDocs(docs, { fs })).rejects.toThrow(AtlasError);
    await expect(loadDocs(docs, { fs })).rejects.toThrow(/nothing in docs folder ".*" could be read \(p: folder permission denied/);
    await chmod(join(docs, 'p'), 0o755);
  });
});

describe.skipIf(!corpusAvailable)('progress of a build', () => {
  it('reports every file read, every document, then each prerequisite pass, in order, and builds the same graph', async () => {
    const seen: BuildProgress[] = [];
    const watched = await loadDocs(CORPUS, { onProgress: (p) => seen.push({ ...p }) });
    const files = seen.filter((p) => p.stage === 'read');
    const parsed = seen.filter((p) => p.stage === 'parse');
    expect(files.map((p) => p.done)).toEqual(files.map((_, i) => i + 1));
    expect(parsed.map((p) => p.done)).toEqual(parsed.map((_, i) => i));
    const documents = parsed.length - 1;
    expect(documents).toBeGreaterThan(50);
    expect(parsed.every((p) => p.total === documents)).toBe(true);
    expect([...new Set(seen.map((p) => p.stage))]).toEqual(['read', 'parse', 'relate', 'infer', 'pathways']);
    expect(JSON.stringify(watched.graph.export())).toBe(JSON.stringify((await loadDocs(CORPUS)).graph.export()));
  });
});
