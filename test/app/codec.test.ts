import { describe, expect, it } from 'vitest';
import { decodeGraph, encodeGraph, type WireGraph } from '../../src/app/data/codec';
import { modelFromPayload } from '../../src/app/data/load';
import { loadDocs } from '../../src/cli/read-tree';
import { toPayload } from '../../src/vite/payload';
import { CORPUS, corpusAvailable, DEFAULT_DOCS } from '../helpers';

describe('the graph on the wire', () => {
  it('refuses data that points at a missing string or node', () => {
    const wire: WireGraph = { strings: [], attributes: { name: 'x' }, nodes: [['a', { kind: 'path', label: 'A', position: 0, source: { file: 0, line: 1 } }]], edges: [] };
    expect(() => decodeGraph(wire)).toThrow(/string #0/);
    expect(() => decodeGraph({ ...wire, strings: ['f.md'], edges: [[0, 5, { kind: 'contains', source: { file: 0, line: 1 } }]] })).toThrow(/node #5/);
  });

  it('refuses a payload with no layout, with a message a reader can act on', () => {
    expect(() => modelFromPayload({ name: 'x' } as never)).toThrow(/incomplete/);
  });

  it('decodes to exactly what the core built, edge keys included', async () => {
    const { graph } = await loadDocs(DEFAULT_DOCS);
    expect(decodeGraph(JSON.parse(JSON.stringify(encodeGraph(graph.export()))))).toEqual(graph.export());
  });

  it.skipIf(!corpusAvailable)('decodes the corpus to what the core built, so the page exports the CLI’s file', async () => {
    const { graph } = await loadDocs(CORPUS);
    expect(decodeGraph(JSON.parse(JSON.stringify(encodeGraph(graph.export()))))).toEqual(graph.export());
  });

  it.skipIf(!corpusAvailable)('keeps the shared corpus small enough to download', async () => {
    const result = await loadDocs(CORPUS);
    const plain = JSON.stringify(result.graph.export()).length;
    const payload = JSON.stringify(toPayload(result)).length;
    expect(payload).toBeLessThan(plain * 0.7);
  });
});
