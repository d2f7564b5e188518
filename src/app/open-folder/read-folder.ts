// A docs folder chosen in the page to the core's input files: paths relative to the folder,
// only documents and category files, each read as bytes (a file too large is passed by size).
import type { InputFile } from '../../core/types';
import { DEFAULT_LIMITS, treeFileKind } from '../../core/rules';

export interface Picked {
  /** Relative to the chosen folder, with forward slashes. */
  path: string;
  file: File;
}

export interface ChosenFolder {
  name: string;
  files: Picked[];
}

/** Whether a path inside the folder is read: the core's treeFileKind, as on disk. */
export const isWanted = (path: string): boolean => treeFileKind(path) !== null;

/** Files from `<input webkitdirectory>`: their `webkitRelativePath` starts with the folder's name. */
export function fromInput(list: FileList | readonly File[]): ChosenFolder {
  const files: Picked[] = [];
  let name = '';
  for (const file of Array.from(list)) {
    const segments = (file.webkitRelativePath || file.name).split('/');
    if (segments.length > 1) name ||= segments[0] as string;
    const path = segments.slice(segments.length > 1 ? 1 : 0).join('/');
    if (isWanted(path)) files.push({ path, file });
  }
  return { name: name || 'docs', files };
}

interface DirHandle {
  name: string;
  kind: 'directory';
  values(): AsyncIterable<DirHandle | { kind: 'file'; name: string; getFile(): Promise<File> }>;
}

/** Files under a handle from `showDirectoryPicker`. */
export async function fromHandle(root: DirHandle): Promise<ChosenFolder> {
  const files: Picked[] = [];
  const stack: { dir: DirHandle; prefix: string }[] = [{ dir: root, prefix: '' }];
  while (stack.length > 0) {
    const { dir, prefix } = stack.pop() as { dir: DirHandle; prefix: string };
    for await (const entry of dir.values()) {
      const path = prefix + entry.name;
      if (entry.kind === 'directory') {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') stack.push({ dir: entry, prefix: `${path}/` });
      } else if (isWanted(path)) files.push({ path, file: await entry.getFile() });
    }
  }
  return { name: root.name, files };
}

export type PickDirectory = () => Promise<DirHandle>;

/** The browser's directory picker, when it has one. */
export const directoryPicker = (): PickDirectory | undefined => (globalThis as { showDirectoryPicker?: PickDirectory }).showDirectoryPicker;

export async function readPicked(files: readonly Picked[], onProgress: (done: number) => void): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const { path, file } of files) {
    out.push(
      file.size > DEFAULT_LIMITS.maxFileBytes
        ? { path, bytes: new Uint8Array(0), size: file.size }
        : { path, bytes: new Uint8Array(await file.arrayBuffer()) },
    );
    onProgress(out.length);
  }
  return out;
}
