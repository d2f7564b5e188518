// Which files are documents: one rule (treeFileKind) for the reader on disk and the page's folder picker.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { treeFileKind } from '../../../src/core/ingest/files';
import { readTree } from '../../../src/node/read-tree';
import { fromInput } from '../../../src/app/open-folder/read-folder';

const PATHS = [
  'a.md',
  'b.MDX',
  '_category_.json',
  'notes.txt',
  '.hidden/c.md',
  'node_modules/pkg/d.md',
  'sub/_CATEGORY_.JSON',
  'sub/_partial.md',
  'sub/e.md',
  'sub/.git/f.md',
];

describe('which files of a docs tree are read', () => {
  it.each([
    ['a.md', 'document'],
    ['b.MDX', 'document'],
    ['_category_.json', 'category'],
    ['sub/_CATEGORY_.JSON', null],
    ['notes.txt', null],
    ['.hidden/c.md', null],
    ['node_modules/pkg/d.md', null],
  ])('%s is %s', (path, kind) => {
    expect(treeFileKind(path)).toBe(kind);
  });

  it("is the same for the reader on disk and the page's folder picker", async () => {
    const root = await mkdtemp(join(tmpdir(), 'atlas-files-'));
    for (const p of PATHS) {
      await mkdir(join(root, p, '..'), { recursive: true });
      await writeFile(join(root, p), '# x\n');
    }
    const onDisk = (await readTree(root)).files.map((f) => f.path).sort();
    const picked = fromInput(PATHS.map((p) => ({ name: p.split('/').pop(), webkitRelativePath: `docs/${p}` }) as File))
      .files.map((f) => f.path)
      .sort();
    expect(onDisk).toEqual(['_category_.json', 'a.md', 'b.MDX', 'sub/_partial.md', 'sub/e.md']);
    expect(picked).toEqual(onDisk);
  });
});
