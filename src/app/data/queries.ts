// Questions the panel and the highlighting ask of the graph, each a small pure function.
import type { AssumesAttributes, AtlasGraph, Diagnostic, FocusesAttributes, NodeId, RequiresAttributes } from '../../core/types';
import { isLearnable } from '../../core/types';

export interface Requirement {
  /** The other end: the prerequisite (for prerequisitesOf) or the dependent (for dependentsOf). */
  id: NodeId;
  edge: RequiresAttributes;
}

const byLabel = (graph: AtlasGraph) => (a: { id: NodeId }, b: { id: NodeId }) => graph.getNodeAttribute(a.id, 'label').localeCompare(graph.getNodeAttribute(b.id, 'label'));

export function prerequisitesOf(graph: AtlasGraph, id: NodeId): Requirement[] {
  const out: Requirement[] = [];
  graph.forEachInEdge(id, (_e, a, src) => void (a.kind === 'requires' && out.push({ id: src, edge: a })));
  return out.sort(byLabel(graph));
}

export function dependentsOf(graph: AtlasGraph, id: NodeId): Requirement[] {
  const out: Requirement[] = [];
  graph.forEachOutEdge(id, (_e, a, _src, dst) => void (a.kind === 'requires' && out.push({ id: dst, edge: a })));
  return out.sort(byLabel(graph));
}

/** Everything reachable over `requires` edges in one direction, the start excluded. */
export function requiresClosure(graph: AtlasGraph, start: NodeId, direction: 'prerequisites' | 'dependents', accept: (edge: RequiresAttributes) => boolean = () => true): Set<NodeId> {
  const seen = new Set<NodeId>();
  if (!graph.hasNode(start)) return seen;
  const stack = [start];
  while (stack.length > 0) {
    const id = stack.pop() as NodeId;
    const visit = (_e: string, a: RequiresAttributes | { kind: string }, other: NodeId): void => {
      if (a.kind === 'requires' && accept(a as RequiresAttributes) && !seen.has(other) && other !== start) {
        seen.add(other);
        stack.push(other);
      }
    };
    if (direction === 'prerequisites') graph.forEachInEdge(id, (e, a, src) => visit(e, a, src));
    else graph.forEachOutEdge(id, (e, a, _src, dst) => visit(e, a, dst));
  }
  return seen;
}

export const conceptsOf = (graph: AtlasGraph, topic: NodeId): NodeId[] => graph.filterOutNeighbors(topic, (_n, a) => a.kind === 'concept');

export interface Citation {
  resource: NodeId;
  /** The title this topic's document gives the resource. */
  title: string;
}

export function resourcesOf(graph: AtlasGraph, topic: NodeId): Citation[] {
  const out: Citation[] = [];
  graph.forEachInEdge(topic, (_e, a, src) => void (a.kind === 'teaches' && out.push({ resource: src, title: a.title })));
  return out;
}

export const topicsCiting = (graph: AtlasGraph, resource: NodeId): NodeId[] => graph.filterOutNeighbors(resource, (_n, a) => isLearnable(a));

export interface PathwayLink {
  pathway: NodeId;
  topic: NodeId;
  edge: AssumesAttributes | FocusesAttributes;
}

/** The pathways that assume or focus on a topic. */
export function pathwaysOn(graph: AtlasGraph, topic: NodeId): PathwayLink[] {
  const out: PathwayLink[] = [];
  graph.forEachInEdge(topic, (_e, a, src) => void ((a.kind === 'assumes' || a.kind === 'focuses') && out.push({ pathway: src, topic, edge: a })));
  return out;
}

/** The topics a pathway assumes or focuses on. */
export function pathwayTopics(graph: AtlasGraph, pathway: NodeId, kind: 'assumes' | 'focuses'): NodeId[] {
  return graph.filterOutNeighbors(pathway, (n) => graph.someOutEdge(pathway, n, (_e, a) => a.kind === kind));
}

/**
 * What the build said about the lines of a node's own text: from its line up to the next
 * learnable, pathway or section of the same file (e.g. a link shown as text because it was unsafe).
 */
export function notesFor(graph: AtlasGraph, diagnostics: readonly Diagnostic[], id: NodeId): Diagnostic[] {
  const { file, line } = graph.getNodeAttribute(id, 'source');
  let end = Infinity;
  graph.forEachNode((_n, a) => {
    if ((isLearnable(a) || a.kind === 'section' || a.kind === 'pathway') && a.source.file === file && a.source.line > line) end = Math.min(end, a.source.line);
  });
  return diagnostics.filter((d) => d.file === file && d.line >= line && d.line < end);
}
