import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXPORTERS, writeExport, type Exporter, type ExportFileSystem } from '../../../src/core/export';
import { hostileGraph } from './fixtures';

const exporter = (id: string): Exporter => EXPORTERS.find((e) => e.id === id) as Exporter;

function memoryFs(): ExportFileSystem & { files: Map<string, string>; dirs: string[] } {
  const files = new Map<string, string>();
  const dirs: string[] = [];
  return {
    files,
    dirs,
    mkdir: async (path) => void dirs.push(path),
    writeFile: async (path, content) => void files.set(path, content),
  };
}

describe('writeExport: where `atlas build --out` puts an export', () => {
  const graph = hostileGraph();

  it.each(['json', 'gexf', 'graphml', 'cypher'])('writes %s to the one file named', async (id) => {
    const mem = memoryFs();
    expect(await writeExport(graph, exporter(id), 'out/graph.any', mem)).toEqual(['out/graph.any']);
    expect(mem.files.get('out/graph.any')).toBe(exporter(id).run(graph));
    expect(mem.dirs).toEqual([]);
  });

  it.each(['out/neo4j', 'out/neo4j/', 'out\\neo4j\\'])('writes CSV to a folder of neo4j-admin files for %s', async (path) => {
    const mem = memoryFs();
    const written = await writeExport(graph, exporter('csv'), path, mem);
    expect(mem.dirs).toEqual([path.replace(/[\\/]+$/, '')]);
    expect(written).toContain(`${path.replace(/[\\/]+$/, '')}/nodes_topic.csv`);
    expect(written).toContain(`${path.replace(/[\\/]+$/, '')}/relationships_requires.csv`);
    expect(written.length).toBe(exporter('csv').files?.(graph).length);
  });

  it('writes CSV to one file, every table in it, when the path ends in .csv', async () => {
    const mem = memoryFs();
    expect(await writeExport(graph, exporter('csv'), 'graph.CSV', mem)).toEqual(['graph.CSV']);
    expect(mem.files.get('graph.CSV')).toBe(exporter('csv').run(graph));
  });

  describe('with node:fs/promises', () => {
    let dir = '';
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('creates the folder and its files', async () => {
      dir = await mkdtemp(join(tmpdir(), 'atlas-export-'));
      const target = join(dir, 'deep', 'neo4j');
      await writeExport(graph, exporter('csv'), target, fs);
      const names = await readdir(target);
      expect(names.sort()).toEqual((exporter('csv').files?.(graph) ?? []).map((f) => f.name).sort());
      expect(await readFile(join(target, 'nodes_path.csv'), 'utf8')).toMatch(/^id:ID,:LABEL,/);
    });
  });
});

describe('the registry', () => {
  it('offers every format of `atlas build --format`, each with a distinct id and extension', () => {
    expect(EXPORTERS.map((e) => e.id)).toEqual(['json', 'gexf', 'graphml', 'cypher', 'csv']);
    expect(new Set(EXPORTERS.map((e) => e.extension)).size).toBe(EXPORTERS.length);
  });
});
