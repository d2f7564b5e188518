// What the page downloads: the graph in its wire form, its layout and the build's diagnostics.
// One JSON document, the contract between the Vite plugin and the page.
import type { BuildResult } from '../core/ingest/build';
import { buildStats, type BuildStats } from '../core/summary';
import type { Diagnostic } from '../core/types';
import { encodeGraph, type WireGraph } from '../app/data/codec';
import { layeredLayout } from './layout';

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
}

const round = (n: number): number => Math.round(n * 100) / 100;

export function toPayload(result: BuildResult): AtlasPayload {
  const { positions, dependents } = layeredLayout(result.graph);
  const graph = encodeGraph(result.graph.export());
  const layout = graph.nodes.map(([id]): WirePlacement => {
    const p = positions[id];
    return p === undefined ? null : [round(p.x), round(p.y), p.layer, dependents[id] ?? 0];
  });
  return { name: result.graph.getAttribute('name'), stats: buildStats(result), graph, layout, diagnostics: result.diagnostics };
}
