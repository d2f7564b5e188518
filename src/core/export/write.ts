// Where an export goes on disk, decided once for the CLI and any other caller. The file system is
// passed in (node's `fs/promises` fits), so the core itself never touches one.
import type { AtlasGraph } from '../types.ts';
import type { Exporter } from './index.ts';

export interface ExportFileSystem {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  writeFile(path: string, content: string): Promise<unknown>;
}

/**
 * Writes `exporter`'s output to `outPath` and returns the paths written. A multi-file format
 * (`files`) writes a folder unless `outPath` ends in the format's extension, which asks for one file.
 */
export async function writeExport(graph: AtlasGraph, exporter: Exporter, outPath: string, fs: ExportFileSystem): Promise<string[]> {
  if (!exporter.files || outPath.toLowerCase().endsWith(`.${exporter.extension}`)) {
    await fs.writeFile(outPath, exporter.run(graph));
    return [outPath];
  }
  const dir = outPath.replace(/[\\/]+$/, '') || outPath;
  await fs.mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const file of exporter.files(graph)) {
    const path = `${dir}/${file.name}`;
    await fs.writeFile(path, file.content);
    written.push(path);
  }
  return written;
}
