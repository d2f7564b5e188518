// The file-system adapter: a docs folder on disk to the core's list of input files.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { AtlasError } from '../core/errors';
import type { InputFile } from '../core/types';

const WANTED = /(\.mdx?|_category_\.json)$/i;

export async function readTree(root: string): Promise<InputFile[]> {
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
      else if (entry.isFile() && WANTED.test(entry.name)) files.push({ path: relative(root, full).split(sep).join('/'), bytes: await readFile(full) });
    }
  }
  return files;
}
