// One "what I know" for the whole dataset: a topic known or done in one learning path covers
// the topics of other paths that teach the same thing (`related` edges), with the similarity
// shown, and each path's coverage follows from that.
import type { AtlasGraph, DocAttributes, NodeId } from '../types.ts';
import { isLearnable } from '../types.ts';

export interface Covered {
  topic: NodeId;
  /** The known or done topic that covers it. */
  via: NodeId;
  similarity: number;
}

/** A known topic covers a related topic of another path from this similarity up (the page's coverage and `plan()` alike). */
export const COVERS_SIMILARITY = 0.6;

/** Topics covered through `related` edges by what the learner knows or has done. */
export function coveredByRelated(graph: AtlasGraph, knownOrDone: ReadonlySet<NodeId>, minSimilarity = COVERS_SIMILARITY): Covered[] {
  const best = new Map<NodeId, Covered>();
  for (const k of knownOrDone) {
    if (!graph.hasNode(k)) continue;
    graph.forEachEdge(k, (_e, a, s, t) => {
      if (a.kind !== 'related' || a.similarity < minSimilarity) return;
      const other = s === k ? t : s;
      if (knownOrDone.has(other)) return;
      const prev = best.get(other);
      if (!prev || a.similarity > prev.similarity) best.set(other, { topic: other, via: k, similarity: a.similarity });
    });
  }
  return [...best.values()].sort((a, b) => b.similarity - a.similarity || (a.topic < b.topic ? -1 : 1));
}

export interface PathCoverage {
  path: NodeId;
  label: string;
  topics: number;
  covered: number;
  /** 0..1 */
  share: number;
}

/** For each learning path, how much of it the learner's known, done and covered topics account for. */
export function pathCoverage(graph: AtlasGraph, knownOrDone: ReadonlySet<NodeId>, covered: readonly Covered[]): PathCoverage[] {
  const have = new Set([...knownOrDone, ...covered.map((c) => c.topic)]);
  const totals = new Map<NodeId, { topics: number; covered: number }>();
  graph.forEachNode((id, a) => {
    if (!isLearnable(a) || !graph.hasNode(a.doc)) return;
    const path = (graph.getNodeAttributes(a.doc) as DocAttributes).path;
    if (path === null) return;
    const t = totals.get(path) ?? { topics: 0, covered: 0 };
    t.topics++;
    if (have.has(id)) t.covered++;
    totals.set(path, t);
  });
  return [...totals].map(([path, t]) => ({
    path,
    label: graph.getNodeAttribute(path, 'label'),
    ...t,
    share: t.topics === 0 ? 0 : t.covered / t.topics,
  }));
}
