// The file-system adapter: a docs folder on disk to the core's list of input files.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AtlasError, buildGraph, DEFAULT_LIMITS, isSkippedFolder, treeFileKind, type BuildOptions, type BuildResult, type InputFile, type Limits } from '../core/index';

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
      const full = join(dir, entry.name);
      const path = relative(root, full).split(sep).join('/');
      if (entry.isDirectory()) {
        if (!isSkippedFolder(entry.name)) stack.push(full);
      } else if (entry.isFile() && treeFileKind(path) !== null) {
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

/** The knowledge base Atlas ships: subject prerequisites every docs tree is read with. */
export const SHIPPED_KNOWLEDGE = fileURLToPath(new URL('../core/prereq/knowledge/subjects.yaml', import.meta.url));

export interface KnowledgeChoice {
  /** Leave the shipped knowledge base out (`--no-knowledge`). */
  shipped?: boolean;
  /** A user's own knowledge files (`--knowledge FILE`), read after the shipped one. */
  files?: readonly string[];
}

/** The knowledge-base files to build with: the shipped one unless turned off, then the user's. */
export async function readKnowledge(choice: KnowledgeChoice = {}): Promise<InputFile[]> {
  const paths = [...(choice.shipped === false ? [] : [SHIPPED_KNOWLEDGE]), ...(choice.files ?? [])];
  return Promise.all(
    paths.map(async (p) => {
      const bytes = await readFile(p).catch(() => {
        throw new AtlasError(`cannot read knowledge file "${p}"`);
      });
      return { path: p === SHIPPED_KNOWLEDGE ? 'atlas:knowledge/subjects.yaml' : p, bytes };
    }),
  );
}

export interface LoadOptions {
  curationDir?: string;
  limits?: Partial<Limits>;
  knowledge?: KnowledgeChoice;
  signals?: BuildOptions['signals'];
}

/** A docs folder, its curation and the knowledge base, built: what the CLI and the Vite plugin both serve. */
export async function loadDocs(docsDir: string, options: LoadOptions = {}): Promise<BuildResult> {
  const [files, curation, knowledge] = await Promise.all([readTree(docsDir, options.limits?.maxFileBytes), readCuration(docsDir, options.curationDir), readKnowledge(options.knowledge)]);
  return buildGraph(files, { name: basename(resolve(docsDir)), curation, knowledge, ...(options.limits ? { limits: options.limits } : {}), ...(options.signals ? { signals: options.signals } : {}) });
}
