// Prerequisites as the learner sees them: topic to topic. A document-level `requires` edge
// (module A before module B) means every topic of A comes before every topic of B, so walks
// expand it here instead of the graph storing a quadratic fan of topic edges.
import type { AtlasGraph, NodeId } from '../types';
import { isLearnable } from '../types';

/** Topics and milestones of a document (or any container), in graph order. */
export function learnablesOf(graph: AtlasGraph, container: NodeId): NodeId[] {
  const out: NodeId[] = [];
  const stack = [container];
  while (stack.length > 0) {
    const n = stack.pop() as NodeId;
    if (isLearnable(graph.getNodeAttributes(n))) out.push(n);
    graph.forEachOutEdge(n, (_e, a, _s, t) => {
      if (a.kind === 'contains') stack.push(t);
    });
  }
  return out.sort((a, b) => (graph.getNodeAttribute(a, 'order' as never) as number) - (graph.getNodeAttribute(b, 'order' as never) as number));
}

export interface RequiresStep {
  node: NodeId;
  /** The edge that justifies the step (on the topic or on its document). */
  edge: string;
}

/**
 * The direct prerequisites of a topic: sources of its own `requires` edges, plus every topic of
 * a document its document requires. `accept` filters edges (e.g. by minimum confidence).
 */
export function prerequisitesOf(graph: AtlasGraph, topic: NodeId, accept: (edge: string) => boolean = () => true): RequiresStep[] {
  const out: RequiresStep[] = [];
  const from = (n: NodeId) =>
    graph.forEachInEdge(n, (e, a, s) => {
      if (a.kind !== 'requires' || !accept(e)) return;
      if (isLearnable(graph.getNodeAttributes(s))) out.push({ node: s, edge: e });
      else for (const t of learnablesOf(graph, s)) out.push({ node: t, edge: e });
    });
  from(topic);
  const attrs = graph.getNodeAttributes(topic);
  if (isLearnable(attrs) && graph.hasNode(attrs.doc)) from(attrs.doc);
  return out;
}

/** The direct dependents of a topic: the mirror of `prerequisitesOf`. */
export function dependentsOf(graph: AtlasGraph, topic: NodeId, accept: (edge: string) => boolean = () => true): RequiresStep[] {
  const out: RequiresStep[] = [];
  const to = (n: NodeId) =>
    graph.forEachOutEdge(n, (e, a, _s, t) => {
      if (a.kind !== 'requires' || !accept(e)) return;
      if (isLearnable(graph.getNodeAttributes(t))) out.push({ node: t, edge: e });
      else for (const x of learnablesOf(graph, t)) out.push({ node: x, edge: e });
    });
  to(topic);
  const attrs = graph.getNodeAttributes(topic);
  if (isLearnable(attrs) && graph.hasNode(attrs.doc)) to(attrs.doc);
  return out;
}

/** Every topic reachable from `start` by repeated `step`, iteratively (no deep recursion). */
export function reach(start: readonly NodeId[], step: (n: NodeId) => RequiresStep[], stopAt?: ReadonlySet<NodeId>): Set<NodeId> {
  const seen = new Set<NodeId>();
  const stack = [...start];
  while (stack.length > 0) {
    const n = stack.pop() as NodeId;
    for (const { node } of step(n)) {
      if (seen.has(node) || stopAt?.has(node)) continue;
      seen.add(node);
      stack.push(node);
    }
  }
  return seen;
}
