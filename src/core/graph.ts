// Writing edges with stable keys: graphology's generated keys differ between graph instances,
// and the graph JSON must be byte-identical for the same documents.
import type { AtlasGraph, EdgeAttributes, NodeId } from './types';

export function addTypedEdge(graph: AtlasGraph, from: NodeId, to: NodeId, attributes: EdgeAttributes): string {
  const base = `${attributes.kind}:${from}->${to}`;
  let key = base;
  for (let n = 2; graph.hasEdge(key); n++) key = `${base}#${n}`;
  graph.addDirectedEdgeWithKey(key, from, to, attributes);
  return key;
}
