// The page plans on the map part first and joins the concepts and resources later, chunk by chunk.
// Each join used to throw the plan's index away, so the first click after the background prefetch
// re-indexed the whole graph (26 ms at 10k topics, most of a goal added). Details now go into the
// index as they come; the index must read then exactly as one made afresh.
import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/core/plan';
import { indexRequirements, requirementsOf } from '../../../src/core/plan/requirements';
import type { AtlasGraph } from '../../../src/core/types';
import { loadDocs } from '../../../src/node/read-tree';
import { CORPUS, corpusAvailable, DEFAULT_DOCS } from '../../helpers';

const isDetail = (kind: string) => kind === 'concept' || kind === 'resource';

/** The graph without its details, and a function that adds them back in the graph's own order. */
function split(graph: AtlasGraph): { map: AtlasGraph; join: () => void } {
  const map = graph.copy();
  map.forEachNode((id, a) => {
    if (isDetail(a.kind)) map.dropNode(id);
  });
  map.forEachEdge((e, a) => {
    if (a.kind === 'related') map.dropEdge(e);
  });
  const join = () => {
    graph.forEachNode((id, a) => {
      if (isDetail(a.kind)) map.addNode(id, a);
    });
    graph.forEachEdge((e, a, s, t) => {
      if (!map.hasEdge(e)) map.addDirectedEdgeWithKey(e, s, t, a);
    });
  };
  return { map, join };
}

const TARGETS: Record<string, string[]> = {
  [DEFAULT_DOCS]: ['machine-learning-engineering/'],
  [CORPUS]: ['mlops-engineering/', 'data-science/'],
};

describe('the plan index while details join', () => {
  it.each([['the default dataset', DEFAULT_DOCS], ...(corpusAvailable ? [['the corpus', CORPUS]] : [])])(
    'on %s, keeps its index and reads as one made afresh',
    async (_name, dir) => {
      const { graph } = await loadDocs(dir);
      const { map, join } = split(graph);
      const targets = TARGETS[dir] as string[];
      const before = plan(map, { targets });
      const index = requirementsOf(map);
      join();
      expect(requirementsOf(map)).toBe(index);
      const fresh = indexRequirements(map);
      expect(index.concepts).toEqual(fresh.concepts);
      expect(index.teachTo).toEqual(fresh.teachTo);
      expect(index.teachBy).toEqual(fresh.teachBy);
      expect(index.concepts.some((c) => c > 0)).toBe(true);
      // The plan read with the joined details is the one a fresh copy of the graph makes.
      const after = plan(map, { targets });
      expect(after).toEqual(plan(map.copy(), { targets }));
      expect(after.steps.some((s) => s.resources.length > 0)).toBe(true);
      expect(before.steps.every((s) => s.resources.length === 0)).toBe(true);
    },
  );

  it('makes the index again when a prerequisite or a topic is added', async () => {
    const { graph } = await loadDocs(DEFAULT_DOCS);
    const index = requirementsOf(graph);
    const [a, b] = graph.filterNodes((_id, x) => x.kind === 'topic');
    graph.addDirectedEdgeWithKey('test:requires', b as string, a as string, {
      kind: 'requires',
      origin: 'explicit',
      confidence: 1,
      evidence: 'test',
      reasons: [],
      source: { file: 'test.md', line: 1 },
    });
    const again = requirementsOf(graph);
    expect(again).not.toBe(index);
    expect(again.m).toBe(index.m + 1);
    graph.addNode('test/topic', { ...graph.getNodeAttributes(a as string), label: 'A new topic' });
    expect(requirementsOf(graph)).not.toBe(again);
    expect(requirementsOf(graph).learnables).toBe(again.learnables + 1);
  });
});
