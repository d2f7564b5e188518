// dependentCounts counts with bitsets over strongly connected components; these tests hold it to
// what a plain search from each learnable (the previous implementation) finds.
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { loadDocs } from '../../../src/node/read-tree';
import type { AtlasGraph, EdgeAttributes, NodeAttributes, NodeId } from '../../../src/core/types';
import { isLearnable } from '../../../src/core/types';
import { dependentCounts } from '../../../src/core/map/layout';
import { CORPUS, corpusAvailable, DEFAULT_DOCS } from '../../helpers';

function bySearch(graph: AtlasGraph, learnables: NodeId[]): Record<NodeId, number> {
  const out: Record<NodeId, number> = {};
  for (const start of learnables) {
    const seen = new Set<NodeId>([start]);
    const stack = [start];
    while (stack.length > 0) {
      graph.forEachOutEdge(stack.pop() as NodeId, (_e, a, _src, dst) => {
        if (a.kind === 'requires' && !seen.has(dst)) {
          seen.add(dst);
          stack.push(dst);
        }
      });
    }
    out[start] = seen.size - 1;
  }
  return out;
}

const src = { file: 'p/a.md', line: 1 };

/** Topics t0…, documents d0… (not learnable, but reachable), and edges of several kinds between them. */
function graphOf(topics: number, docs: number, edges: [number, number, boolean][]): AtlasGraph {
  const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false }) as AtlasGraph;
  for (let d = 0; d < docs; d++) g.addNode(`d${d}`, { kind: 'doc', label: `D${d}`, path: 'p/', order: d, source: src });
  for (let t = 0; t < topics; t++) g.addNode(`t${t}`, { kind: 'topic', label: `T${t}`, doc: 'd0', section: null, order: t, source: src });
  const name = (i: number): string => (i < topics ? `t${i}` : `d${i - topics}`);
  for (const [a, b, requires] of edges) {
    if (a === b) continue;
    if (requires) g.addDirectedEdge(name(a), name(b), { kind: 'requires', origin: 'explicit', confidence: 1, evidence: 'test', source: src, reasons: [] });
    else g.addDirectedEdge(name(a), name(b), { kind: 'related', similarity: 0.5, evidence: 'test', source: src } as never);
  }
  return g;
}

describe('transitive dependents', () => {
  it('count what a search from each learnable reaches, cycles and all', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }).chain((topics) =>
          fc.integer({ min: 0, max: 5 }).chain((docs) =>
            fc.tuple(fc.constant(topics), fc.constant(docs), fc.array(fc.tuple(fc.nat(topics + docs - 1), fc.nat(topics + docs - 1), fc.integer({ min: 0, max: 4 }).map((x) => x > 0)), { maxLength: 120 })),
          ),
        ),
        ([topics, docs, edges]) => {
          const g = graphOf(topics, docs, edges);
          const learnables = g.filterNodes((_n, a) => isLearnable(a));
          expect(dependentCounts(g, learnables)).toEqual(bySearch(g, learnables));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('span more than one bitset window: a chain of 5000 and a cycle across the window edge', () => {
    const n = 5000;
    const edges: [number, number, boolean][] = [];
    for (let i = 1; i < n; i++) edges.push([i - 1, i, true]);
    edges.push([2100, 1900, true], [4999, 4000, true]);
    const g = graphOf(n, 0, edges);
    const learnables = g.filterNodes((_n, a) => isLearnable(a));
    expect(dependentCounts(g, learnables)).toEqual(bySearch(g, learnables));
  });

  it('match the search on the default dataset', async () => {
    const { graph } = await loadDocs(DEFAULT_DOCS);
    const learnables = graph.filterNodes((_n, a) => isLearnable(a));
    expect(dependentCounts(graph, learnables)).toEqual(bySearch(graph, learnables));
  });

  it.skipIf(!corpusAvailable)('match the search on the corpus', async () => {
    const { graph } = await loadDocs(CORPUS);
    const learnables = graph.filterNodes((_n, a) => isLearnable(a));
    expect(dependentCounts(graph, learnables)).toEqual(bySearch(graph, learnables));
  });
});
