// The file-system adapter: a docs folder on disk to the core's list of input files. A file or
// folder that cannot be read (no permission, a folder where a file was expected) is a diagnostic
// and the rest is still read; only a docs folder that cannot be read at all is an error.
import * as nodeFs from 'node:fs/promises';
import type { Dirent, Stats } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import {
  AtlasError,
  buildGraph,
  CURATION_LIMITS,
  DEFAULT_LIMITS,
  isSkippedFolder,
  treeFileKind,
  type BuildOptions,
  type BuildProgress,
  type BuildResult,
  type Diagnostic,
  type InputFile,
  type Limits,
} from '../core/index.ts';

/** The calls the reader makes: node:fs/promises, or a stand-in that fails on purpose in tests. */
export interface TreeFs {
  stat(path: string): Promise<Pick<Stats, 'isDirectory' | 'isFile' | 'size'>>;
  readdir(path: string, options: { withFileTypes: true }): Promise<Pick<Dirent, 'name' | 'isDirectory' | 'isFile' | 'isSymbolicLink'>[]>;
  readFile(path: string): Promise<Uint8Array>;
}

export interface TreeRead {
  files: InputFile[];
  /** What could not be read, each at its path relative to the docs folder. */
  diagnostics: Diagnostic[];
}

/** "permission denied", "is a directory": the reason a read failed, without Node's stack or path. */
function reason(e: unknown): string {
  const code = (e as { code?: string }).code;
  const words: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a folder, not a file',
    ENOENT: 'disappeared while reading',
    ELOOP: 'too many symbolic links',
  };
  return (code && words[code]) ?? (code ? `cannot be read (${code})` : 'cannot be read');
}

export async function readTree(
  root: string,
  maxBytes = DEFAULT_LIMITS.maxFileBytes,
  fs: TreeFs = nodeFs,
  onProgress?: (progress: BuildProgress) => void,
): Promise<TreeRead> {
  let info;
  try {
    info = await fs.stat(root);
  } catch (e) {
    throw new AtlasError(
      `cannot read docs folder "${root}": ${(e as { code?: string }).code === 'ENOENT' ? 'no such file or directory' : reason(e)}`,
    );
  }
  if (!info.isDirectory()) throw new AtlasError(`"${root}" is not a folder`);
  const files: InputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const rel = (full: string) => relative(root, full).split(sep).join('/');
  const unreadable = (full: string, e: unknown, folder = false) =>
    diagnostics.push({
      file: rel(full) || '.',
      line: 1,
      level: 'error',
      code: 'unreadable',
      message: `${folder ? 'folder' : 'file'} ${reason(e)}; ${folder ? 'its documents are' : 'it is'} not read`,
    });
  // Iterative walk: a deep tree can never overflow the stack.
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop() as string;
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      if (dir === root) throw new AtlasError(`cannot read docs folder "${root}": ${reason(e)}`);
      unreadable(dir, e, true);
      continue;
    }
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        // A link could lead out of the docs folder: never followed, always said.
        diagnostics.push({ file: rel(full), line: 1, level: 'info', code: 'symlink', message: 'symbolic link not followed' });
      } else if (entry.isDirectory()) {
        if (!isSkippedFolder(entry.name)) stack.push(full);
      } else if (entry.isFile() && treeFileKind(rel(full)) !== null) {
        try {
          const { size } = await fs.stat(full);
          // A file far over any sensible limit is not read into memory; the core reports it by size.
          files.push(
            size > maxBytes ? { path: rel(full), bytes: new Uint8Array(0), size } : { path: rel(full), bytes: await fs.readFile(full) },
          );
          onProgress?.({ stage: 'read', done: files.length, total: 0 });
        } catch (e) {
          unreadable(full, e);
        }
      }
    }
  }
  return { files, diagnostics };
}

