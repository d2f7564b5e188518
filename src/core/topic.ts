// Which topic a node stands for: the page opens a concept's or a resource's topic, searches lead to
// it, and the data's details chunks are filed under it. One rule, so the search part written at
// build time and the page's own answer agree.
import type { AtlasGraph, NodeAttributes, NodeId } from './types.ts';
import { isLearnable } from './types.ts';

/** A node's place in its document (or a path's in the sidebar): what "first" means among nodes. */
export function documentOrder(a: NodeAttributes): number {
  if ('order' in a) return a.order;
  if (a.kind === 'path') return a.position;
  return a.source.line;
}

/** Itself for a learnable, pathway or orientation; a concept's parent; a resource's first citing learnable; else null. */
export function topicOf(graph: AtlasGraph, id: NodeId): NodeId | null {
  if (!graph.hasNode(id)) return null;
  const a = graph.getNodeAttributes(id);
  if (isLearnable(a) || a.kind === 'pathway' || a.kind === 'orientation') return id;
  if (a.kind === 'concept') {
    if (!graph.hasNode(a.parent)) return null;
    const parent = graph.getNodeAttributes(a.parent);
    return isLearnable(parent) || parent.kind === 'orientation' ? a.parent : null;
  }
  if (a.kind === 'resource') {
    let first: NodeId | null = null;
    let at = Infinity;
    graph.forEachOutNeighbor(id, (n, na) => {
      if (!isLearnable(na)) return;
      const order = documentOrder(na);
      if (order < at) [first, at] = [n, order];
    });
    return first;
  }
  return null;
}

/** The words a search finds a node by, beside its label. */
export function searchText(a: NodeAttributes): string {
  if (a.kind === 'resource') return [...a.titles, a.description ?? ''].join(' ');
  if (isLearnable(a) || a.kind === 'orientation') return a.description ?? '';
  if (a.kind === 'pathway') return a.focus.join(' ');
  return '';
}
