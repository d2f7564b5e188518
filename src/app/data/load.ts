// Fetching the graph the Vite plugin built, and turning it into the page's model. Every failure
// becomes an Error whose message a reader can act on: the page shows it instead of a blank map.
import { MultiDirectedGraph } from 'graphology';
import type { AtlasPayload } from '../../vite/payload';
import type { AtlasGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from '../../core/types';
import { decodeGraph } from './codec';
import { buildModel, type AtlasModel } from './model';

export async function loadModel(url: string): Promise<AtlasModel> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new Error(`could not reach ${url}: ${(e as Error).message}`);
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${url} answered ${response.status} with something that is not graph data`);
  }
  if (isErrorBody(body)) throw new Error(body.error);
  if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`);
  return modelFromPayload(body as AtlasPayload);
}

const isErrorBody = (b: unknown): b is { error: string } => typeof b === 'object' && b !== null && typeof (b as { error?: unknown }).error === 'string';

export function modelFromPayload(payload: AtlasPayload): AtlasModel {
  if (!payload?.graph?.nodes || !Array.isArray(payload.layout)) throw new Error('the graph data is incomplete (no nodes or no layout); rebuild it with `npm run build`');
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false }) as AtlasGraph;
  graph.import(decodeGraph(payload.graph));
  const placements = new Map<string, { x: number; y: number; layer: number; dependents: number }>();
  payload.graph.nodes.forEach(([id], i) => {
    const p = payload.layout[i];
    if (p) placements.set(id, { x: p[0], y: p[1], layer: p[2], dependents: p[3] });
  });
  return buildModel({ name: payload.name, stats: payload.stats, graph, placements, diagnostics: payload.diagnostics });
}
