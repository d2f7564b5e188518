import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { loadDocs } from '../../../src/node/read-tree';
import type { AtlasGraph, EdgeAttributes, NodeAttributes } from '../../../src/core/types';
import { dependentCounts, layeredLayout, requiresLayers } from '../../../src/core/map/layout';
import { CORPUS, corpusAvailable, DEFAULT_DOCS } from '../../helpers';

const src = { file: 'p/a.md', line: 1 };

/** A docs tree in graph form: one path, one document, topics in order, `requires` as given. */
function graphOf(topics: string[], requires: [string, string][]): AtlasGraph {
  const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>() as AtlasGraph;
  g.addNode('p/', { kind: 'path', label: 'P', position: 0, source: src });
  g.addNode('p/a', { kind: 'doc', label: 'A', path: 'p/', order: 0, source: src });
  topics.forEach((t, i) =>
    g.addNode(t, { kind: 'topic', label: t, doc: 'p/a', section: null, order: i + 1, source: { ...src, line: i + 2 } }),
  );
  for (const [a, b] of requires)
    g.addDirectedEdge(a, b, { kind: 'requires', origin: 'explicit', confidence: 1, evidence: 'test', source: src, reasons: [] });
  return g;
}

describe('layers of the requires DAG', () => {
  it('survives a cycle: every topic gets a layer and the loop ends', () => {
    const g = graphOf(
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'b'],
        ['c', 'd'],
      ],
    );
    const layers = requiresLayers(g, ['a', 'b', 'c', 'd']);
    expect([...layers.keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(layers.get('a')).toBe(0);
    expect(layers.get('d')).toBeGreaterThan(layers.get('c') as number);
  });

  it('is the longest chain of prerequisites above a topic', () => {
    const g = graphOf(
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'c'],
        ['a', 'd'],
      ],
    );
    expect(Object.fromEntries(requiresLayers(g, ['a', 'b', 'c', 'd']))).toEqual({ a: 0, b: 1, c: 2, d: 1 });
  });

  it('counts transitive dependents', () => {
    const g = graphOf(
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'c'],
      ],
    );
    expect(dependentCounts(g, ['a', 'b', 'c', 'd'])).toEqual({ a: 2, b: 1, c: 0, d: 0 });
  });
});

describe('the layered layout', () => {
  it('puts every prerequisite left of what needs it, and no two topics on one spot', async () => {
    const { graph } = await loadDocs(DEFAULT_DOCS);
    const { positions } = layeredLayout(graph);
    const learnables = graph.filterNodes((_n, a) => a.kind === 'topic' || a.kind === 'milestone');
    for (const id of learnables) expect(positions[id]).toBeDefined();
    graph.forEachEdge((_e, a, s, t) => {
      if (a.kind === 'requires') expect(positions[s]?.x).toBeLessThan(positions[t]?.x as number);
    });
    const spots = new Set(learnables.map((id) => `${positions[id]?.x},${positions[id]?.y}`));
    expect(spots.size).toBe(learnables.length);
  });

  it.skipIf(!corpusAvailable)('places the whole corpus, one band per learning path', async () => {
    const { graph } = await loadDocs(CORPUS);
    const { positions } = layeredLayout(graph);
    const learnables = graph.filterNodes((_n, a) => a.kind === 'topic' || a.kind === 'milestone');
    expect(learnables.every((id) => positions[id] !== undefined)).toBe(true);
    const xs = learnables.map((id) => positions[id]?.x as number);
    const ys = learnables.map((id) => positions[id]?.y as number);
    const aspect = (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
    expect(aspect).toBeGreaterThan(0.5);
    expect(aspect).toBeLessThan(4);
  });
});
