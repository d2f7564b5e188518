// `requires` edges between documents (or sections, or paths) read as "all of it, before any of
// this" (src/core/prereq/structural.ts writes them so as not to fan out topic × topic edges).
// Each container a requires edge starts from becomes one hub node that waits for every topic it
// contains; the hub then comes before each topic of the container it is required by. A document
// edge costs edges in proportion to the two documents' sizes, not their product.
import type { AtlasGraph, NodeAttributes, NodeId, RequiresAttributes } from '../types.ts';
import { ORIGINS } from '../types.ts';
import { containedLearnables } from './resolve.ts';

/** The confidence of a topic's edge to its container's hub: it is part of it, never a doubt. */
export const PART_OF = Number.POSITIVE_INFINITY;
/** ...and as sure as a written prerequisite: the first origin. */
const PART_OF_ORIGIN = 0;

export interface ContainerEdge {
  from: NodeId;
  to: NodeId;
  attributes: RequiresAttributes;
}

export interface Hub {
  id: NodeId;
  label: string;
  order: number;
}

export interface Expansion {
  hubs: Hub[];
  from: number[];
  to: number[];
  confidence: number[];
  /** The index of each edge's origin in ORIGINS. */
  origin: number[];
  /** Per expanded edge (0-based here): the edge it comes from, or null for a topic's edge to its hub. */
  derived: (RequiresAttributes | null)[];
}

export function isContainer(a: NodeAttributes): boolean {
  return a.kind === 'doc' || a.kind === 'section' || a.kind === 'path';
}

/**
 * Topic-level edges for container-level ones. `indexOf` maps a topic id to its node index; hubs get
 * the indices from `firstHub` on.
 */
export function expandContainerEdges(
  graph: AtlasGraph,
  edges: ContainerEdge[],
  indexOf: (id: NodeId) => number,
  firstHub: number,
): Expansion {
  const out: Expansion = { hubs: [], from: [], to: [], confidence: [], origin: [], derived: [] };
  const add = (from: number, to: number, confidence: number, origin: number, derived: RequiresAttributes | null) => {
    if (from === to) return;
    out.from.push(from);
    out.to.push(to);
    out.confidence.push(confidence);
    out.origin.push(origin);
    out.derived.push(derived);
  };
  const topics = new Map<NodeId, number[]>();
  const topicsOf = (id: NodeId): number[] => {
    let list = topics.get(id);
    if (list === undefined) {
      list = containedLearnables(graph, id).map(indexOf);
      topics.set(id, list);
    }
    return list;
  };
  const hubs = new Map<NodeId, number>();
  const hubOf = (id: NodeId): number => {
    let h = hubs.get(id);
    if (h === undefined) {
      h = firstHub + out.hubs.length;
      hubs.set(id, h);
      const a = graph.getNodeAttributes(id);
      out.hubs.push({ id, label: a.label, order: a.kind === 'path' ? a.position : 'order' in a ? a.order : 0 });
      for (const t of topicsOf(id)) add(t, h, PART_OF, PART_OF_ORIGIN, null);
    }
    return h;
  };
  for (const { from, to, attributes } of edges) {
    const start = isContainer(graph.getNodeAttributes(from)) ? hubOf(from) : indexOf(from);
    for (const t of topicsOf(to)) add(start, t, attributes.confidence, ORIGINS.indexOf(attributes.origin), attributes);
  }
  return out;
}
