// dependentCounts counts with bitsets over strongly connected components; these tests hold it to
// the rule it counts for: the size of buildsOn (prereq/walk.ts) for each learnable, at the same trust.
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { loadDocs } from '../../../src/node/read-tree';
import type { AtlasGraph, EdgeAttributes, NodeAttributes, NodeId } from '../../../src/core/types';
import { isLearnable } from '../../../src/core/types';
import { dependentCounts } from '../../../src/core/map/layout';
import { buildsOn } from '../../../src/core/prereq/walk';
import { CORPUS, corpusAvailable, DEFAULT_DOCS } from '../../helpers';

function bySearch(graph: AtlasGraph, learnables: NodeId[], trust?: number): Record<NodeId, number> {
  return Object.fromEntries(learnables.map((t) => [t, buildsOn(graph, t, trust).size]));
}

/** A plain search over `requires` edges: the same as buildsOn where no document-level edge exists, and fast enough for 5000 topics. */
function byPlainSearch(graph: AtlasGraph, learnables: NodeId[]): Record<NodeId, number> {
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

/** Topics t0… in documents d0… (document-level edges fan out to their topics), and edges of several kinds and confidences. */
function graphOf(topics: number, docs: number, edges: [number, number, boolean][], confidences: number[] = []): AtlasGraph {
  const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false }) as AtlasGraph;
  for (let d = 0; d < docs; d++) g.addNode(`d${d}`, { kind: 'doc', label: `D${d}`, path: 'p/', order: d, source: src });
  for (let t = 0; t < topics; t++) {
    const doc = docs > 0 ? `d${t % docs}` : 'none';
    g.addNode(`t${t}`, { kind: 'topic', label: `T${t}`, doc, section: null, order: t, source: src });
    if (docs > 0) g.addDirectedEdge(doc, `t${t}`, { kind: 'contains', source: src });
  }
  const name = (i: number): string => (i < topics ? `t${i}` : `d${i - topics}`);
  edges.forEach(([a, b, requires], i) => {
    if (a === b) return;
    const confidence = confidences[i % Math.max(1, confidences.length)] ?? 1;
    if (requires)
      g.addDirectedEdge(name(a), name(b), {
        kind: 'requires',
        origin: confidence < 1 ? 'inferred' : 'explicit',
        confidence,
        evidence: 'test',
        source: src,
        reasons: [],
      });
    else g.addDirectedEdge(name(a), name(b), { kind: 'related', similarity: 0.5, evidence: 'test', source: src } as never);
  });
  return g;
}

describe('transitive dependents', () => {
  it('count what builds on each learnable, document-level edges, trust and cycles included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }).chain((topics) =>
          fc.integer({ min: 0, max: 5 }).chain((docs) =>
            fc.tuple(
              fc.constant(topics),
              fc.constant(docs),
              fc.array(
                fc.tuple(
                  fc.nat(topics + docs - 1),
                  fc.nat(topics + docs - 1),
                  fc.integer({ min: 0, max: 4 }).map((x) => x > 0),
                ),
                { maxLength: 120 },
              ),
            ),
          ),
        ),
        fc.array(fc.constantFrom(0.3, 0.6, 1), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(0, 0.5),
        ([topics, docs, edges], confidences, trust) => {
          const g = graphOf(topics, docs, edges, confidences);
          const learnables = g.filterNodes((_n, a) => isLearnable(a));
          expect(dependentCounts(g, learnables, trust)).toEqual(bySearch(g, learnables, trust));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('span more than one bitset window: a chain of 5000 and a cycle across the window edge', { timeout: 30_000 }, () => {
    const n = 5000;
    const edges: [number, number, boolean][] = [];
    for (let i = 1; i < n; i++) edges.push([i - 1, i, true]);
    edges.push([2100, 1900, true], [4999, 4000, true]);
    const g = graphOf(n, 0, edges);
    const learnables = g.filterNodes((_n, a) => isLearnable(a));
    expect(dependentCounts(g, learnables)).toEqual(byPlainSearch(g, learnables));
  });

  it('match buildsOn on the default dataset', async () => {
    const { graph } = await loadDocs(DEFAULT_DOCS);
    const learnables = graph.filterNodes((_n, a) => isLearnable(a));
    expect(dependentCounts(graph, learnables)).toEqual(bySearch(graph, learnables));
  });

  it.skipIf(!corpusAvailable)('match buildsOn on the corpus', async () => {
    const { graph } = await loadDocs(CORPUS);
    const learnables = graph.filterNodes((_n, a) => isLearnable(a));
    expect(dependentCounts(graph, learnables)).toEqual(bySearch(graph, learnables));
  });
});
