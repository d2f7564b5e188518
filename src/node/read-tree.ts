// The file-system adapter: a docs folder on disk to the core's list of input files.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { buildGraph, type BuildResult } from '../core/ingest/build.ts';
import { AtlasError } from '../core/errors.ts';
import type { InputFile } from '../core/types.ts';
import { DEFAULT_LIMITS, type Limits } from '../core/ingest/limits.ts';

const WANTED = /(\.mdx?|_category_\.json)$/i;

export async function readTree(root: string, maxBytes = DEFAULT_LIMITS.maxFileBytes): Promise<InputFile[]> {
  let info;
  try {
    info = await stat(root);
  } catch {
    throw new AtlasError(`cannot read docs folder "${root}": no such file or directory`);
  }
  if (!info.isDirectory()) throw new AtlasError(`"${root}" is not a folder`);
  const files: InputFile[] = [];
  // Iterative walk: a deep tree can never overflow the stack.
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop() as string;
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else if (entry.isFile() && WANTED.test(entry.name)) {
        const path = relative(root, full).split(sep).join('/');
        const { size } = await stat(full);
        // A file far over any sensible limit is not read into memory; the core reports it by size.
        files.push(size > maxBytes ? { path, bytes: new Uint8Array(0), size } : { path, bytes: await readFile(full) });
      }
    }
  }
  return files;
}

/** The curation files for a docs folder: the `curation` folder beside it, when there is one. */
export async function readCuration(docsDir: string, curationDir?: string): Promise<InputFile[]> {
  const dir = curationDir ?? join(docsDir, '..', 'curation');
  const exists = await stat(dir).then((s) => s.isDirectory(), () => false);
  if (!exists) {
    if (curationDir !== undefined) throw new AtlasError(`cannot read curation folder "${curationDir}"`);
    return [];
  }
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/i.test(n)).sort();
  return Promise.all(names.map(async (n) => ({ path: relative(join(docsDir, '..'), join(dir, n)).split(sep).join('/'), bytes: await readFile(join(dir, n)) })));
}

/** A docs folder and its curation, built: what the CLI and the Vite plugin both serve. */
export async function loadDocs(docsDir: string, options: { curationDir?: string; limits?: Partial<Limits> } = {}): Promise<BuildResult> {
  const [files, curation] = await Promise.all([readTree(docsDir, options.limits?.maxFileBytes), readCuration(docsDir, options.curationDir)]);
  return buildGraph(files, { name: basename(resolve(docsDir)), curation, ...(options.limits ? { limits: options.limits } : {}) });
}
