// Ticking one step (or knowing one topic) on a large map fetched every chunk of details, 167 MB at
// 50k topics: what a learner's topic covers in other paths is read from its `related` edges, and an
// edge was only in the chunk of the topic it starts from. It is now in both topics' chunks, so the
// page fetches the chunks of the learner's own topics and no more.
import { describe, expect, it } from 'vitest';
import { decodedPart, newGraph } from '../../../src/app/data/parts';
import { decodeGraph, toPayloads } from '../../../src/core/map/index';
import { coveredByRelated } from '../../../src/core/plan/coverage';
import type { AtlasGraph } from '../../../src/core/types';
import { loadDocs } from '../../../src/node/read-tree';
import { CORPUS, corpusAvailable } from '../../helpers';

const roundTrip = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe.skipIf(!corpusAvailable)('the details in chunks', () => {
  it('carry in each topic’s own chunk all it covers in other paths', async () => {
    const result = await loadDocs(CORPUS);
    const { map, chunks } = toPayloads(result, 300);
    expect(chunks.length).toBeGreaterThan(8);
    const base = newGraph();
    base.import(decodeGraph(roundTrip(map).graph));
    const chunkOf = new Map(map.details.chunks.flatMap((c, i) => c.docs.map((d) => [d, i] as const)));
    const chunkOfTopic = (g: AtlasGraph, id: string) => {
      const a = g.getNodeAttributes(id);
      return 'doc' in a ? chunkOf.get(a.doc) : undefined;
    };
    let fromOtherChunks = 0;
    chunks.forEach((chunk, c) => {
      const graph = base.copy();
      const { serialized } = decodedPart(roundTrip(chunk));
      for (const n of serialized.nodes) if (!graph.hasNode(n.key)) graph.addNode(n.key, n.attributes);
      for (const e of serialized.edges) if (!graph.hasEdge(e.key)) graph.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
      graph.forEachNode((id, a) => {
        if (a.kind !== 'topic' || chunkOfTopic(graph, id) !== c) return;
        const have = new Set([id]);
        expect(coveredByRelated(graph, have), id).toEqual(coveredByRelated(result.graph, have));
        result.graph.forEachInEdge(id, (_e, ea, source) => {
          if (ea.kind === 'related' && chunkOfTopic(result.graph, source) !== c) fromOtherChunks++;
        });
      });
    });
    // The case the change is for: edges that start in another chunk's topic.
    expect(fromOtherChunks).toBeGreaterThan(50);
  });
});
