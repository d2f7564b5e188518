// What the page downloads: the graph in its wire form, its layout and the build's diagnostics.
// One JSON document, the contract between the Vite plugin and the page; or, for the built page, two:
// the map's part first (everything but concepts, resources and related-topic edges), the details after it.
import type { BuildResult } from '../build.ts';
import { buildStats, type BuildStats } from '../summary.ts';
import type { Diagnostic } from '../types.ts';
import { encodeGraph, type AtlasSerializedGraph, type WireGraph } from './codec.ts';
import { layeredLayout } from './layout.ts';

/** x, y, layer and transitive dependents of a placed node; null for nodes the map never shows. */
export type WirePlacement = [x: number, y: number, layer: number, dependents: number] | null;

export interface AtlasPayload {
  /** The dataset's name (its folder's name). */
  name: string;
  stats: BuildStats;
  graph: WireGraph;
  /** Aligned with `graph.nodes`. */
  layout: WirePlacement[];
  diagnostics: Diagnostic[];
  /**
   * Set on the map's part of a payload sent in two: where each of its nodes and edges stood in the
   * whole graph, so that joining the parts restores graphology's order (exports stay the CLI's).
   */
  order?: PartOrder;
}

export interface PartOrder {
  nodes: number[];
  edges: number[];
}

/** The second part: concepts, resources, every edge touching one, and `related` edges. */
export interface DetailsPayload {
  graph: WireGraph;
  layout: WirePlacement[];
  order: PartOrder;
}

/** Nodes the page can draw its first map without: they detail a topic and are off by default. */
const DETAIL_KINDS = new Set(['concept', 'resource']);
/** Edges between topics that the map does not draw by default either: similar topics across paths. */
const DETAIL_EDGES = new Set(['related']);

const round = (n: number): number => Math.round(n * 100) / 100;

export function toPayload(result: BuildResult): AtlasPayload {
  const placed = placer(result);
  const graph = encodeGraph(result.graph.export());
  return {
    name: result.graph.getAttribute('name'),
    stats: buildStats(result),
    graph,
    layout: graph.nodes.map(([id]) => placed(id)),
    diagnostics: result.diagnostics,
  };
}

/**
 * The payload in two parts. The map's part is a whole payload on its own (every topic, milestone,
 * pathway and prerequisite, the layout, stats and diagnostics): the page draws from it while the
 * details (a graph's concepts and resources are most of its bytes) are still on their way.
 */
export function toPayloads(result: BuildResult): { map: AtlasPayload; details: DetailsPayload } {
  const placed = placer(result);
  const whole = result.graph.export();
  const detail = new Set(whole.nodes.filter((n) => DETAIL_KINDS.has(String(n.attributes?.kind))).map((n) => n.key));
  const isDetailEdge = (e: (typeof whole.edges)[number]) =>
    detail.has(e.source) || detail.has(e.target) || DETAIL_EDGES.has(String(e.attributes?.kind));
  const part = (details: boolean): DetailsPayload => {
    const order: PartOrder = { nodes: [], edges: [] };
    const nodes = whole.nodes.filter((n, i) => detail.has(n.key) === details && keep(order.nodes, i));
    const edges = whole.edges.filter((e, i) => isDetailEdge(e) === details && keep(order.edges, i));
    const graph = encodeGraph({ ...whole, nodes, edges } as AtlasSerializedGraph);
    return { graph, layout: graph.nodes.map(([id]) => placed(id)), order };
  };
  return {
    map: { name: result.graph.getAttribute('name'), stats: buildStats(result), diagnostics: result.diagnostics, ...part(false) },
    details: part(true),
  };
}

/** Records that position `i` of the whole went into a part; true, so that it can sit in a filter. */
function keep(order: number[], i: number): boolean {
  order.push(i);
  return true;
}

function placer(result: BuildResult): (id: string) => WirePlacement {
  const { positions, dependents } = layeredLayout(result.graph);
  return (id) => {
    const p = positions[id];
    return p === undefined ? null : [round(p.x), round(p.y), p.layer, dependents[id] ?? 0];
  };
}
