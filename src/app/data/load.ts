// Fetching the graph the Vite plugin built, and turning it into the page's model. Every failure
// becomes an Error whose message a reader can act on: the page shows it instead of a blank map.
import { MultiDirectedGraph } from 'graphology';
import { decodeGraph, type AtlasPayload, type AtlasSerializedGraph, type DetailsPayload, type PartOrder } from '../../core/map/index';
import type { AtlasGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from '../../core/types';
import { buildModel, type AtlasModel } from './model';

export async function loadModel(url: string): Promise<AtlasModel> {
  return modelFromPayload(await loadPayload<AtlasPayload>(url));
}

/** The JSON at `url`, or an Error saying what came back instead. */
export async function loadPayload<T>(url: string): Promise<T> {
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
  return body as T;
}

const isErrorBody = (b: unknown): b is { error: string } =>
  typeof b === 'object' && b !== null && typeof (b as { error?: unknown }).error === 'string';

export function modelFromPayload(payload: AtlasPayload, details?: DetailsPayload): AtlasModel {
  const complete = (p: Pick<AtlasPayload, 'graph' | 'layout'>) => p?.graph?.nodes && Array.isArray(p.layout);
  if (!complete(payload) || (details && !complete(details)))
    throw new Error('the graph data is incomplete (no nodes or no layout); rebuild it with `npm run build`');
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false }) as AtlasGraph;
  const parts = details && payload.order ? [{ ...payload, order: payload.order }, details] : [payload];
  graph.import(
    parts.length === 1
      ? decodeGraph(payload.graph)
      : joined(parts.map((p) => ({ serialized: decodeGraph(p.graph), order: p.order as PartOrder }))),
  );
  const placements = new Map<string, { x: number; y: number; layer: number; dependents: number }>();
  for (const part of parts) {
    part.graph.nodes.forEach(([id], i) => {
      const p = part.layout[i];
      if (p) placements.set(id, { x: p[0], y: p[1], layer: p[2], dependents: p[3] });
    });
  }
  return buildModel({ name: payload.name, stats: payload.stats, graph, placements, diagnostics: payload.diagnostics });
}

/** The parts of a graph back in the order of the whole, which each part's `order` records. */
function joined(parts: { serialized: AtlasSerializedGraph; order: PartOrder }[]): AtlasSerializedGraph {
  const [first] = parts as [(typeof parts)[number]];
  const nodes: AtlasSerializedGraph['nodes'] = [];
  const edges: AtlasSerializedGraph['edges'] = [];
  for (const { serialized, order } of parts) {
    serialized.nodes.forEach((n, i) => (nodes[order.nodes[i] as number] = n));
    serialized.edges.forEach((e, i) => (edges[order.edges[i] as number] = e));
  }
  if (nodes.includes(undefined as never) || edges.includes(undefined as never))
    throw new Error('the graph data is incomplete (its two parts do not fit together); rebuild it with `npm run build`');
  return { ...first.serialized, nodes, edges };
}