/** The curation files for a docs folder: the `curation` folder beside it, when there is one. */
export async function readCuration(docsDir: string, curationDir?: string, fs: TreeFs = nodeFs): Promise<TreeRead> {
  const dir = curationDir ?? join(docsDir, '..', 'curation');
  const exists = await fs.stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!exists) {
    if (curationDir !== undefined) throw new AtlasError(`cannot read curation folder "${curationDir}"`);
    return { files: [], diagnostics: [] };
  }
  const rel = (name: string) => relative(join(docsDir, '..'), join(dir, name)).split(sep).join('/');
  const diagnostics: Diagnostic[] = [];
  const problem = (path: string, message: string) => diagnostics.push({ file: path, line: 1, level: 'error', code: 'curation', message });
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    problem(rel(''), `curation folder ${reason(e)}; no curation read`);
    return { files: [], diagnostics };
  }
  const files: InputFile[] = [];
  for (const entry of entries.filter((n) => /\.ya?ml$/i.test(n.name)).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = rel(entry.name);
    if (!entry.isFile()) {
      problem(path, `${entry.isDirectory() ? 'a folder' : 'not a regular file'}, not a curation file; not read`);
      continue;
    }
    try {
      const { size } = await fs.stat(join(dir, entry.name));
      files.push(
        size > CURATION_LIMITS.maxBytes
          ? { path, bytes: new Uint8Array(0), size }
          : { path, bytes: await fs.readFile(join(dir, entry.name)) },
      );
    } catch (e) {
      problem(path, `file ${reason(e)}; not read`);
    }
  }
  return { files, diagnostics };
}

/**
 * The knowledge base Atlas ships: subject prerequisites every docs tree is read with. Beside the
 * core's source in a checkout; in dist/knowledge/ in the package, where this module is compiled
 * into dist/ itself or a chunk of it.
 */
export const SHIPPED_KNOWLEDGE = ['../core/prereq/knowledge/subjects.yaml', './knowledge/subjects.yaml', '../knowledge/subjects.yaml']
  .map((p) => fileURLToPath(new URL(p, import.meta.url)))
  .find((p) => existsSync(p)) as string;

export interface KnowledgeChoice {
  /** Leave the shipped knowledge base out (`--no-knowledge`). */
  shipped?: boolean;
  /** A user's own knowledge files (`--knowledge FILE`), read after the shipped one. */
  files?: readonly string[];
}

/** The knowledge-base files to build with: the shipped one unless turned off, then the user's. */
export async function readKnowledge(choice: KnowledgeChoice = {}): Promise<InputFile[]> {
  if (choice.shipped !== false && SHIPPED_KNOWLEDGE === undefined)
    throw new AtlasError('the knowledge base Atlas ships (knowledge/subjects.yaml) is missing from this installation; use --no-knowledge');
  const paths = [...(choice.shipped === false ? [] : [SHIPPED_KNOWLEDGE]), ...(choice.files ?? [])];
  return Promise.all(
    paths.map(async (p) => {
      const bytes = await nodeFs.readFile(p).catch(() => {
        throw new AtlasError(`cannot read knowledge file "${p}"`);
      });
      return { path: p === SHIPPED_KNOWLEDGE ? 'atlas:knowledge/subjects.yaml' : p, bytes };
    }),
  );
}

/** A knowledge file, or every YAML file of a folder of them, in name order. */
export async function knowledgeFiles(path: string): Promise<string[]> {
  const info = await nodeFs.stat(path).catch(() => {
    throw new AtlasError(`cannot read knowledge file or folder "${path}"`);
  });
  if (!info.isDirectory()) return [path];
  return (await nodeFs.readdir(path))
    .filter((n) => /\.ya?ml$/i.test(n))
    .sort()
    .map((n) => join(path, n));
}

export interface LoadOptions {
  curationDir?: string;
  limits?: Partial<Limits>;
  knowledge?: KnowledgeChoice;
  signals?: BuildOptions['signals'];
  fs?: TreeFs;
  /** Progress of a long build: files read, documents parsed, prerequisite passes. */
  onProgress?: BuildOptions['onProgress'];
}

/** A docs folder, its curation and the knowledge base, built: what the CLI and the Vite plugin both serve. */
export async function loadDocs(docsDir: string, options: LoadOptions = {}): Promise<BuildResult> {
  const [tree, curation, knowledge] = await Promise.all([
    readTree(docsDir, options.limits?.maxFileBytes, options.fs, options.onProgress),
    readCuration(docsDir, options.curationDir, options.fs),
    readKnowledge(options.knowledge),
  ]);
  if (tree.files.length === 0 && tree.diagnostics.some((d) => d.level === 'error')) {
    const first = tree.diagnostics.find((d) => d.level === 'error') as Diagnostic;
    throw new AtlasError(`nothing in docs folder "${docsDir}" could be read (${first.file}: ${first.message})`);
  }
  const result = buildGraph(tree.files, {
    name: basename(resolve(docsDir)),
    curation: curation.files,
    knowledge,
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.signals ? { signals: options.signals } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  result.diagnostics.push(...tree.diagnostics, ...curation.diagnostics);
  return result;
}
