// The graph's parts as the page holds them: decoded, and joined back into the whole's order.
import { MultiDirectedGraph } from 'graphology';
import { decodeGraph, type AtlasPayload, type AtlasSerializedGraph, type DetailsPayload, type PartOrder } from '../../core/map/index';
import type { AtlasGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from '../../core/types';
import type { Placement } from './model';

export const newGraph = (): AtlasGraph =>
  new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false }) as AtlasGraph;

export interface DecodedPart {
  serialized: AtlasSerializedGraph;
  order: PartOrder;
}

export const decodedPart = (p: DetailsPayload): DecodedPart => ({ serialized: decodeGraph(p.graph), order: p.order });

export function placeAll(placements: Map<string, Placement>, part: Pick<AtlasPayload, 'graph' | 'layout'>): void {
  part.graph.nodes.forEach(([id], i) => {
    const p = part.layout[i];
    if (p) placements.set(id, { x: p[0], y: p[1], layer: p[2], dependents: p[3] });
  });
}

/**
 * The parts of a graph back in the order of the whole, which each part's `order` records. A node in
 * several parts (a resource that topics of two chunks cite) is the same node in each.
 */
export function joined(parts: DecodedPart[]): AtlasSerializedGraph {
  const [first] = parts as [DecodedPart];
  const nodes: AtlasSerializedGraph['nodes'] = [];
  const edges: AtlasSerializedGraph['edges'] = [];
  for (const { serialized, order } of parts) {
    serialized.nodes.forEach((n, i) => (nodes[order.nodes[i] as number] = n));
    serialized.edges.forEach((e, i) => (edges[order.edges[i] as number] = e));
  }
  if (nodes.includes(undefined as never) || edges.includes(undefined as never))
    throw new Error('the graph data is incomplete (its parts do not fit together); rebuild it with `npm run build`');
  return { ...first.serialized, nodes, edges };
}
