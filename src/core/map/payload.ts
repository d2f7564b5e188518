// What the page downloads: the graph in its wire form, its layout and the build's diagnostics.
// One JSON document, the contract between the Vite plugin and the page; or, for a built page, parts:
// the map's part first (everything but concepts, resources and related-topic edges), which names the
// others: the details in chunks of a few documents each, fetched when the page needs them, and the
// concepts' and resources' search text, so that search finds them before any chunk has arrived.
import type { BuildResult } from '../build.ts';
import { buildStats, type BuildStats } from '../summary.ts';
import { searchText, topicOf } from '../topic.ts';
import type { Diagnostic, NodeId } from '../types.ts';
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
   * Set on the map's part of a payload sent in parts: where each of its nodes and edges stood in the
   * whole graph, so that joining the parts restores graphology's order (exports stay the CLI's).
   */
  order?: PartOrder;
  /** Set on the map's part: the other parts' files. */
  details?: DetailsManifest;
}

export interface PartOrder {
  nodes: number[];
  edges: number[];
}

/** File names are relative to the map part's URL: the parts are written side by side. */
export interface DetailsManifest {
  /** In the order of the whole: each chunk's file and the documents whose details it holds. */
  chunks: { file: string; docs: NodeId[] }[];
  /** The SearchPayload's file. */
  search: string;
}

/**
 * A chunk of the details: the concepts and resources of a few documents' topics, every edge from
 * those topics to one, and their `related` edges (an edge between two chunks' topics is in both). A
 * resource that topics of several chunks cite is in each of them, so that every chunk joins the map
 * on its own.
 */
export interface DetailsPayload {
  graph: WireGraph;
  layout: WirePlacement[];
  order: PartOrder;
}

/** A concept (0) or resource (1), its label and search text, and its topic's index in the map part's nodes (-1: none). */
export type WireSearchRow = [kind: 0 | 1, label: string, text: string, topic: number];
export interface SearchPayload {
  rows: WireSearchRow[];
}

/** Nodes the page can draw its first map without: they detail a topic and are off by default. */
const DETAIL_KINDS = new Set(['concept', 'resource']);
/** Edges between topics that the map does not draw by default either: similar topics across paths. */
const DETAIL_EDGES = new Set(['related']);
/**
 * Nodes and edges per chunk, about 0.3 MB of JSON: parsed and joined in a few milliseconds, and
 * few enough files (some 60 at 10k topics) for any static host. A document is never split.
 */
export const CHUNK_ITEMS = 2500;

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

export interface Payloads {
  /** The map's part; its `details` manifest has empty file names until `dataFiles` names them. */
  map: AtlasPayload & { order: PartOrder; details: DetailsManifest };
  chunks: DetailsPayload[];
  search: SearchPayload;
}

/**
 * The payload in parts. The map's part is a whole payload on its own (every topic, milestone,
 * pathway and prerequisite, the layout, stats and diagnostics): the page draws from it while the
 * details (a graph's concepts and resources are most of its bytes) wait until they are needed.
 */
export function toPayloads(result: BuildResult, chunkItems = CHUNK_ITEMS): Payloads {
  const placed = placer(result);
  const whole = result.graph.export();
  const at = new Map(whole.nodes.map((n, i) => [n.key, i]));
  const isDetail = whole.nodes.map((n) => DETAIL_KINDS.has(String(n.attributes?.kind)));
  const ends = whole.edges.map((e) => [at.get(e.source) as number, at.get(e.target) as number] as const);
  const isDetailEdge = whole.edges.map(
    (e, i) => isDetail[ends[i]![0]] === true || isDetail[ends[i]![1]] === true || DETAIL_EDGES.has(String(e.attributes?.kind)),
  );

  const part = (nodes: number[], edges: number[]): DetailsPayload => {
    const graph = encodeGraph({
      ...whole,
      nodes: nodes.map((i) => whole.nodes[i]),
      edges: edges.map((i) => whole.edges[i]),
    } as AtlasSerializedGraph);
    return { graph, layout: graph.nodes.map(([id]) => placed(id)), order: { nodes, edges } };
  };
  const indices = (n: number, keep: (i: number) => boolean): number[] => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) if (keep(i)) out.push(i);
    return out;
  };
  const mapPart = part(
    indices(whole.nodes.length, (i) => !isDetail[i]),
    indices(whole.edges.length, (i) => !isDetailEdge[i]),
  );

  const { chunks, docs } = chunksOf(whole, at, isDetail, isDetailEdge, ends, chunkItems);
  const details = chunks.map((c) => part(c.nodes, c.edges));

  const mapIndex = new Map(mapPart.graph.nodes.map(([id], i) => [id, i]));
  const rows: WireSearchRow[] = [];
  whole.nodes.forEach((n, i) => {
    if (!isDetail[i]) return;
    const topic = topicOf(result.graph, n.key);
    rows.push([
      n.attributes?.kind === 'concept' ? 0 : 1,
      n.attributes?.label ?? '',
      searchText(n.attributes!),
      topic === null ? -1 : (mapIndex.get(topic) ?? -1),
    ]);
  });

  return {
    map: {
      name: result.graph.getAttribute('name'),
      stats: buildStats(result),
      diagnostics: result.diagnostics,
      ...mapPart,
      details: { chunks: docs.map((d) => ({ file: '', docs: d })), search: '' },
    },
    chunks: details,
    search: { rows },
  };
}

