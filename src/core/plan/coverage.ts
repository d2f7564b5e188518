// One "what I know" for the whole dataset: a topic known or done in one learning path covers
// the topics of other paths that teach the same thing (`related` edges that `covers` accepts), with
// the similarity shown, and each path's coverage follows from that.
import type { AtlasGraph, DocAttributes, NodeId, RelatedAttributes } from '../types.ts';
import { isLearnable } from '../types.ts';

export interface Covered {
  topic: NodeId;
  /** The known or done topic that covers it. */
  via: NodeId;
  similarity: number;
}

/**
 * Names that share this much of their words (two words of three) name the same topic when the
 * material agrees too. Half the words is not enough: "Infrastructure Testing and Validation" is not
 * "Automated Testing and Validation".
 */
export const COVERS_NAMES = 0.67;
/**
 * The material agrees from two shared resources (0.8), or the same concepts, up (the related edge's
 * `material`). One shared page is not enough: "Application Security" and "Application Security
 * Monitoring" cite the same OWASP page and teach different things.
 */
export const COVERS_MATERIAL = 0.8;

/**
 * Whether knowing one of two related topics is knowing the other: their names have every word in
 * common, at least two of them ("Statistics and Probability Fundamentals", "Statistics and
 * Probability"), or two words of three and they teach from the same material. A shared word is not
 * enough ("Neural Network Fundamentals" is not "Graph Neural Networks", "Experiment Management" is
 * not "Advanced Experimental Techniques"), nor is shared material alone: a tool's documentation is
 * cited by topics that teach different things.
 */
export function covers(related: Pick<RelatedAttributes, 'names' | 'sharedWords' | 'material'>): boolean {
  return (related.names >= 1 && related.sharedWords >= 2) || (related.names >= COVERS_NAMES && related.material >= COVERS_MATERIAL);
}

/** Topics covered through `related` edges by what the learner knows or has done (`covers`). */
export function coveredByRelated(graph: AtlasGraph, knownOrDone: ReadonlySet<NodeId>): Covered[] {
  const best = new Map<NodeId, Covered>();
  for (const k of knownOrDone) {
    if (!graph.hasNode(k)) continue;
    graph.forEachEdge(k, (_e, a, s, t) => {
      if (a.kind !== 'related' || !covers(a)) return;
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
