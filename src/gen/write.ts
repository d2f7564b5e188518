// Writing a synthetic curriculum to disk, path by path, so a 60 MB tree never sits in memory
// whole. Shared by `npm run gen` and the benchmarks.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { curriculumPaths, type CurriculumOptions } from './curriculum';

export interface WriteProgress {
  topics: number;
  files: number;
  bytes: number;
}

export async function writeCurriculum(
  root: string,
  options: CurriculumOptions,
  onPath?: (progress: WriteProgress) => void,
): Promise<WriteProgress> {
  const progress: WriteProgress = { topics: 0, files: 0, bytes: 0 };
  for (const path of curriculumPaths(options)) {
    await mkdir(join(root, path.folder), { recursive: true });
    for (const f of path.files) {
      const full = join(root, f.path);
      if (dirname(full) !== join(root, path.folder)) await mkdir(dirname(full), { recursive: true });
      await writeFile(full, f.text);
      progress.bytes += Buffer.byteLength(f.text);
      progress.files++;
    }
    progress.topics += path.topics;
    onPath?.(progress);
  }
  return progress;
}