type Whole = ReturnType<BuildResult['graph']['export']>;

/**
 * Files every detail under a document: an edge under its topic's (or section's, pathway's)
 * document, a node under the document of the first edge that reaches it. Documents, in site order,
 * fill chunks of about `chunkItems` nodes and edges; what no document claims goes in the first.
 */
function chunksOf(
  whole: Whole,
  at: ReadonlyMap<NodeId, number>,
  isDetail: boolean[],
  isDetailEdge: boolean[],
  ends: (readonly [number, number])[],
  chunkItems: number,
): { chunks: { nodes: number[]; edges: number[] }[]; docs: NodeId[][] } {
  const docOf = (i: number): NodeId | null => {
    const a = whole.nodes[i]?.attributes;
    if (a === undefined || isDetail[i]) return null;
    if (a.kind === 'doc') return whole.nodes[i]!.key;
    return 'doc' in a && typeof a.doc === 'string' ? a.doc : null;
  };
  const edgeDoc = new Map<number, NodeId | null>();
  const nodeDoc = new Map<number, NodeId | null>();
  // A `related` edge between topics of two documents is in both their chunks: what a learner's
  // topic covers in other paths is then in that topic's chunk, whichever end of the edge it is.
  const alsoIn = new Map<number, NodeId | null>();
  whole.edges.forEach((_e, i) => {
    if (!isDetailEdge[i]) return;
    const [s, t] = ends[i]!;
    const doc = !isDetail[s] ? docOf(s) : !isDetail[t] ? docOf(t) : undefined;
    if (doc !== undefined) edgeDoc.set(i, doc);
    if (!isDetail[s] && !isDetail[t] && docOf(t) !== doc) alsoIn.set(i, docOf(t));
    for (const n of [s, t]) if (isDetail[n] && doc !== undefined && !nodeDoc.has(n)) nodeDoc.set(n, doc);
  });
  // An edge between two details (none today) goes where its source went.
  whole.edges.forEach((_e, i) => {
    if (isDetailEdge[i] && !edgeDoc.has(i)) edgeDoc.set(i, nodeDoc.get(ends[i]![0]) ?? null);
  });
  whole.nodes.forEach((n, i) => {
    if (!isDetail[i] || nodeDoc.has(i)) return;
    const parent = n.attributes?.kind === 'concept' ? (n.attributes as { parent: NodeId }).parent : null;
    const p = parent === null ? undefined : at.get(parent);
    nodeDoc.set(i, p === undefined ? null : docOf(p));
  });

  const items = new Map<NodeId | null, number>();
  for (const d of [...edgeDoc.values(), ...nodeDoc.values()]) items.set(d, (items.get(d) ?? 0) + 1);
  const docs: NodeId[][] = [[]];
  const chunkOfDoc = new Map<NodeId | null, number>([[null, 0]]);
  let filled = items.get(null) ?? 0;
  for (const n of whole.nodes) {
    if (n.attributes?.kind !== 'doc' || !items.has(n.key)) continue;
    const size = items.get(n.key) as number;
    if (filled > 0 && filled + size > chunkItems) {
      docs.push([]);
      filled = 0;
    }
    docs[docs.length - 1]!.push(n.key);
    chunkOfDoc.set(n.key, docs.length - 1);
    filled += size;
  }
  const chunks = docs.map(() => ({ nodes: new Set<number>(), edges: [] as number[] }));
  const chunkOf = (doc: NodeId | null | undefined) => chunks[chunkOfDoc.get(doc ?? null) ?? 0]!;
  for (const [i, doc] of nodeDoc) chunkOf(doc).nodes.add(i);
  [...edgeDoc.keys()]
    .sort((a, b) => a - b)
    .forEach((i) => {
      const chunk = chunkOf(edgeDoc.get(i));
      chunk.edges.push(i);
      for (const n of ends[i]!) if (isDetail[n]) chunk.nodes.add(n);
      const other = alsoIn.has(i) ? chunkOf(alsoIn.get(i)) : chunk;
      if (other !== chunk) other.edges.push(i);
    });
  return { chunks: chunks.map((c) => ({ nodes: [...c.nodes].sort((a, b) => a - b), edges: c.edges })), docs };
}

/** A data file of a built page: its name (assets/…) and its JSON. */
export interface DataFile {
  name: string;
  json: string;
}

/**
 * The built page's data as files, named by `name` (the shell's content hash of the JSON): the
 * details chunks and the search part, then the map part, which names them; `map` is its name.
 */
export function dataFiles(
  result: BuildResult,
  name: (prefix: string, json: string) => string,
): { map: string; payload: AtlasPayload; files: DataFile[] } {
  const { map, chunks, search } = toPayloads(result);
  const files: DataFile[] = [];
  const write = (prefix: string, json: string): string => {
    const file = { name: name(prefix, json), json };
    files.push(file);
    return file.name;
  };
  chunks.forEach((chunk, i) => (map.details.chunks[i]!.file = write('atlas-details', JSON.stringify(chunk))));
  map.details.search = write('atlas-search', JSON.stringify(search));
  return { map: write('atlas-data', JSON.stringify(map)), payload: map, files };
}

function placer(result: BuildResult): (id: string) => WirePlacement {
  const { positions, dependents } = layeredLayout(result.graph);
  return (id) => {
    const p = positions[id];
    return p === undefined ? null : [round(p.x), round(p.y), p.layer, dependents[id] ?? 0];
  };
}
