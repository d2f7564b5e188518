// Prerequisites as the learner sees them: topic to topic. A document-level `requires` edge
// (module A before module B) means every topic of A comes before every topic of B, so walks
// expand it here instead of the graph storing a quadratic fan of topic edges.
import type { AtlasGraph, EdgeAttributes, NodeId } from '../types.ts';
import { isLearnable } from '../types.ts';
import { DEFAULT_MIN_CONFIDENCE, trusted } from './trust.ts';

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
  return out.sort(
    (a, b) => (graph.getNodeAttribute(a, 'order' as never) as number) - (graph.getNodeAttribute(b, 'order' as never) as number),
  );
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

/** An `accept` for the walks: the `requires` edges the threshold trusts (prereq/trust.ts). */
export function trustedAt(graph: AtlasGraph, minConfidence: number): (edge: string) => boolean {
  return (edge) => {
    const a = graph.getEdgeAttributes(edge);
    return a.kind === 'requires' && trusted(a, minConfidence);
  };
}

/**
 * What builds on a topic: every topic that needs it, directly or not, over the trusted `requires`
 * edges, a document-level edge counting for each topic of the document. The panel's "needed by",
 * `atlas next`'s "unlocks", the map's highlight and its node sizes are this set or its size.
 */
export function buildsOn(graph: AtlasGraph, topic: NodeId, minConfidence: number = DEFAULT_MIN_CONFIDENCE): Set<NodeId> {
  return closure(graph, topic, minConfidence, 'dependents');
}

/** The mirror of `buildsOn`: every topic to learn before this one. */
export function needsFirst(graph: AtlasGraph, topic: NodeId, minConfidence: number = DEFAULT_MIN_CONFIDENCE): Set<NodeId> {
  return closure(graph, topic, minConfidence, 'prerequisites');
}

/**
 * `reach` over `dependentsOf` (or `prerequisitesOf`), with each document's own edges and each
 * container's topics taken once per walk, not once per topic reached: the panel walks on every click.
 */
function closure(graph: AtlasGraph, topic: NodeId, minConfidence: number, direction: 'dependents' | 'prerequisites'): Set<NodeId> {
  const seen = new Set<NodeId>();
  const stack = [topic];
  const edgesTaken = new Set<NodeId>();
  const membersTaken = new Set<NodeId>();
  const visit = (n: NodeId): void => {
    if (seen.has(n)) return;
    seen.add(n);
    stack.push(n);
  };
  const follow = (n: NodeId): void => {
    const take = (_e: string, a: EdgeAttributes, other: NodeId): void => {
      if (a.kind !== 'requires' || !trusted(a, minConfidence)) return;
      if (isLearnable(graph.getNodeAttributes(other))) visit(other);
      else if (!membersTaken.has(other)) {
        membersTaken.add(other);
        for (const t of learnablesOf(graph, other)) visit(t);
      }
    };
    if (direction === 'dependents') graph.forEachOutEdge(n, (e, a, _s, t) => take(e, a, t));
    else graph.forEachInEdge(n, (e, a, s) => take(e, a, s));
  };
  while (stack.length > 0) {
    const n = stack.pop() as NodeId;
    follow(n);
    const a = graph.getNodeAttributes(n);
    if (isLearnable(a) && graph.hasNode(a.doc) && !edgesTaken.has(a.doc)) {
      edgesTaken.add(a.doc);
      follow(a.doc);
    }
  }
  seen.delete(topic);
  return seen;
}
