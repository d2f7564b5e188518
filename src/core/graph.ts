// Writing edges with stable keys: graphology's generated keys differ between graph instances,
// and the graph JSON must be byte-identical for the same documents.
import type { AtlasGraph, EdgeAttributes, EdgeKind, NodeId } from './types.ts';

/** "kind:" once per kind, not once per edge. */
const PREFIX: Record<EdgeKind, string> = {
  contains: 'contains:',
  requires: 'requires:',
  teaches: 'teaches:',
  next: 'next:',
  links: 'links:',
  assumes: 'assumes:',
  focuses: 'focuses:',
  related: 'related:',
};
/** "#2" at the end of an id: the id could be the target part of a suffixed key. */
const SUFFIXED = /#\d+$/;

/**
 * Add an edge under the stable key `kind:from->to` (`#2`, `#3`… when taken). `fresh`: one end was
 * just added, so no edge joins the two yet.
 */
export function addTypedEdge(graph: AtlasGraph, from: NodeId, to: NodeId, attributes: EdgeAttributes, fresh = false): string {
  const base = PREFIX[attributes.kind] + from + '->' + to;
  // `kind:from->to` can only be taken by an edge from `from` to `to` (or to `to` without a "#n"
  // suffix) when neither id holds a ">": then a look at the two nodes' adjacency answers (nothing
  // to look at when one is fresh), and the long key is hashed once, by the insert, instead of once more by a lookup.
  if (from.includes('>') || to.includes('>') || SUFFIXED.test(to) || (!fresh && graph.hasDirectedEdge(from, to))) {
    let key = base;
    for (let n = 2; graph.hasEdge(key); n++) key = `${base}#${n}`;
    graph.addDirectedEdgeWithKey(key, from, to, attributes);
    return key;
  }
  graph.addDirectedEdgeWithKey(base, from, to, attributes);
  return base;
}

/**
 * The edge of `kind` from `from` to `to`, if any. graphology 0.26's `edges(a, b)` and
 * `findDirectedEdge(a, b)` on a multi graph also return an edge b→a (see the README's known issues),
 * so both ends are checked here, and every lookup of an edge by its ends goes through this function.
 */
export function findEdge(graph: AtlasGraph, kind: EdgeKind, from: NodeId, to: NodeId): string | undefined {
  // No edge at all from `from` to `to` (the usual answer, also when either node is missing): one
  // look at `from`'s adjacency, and no list of edges made to say so.
  if (!graph.hasDirectedEdge(from, to)) return undefined;
  for (const e of graph.directedEdges(from, to)) {
    if (graph.source(e) === from && graph.target(e) === to && graph.getEdgeAttribute(e, 'kind') === kind) return e;
  }
  return undefined;
}

/**
 * Text the graph keeps for its lifetime, as one flat string: a template literal leaves a chain of
 * pieces, an object each for the collector to walk on every full collection of a large graph.
 */
export const flat = (parts: readonly string[]): string => parts.join('');
