import { describe, expect, it } from 'vitest';
import { decodeGraph, encodeGraph, type WireGraph } from '../../../src/core/map/codec';
import { modelFromPayload } from '../../../src/app/data/load';
import { loadDocs } from '../../../src/node/read-tree';
import { toPayload, toPayloads } from '../../../src/core/map/payload';
import { CORPUS, corpusAvailable, DEFAULT_DOCS } from '../../helpers';

describe('the graph on the wire', () => {
  it('refuses data that points at a missing string or node', () => {
    const wire: WireGraph = {
      strings: [],
      attributes: { name: 'x' },
      nodes: [['a', { kind: 'path', label: 'A', position: 0, source: { file: 0, line: 1 } }]],
      edges: [],
    };
    expect(() => decodeGraph(wire)).toThrow(/string #0/);
    expect(() => decodeGraph({ ...wire, strings: ['f.md'], edges: [[0, 5, { kind: 'contains', source: { file: 0, line: 1 } }]] })).toThrow(
      /node #5/,
    );
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

  describe('in parts, the map first and the details in chunks', () => {
    const roundTrip = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

    it.each([['the default dataset', DEFAULT_DOCS], ...(corpusAvailable ? [['the corpus', CORPUS]] : [])])(
      'joins %s back into exactly the graph the core built, in its order',
      async (_name, dir) => {
        const result = await loadDocs(dir);
        const { map, chunks } = toPayloads(result, 300);
        expect(chunks.length).toBeGreaterThan(dir === CORPUS ? 1 : 0);
        const whole = modelFromPayload(roundTrip(toPayload(result)));
        const joined = modelFromPayload(roundTrip(map), roundTrip(chunks));
        expect(joined.graph.export()).toEqual(result.graph.export());
        expect(joined.placements).toEqual(whole.placements);
      },
    );

    it('files every document under one chunk, and each chunk joins the map on its own', async () => {
      const result = await loadDocs(DEFAULT_DOCS);
      const { map, chunks } = toPayloads(result, 300);
      const docs = map.details.chunks.flatMap((c) => c.docs);
      expect(new Set(docs).size).toBe(docs.length);
      for (const chunk of chunks) {
        const ids = new Set([...map.graph.nodes, ...chunk.graph.nodes].map(([id]) => id));
        for (const [from, to] of chunk.graph.edges)
          for (const end of [from, to]) expect(typeof end === 'number' || ids.has(end), String(end)).toBe(true);
      }
    });

    it('draws every topic and prerequisite from the map part alone, which leaves out concepts, resources and related topics', async () => {
      const result = await loadDocs(DEFAULT_DOCS);
      const { map, chunks } = toPayloads(result);
      const first = modelFromPayload(roundTrip(map));
      const kinds = (g: typeof first.graph) => new Set(g.mapNodes((_n, a) => a.kind));
      expect(kinds(first.graph)).toEqual(new Set(['path', 'doc', 'section', 'topic', 'milestone', 'pathway']));
      expect(first.graph.filterNodes((_n, a) => a.kind === 'topic')).toEqual(result.graph.filterNodes((_n, a) => a.kind === 'topic'));
      expect(first.graph.filterEdges((_e, a) => a.kind === 'requires')).toEqual(result.graph.filterEdges((_e, a) => a.kind === 'requires'));
      expect(first.graph.filterEdges((_e, a) => a.kind === 'related')).toEqual([]);
      expect(first.stats).toEqual(toPayload(result).stats);
      expect(JSON.stringify(map).length).toBeLessThan(chunks.reduce((n, c) => n + JSON.stringify(c).length, 0));
    });

    it('searches concepts and resources from the search part, each leading to the topic the page opens for it', async () => {
      const result = await loadDocs(DEFAULT_DOCS);
      const { map, search } = toPayloads(result);
      const whole = modelFromPayload(roundTrip(toPayload(result)));
      const expected = (await whole.details.searchRows()).map((r) => [r.kind, r.label, r.text, r.topic]);
      const rows = roundTrip(search).rows.map(([kind, label, text, topic]) => [
        kind === 0 ? 'concept' : 'resource',
        label,
        text,
        map.graph.nodes[topic]?.[0] ?? null,
      ]);
      expect(rows).toEqual(expected);
      expect(rows.length).toBe(result.graph.filterNodes((_n, a) => a.kind === 'concept' || a.kind === 'resource').length);
    });

    it('refuses parts that do not fit together', async () => {
      const { map, chunks } = toPayloads(await loadDocs(DEFAULT_DOCS));
      expect(() => modelFromPayload(roundTrip(map), [{ ...roundTrip(chunks[0]!), order: { nodes: [], edges: [] } }])).toThrow(
        /do not fit together/,
      );
    });
  });
});
