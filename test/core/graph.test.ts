// graphology 0.26's `edges(a, b)` and `findDirectedEdge(a, b)` on a multi graph also return an edge
// b→a; findEdge is the one lookup by ends that Atlas uses, and it answers for the direction asked.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { findEdge } from '../../src/core/graph';
import type { AtlasGraph } from '../../src/core/types';

const source = { file: 'p/a.md', line: 1 };

function twoTopics(): AtlasGraph {
  const g = new MultiDirectedGraph() as AtlasGraph;
  for (const id of ['a', 'b']) g.addNode(id, { kind: 'topic', label: id, doc: 'd', section: null, order: 0, source });
  g.addDirectedEdgeWithKey('a->b', 'a', 'b', { kind: 'requires', origin: 'explicit', confidence: 1, evidence: '', reasons: [], source });
  return g;
}

describe('findEdge', () => {
  it('does not answer b→a with the edge a→b (the library does)', () => {
    const g = twoTopics();
    expect(findEdge(g, 'requires', 'b', 'a')).toBeUndefined();
    expect(findEdge(g, 'requires', 'a', 'b')).toBe('a->b');
  });

  it('finds only an edge of the kind asked, and nothing for unknown nodes', () => {
    const g = twoTopics();
    expect(findEdge(g, 'related', 'a', 'b')).toBeUndefined();
    expect(findEdge(g, 'requires', 'a', 'nowhere')).toBeUndefined();
  });
});
