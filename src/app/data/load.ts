// Fetching the graph the Vite plugin built, and turning it into the page's model. Every failure
// becomes an Error whose message a reader can act on: the page shows it instead of a blank map.
import { decodeGraph, type AtlasPayload, type DetailsPayload, type PartOrder } from '../../core/map/index';
import { chunkedDetails, completeDetails } from './details';
import { loadPayload } from './fetch';
import { buildModel, type AtlasModel, type Placement } from './model';
import { decodedPart, joined, newGraph, placeAll } from './parts';

export async function loadModel(url: string): Promise<AtlasModel> {
  return modelFromPayload(await loadPayload<AtlasPayload>(url));
}

const complete = (p: Pick<AtlasPayload, 'graph' | 'layout'>) => p?.graph?.nodes && Array.isArray(p.layout);

/**
 * The model of a payload. A map part that names its details (a built page's) gets them fetched on
 * demand from beside `url`; given `chunks` instead, it is joined with them now, in the whole's order.
 */
export function modelFromPayload(payload: AtlasPayload, chunks?: DetailsPayload[], url?: string): AtlasModel {
  if (!complete(payload) || chunks?.some((c) => !complete(c)))
    throw new Error('the graph data is incomplete (no nodes or no layout); rebuild it with `npm run build`');
  const graph = newGraph();
  const map = decodeGraph(payload.graph);
  const parts = chunks && payload.order ? [{ ...payload, order: payload.order }, ...chunks] : [payload];
  graph.import(parts.length === 1 ? map : joined([{ serialized: map, order: payload.order as PartOrder }, ...chunks!.map(decodedPart)]));
  const placements = new Map<string, Placement>();
  for (const part of parts) placeAll(placements, part);
  const split = payload.details !== undefined && payload.order !== undefined && chunks === undefined;
  const details = split
    ? chunkedDetails(graph, placements, { serialized: map, order: payload.order as PartOrder }, payload.details!, url ?? '')
    : completeDetails(graph);
  return buildModel({ name: payload.name, stats: payload.stats, graph, placements, diagnostics: payload.diagnostics, details });
}
