// Questions the panel and the highlighting ask of the graph, each a small pure function.
import type { AssumesAttributes, AtlasGraph, Diagnostic, FocusesAttributes, NodeId, RequiresAttributes } from '../../core/types';
import { isLearnable } from '../../core/types';
import { dependentsOf, prerequisitesOf, trusted } from '../../core/rules';

export interface Requirement {
  /** The other end: the prerequisite (for prerequisitesOf) or the dependent (for dependentsOf). */
  id: NodeId;
  edge: RequiresAttributes;
}

const byLabel = (graph: AtlasGraph) => (a: { id: NodeId }, b: { id: NodeId }) =>
  graph.getNodeAttribute(a.id, 'label').localeCompare(graph.getNodeAttribute(b.id, 'label'));

/**
 * A topic's direct prerequisites or dependents as the panel lists them: the core's walk (document-level
 * edges expanded, untrusted edges left out), one row per topic with the edge that puts it there.
 */
export function relationsOf(
  graph: AtlasGraph,
  id: NodeId,
  direction: 'prerequisites' | 'dependents',
  minConfidence: number,
): Requirement[] {
  const steps = (direction === 'prerequisites' ? prerequisitesOf : dependentsOf)(graph, id, (e) =>
    trusted(graph.getEdgeAttributes(e) as RequiresAttributes, minConfidence),
  );
  const rows = new Map<NodeId, Requirement>();
  for (const { node, edge } of steps)
    if (!rows.has(node)) rows.set(node, { id: node, edge: graph.getEdgeAttributes(edge) as RequiresAttributes });
  return [...rows.values()].sort(byLabel(graph));
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

export const topicsCiting = (graph: AtlasGraph, resource: NodeId): NodeId[] =>
  graph.filterOutNeighbors(resource, (_n, a) => isLearnable(a));

export interface PathwayLink {
  pathway: NodeId;
  topic: NodeId;
  edge: AssumesAttributes | FocusesAttributes;
}

/** The pathways that assume or focus on a topic. */
export function pathwaysOn(graph: AtlasGraph, topic: NodeId): PathwayLink[] {
  const out: PathwayLink[] = [];
  graph.forEachInEdge(
    topic,
    (_e, a, src) => void ((a.kind === 'assumes' || a.kind === 'focuses') && out.push({ pathway: src, topic, edge: a })),
  );
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
    if ((isLearnable(a) || a.kind === 'section' || a.kind === 'pathway') && a.source.file === file && a.source.line > line)
      end = Math.min(end, a.source.line);
  });
  return diagnostics.filter((d) => d.file === file && d.line >= line && d.line < end);
}
