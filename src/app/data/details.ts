// The concepts and resources of a graph sent in parts (src/core/map/payload.ts): fetched chunk by
// chunk when a view needs them (the panel's node, a plan's steps, an export) and otherwise in idle
// time, then joined into the model's graph in slices of a few milliseconds, so that no frame waits
// for them. A chunk that fails says so to the views that need it; the map never depends on one.
import type { DetailsManifest, DetailsPayload, SearchPayload } from '../../core/map/index';
import { searchText, topicOf } from '../../core/rules';
import type { AtlasGraph, NodeId } from '../../core/types';
import { loadPayload } from './fetch';
import { decodedPart, joined, newGraph, placeAll, type DecodedPart } from './parts';
import type { Placement } from './model';

export interface Details {
  /** Changes whenever a chunk is joined or fails. */
  readonly version: number;
  /** Chunks joined, of how many. */
  readonly loaded: number;
  readonly total: number;
  /** The first chunk's failure, if one failed: for views that need them all. */
  readonly error: string | null;
  /** Whether the details of these nodes are all in the graph. */
  ready(ids: readonly NodeId[]): boolean;
  /** Why the details of these nodes cannot come, or null. */
  failure(ids: readonly NodeId[]): string | null;
  /** Fetches and joins what these nodes' details need; rejects with the reason when a chunk fails. */
  ensure(ids: readonly NodeId[]): Promise<void>;
  ensureAll(): Promise<void>;
  /** Fetches the chunks that failed again: the reader's "Try again". */
  retry: () => void;
  /** The graph in the order of the whole, as the CLI builds it, for exports: after ensureAll. */
  whole(): AtlasGraph;
  subscribe(listener: () => void): () => void;
  /** Starts fetching the remaining chunks one by one in idle time. */
  prefetch(): void;
  /** What search finds concepts and resources by, before (or without) their chunks. */
  searchRows(): Promise<DetailRow[]>;
}

/** A concept or resource as search knows it: `id` is the node's, or a stand-in where only the search part has come. */
export interface DetailRow {
  id: string;
  kind: 'concept' | 'resource';
  label: string;
  text: string;
  topic: NodeId | null;
}

/** The details of a graph sent whole: already there. */
export function completeDetails(graph: AtlasGraph): Details {
  return {
    version: 0,
    loaded: 0,
    total: 0,
    error: null,
    ready: () => true,
    failure: () => null,
    ensure: async () => {},
    ensureAll: async () => {},
    retry: () => {},
    whole: () => graph,
    subscribe: () => () => {},
    prefetch: () => {},
    searchRows: async () => {
      const rows: DetailRow[] = [];
      graph.forEachNode((id, a) => {
        if (a.kind === 'concept' || a.kind === 'resource')
          rows.push({ id, kind: a.kind, label: a.label, text: searchText(a), topic: topicOf(graph, id) });
      });
      return rows;
    },
  };
}

/** A slice of joining: short enough that a frame due meanwhile is late by at most this much. */
const SLICE_MS = 4;
/** Chunks fetched at a time: Chromium's connections per host. */
const AT_ONCE = 6;

type ChunkState = { state: 'idle' } | { state: 'loading'; done: Promise<void> } | { state: 'joined' } | { state: 'failed'; error: string };

export function chunkedDetails(
  graph: AtlasGraph,
  placements: Map<NodeId, Placement>,
  map: DecodedPart,
  manifest: DetailsManifest,
  mapUrl: string,
): Details {
  const base = new URL(mapUrl, globalThis.location?.href ?? 'http://localhost/');
  const chunkOfDoc = new Map<NodeId, number>();
  manifest.chunks.forEach((c, i) => c.docs.forEach((d) => chunkOfDoc.set(d, i)));
  const states: ChunkState[] = manifest.chunks.map(() => ({ state: 'idle' }));
  const decoded: (DecodedPart | undefined)[] = [];
  const listeners = new Set<() => void>();
  let version = 0;
  let loaded = 0;
  let whole: AtlasGraph | null = null;
  const changed = () => {
    version++;
    for (const l of listeners) l();
  };

  /** The chunks a node's details are in; null when the node is not on the map yet (a detail whose chunk is unknown). */
  const chunksOf = (id: NodeId): number[] | null => {
    // A concept not yet in the graph is in its parent's chunk (its id is the parent's and a slug).
    if (!graph.hasNode(id))
      return id.includes('/') && graph.hasNode(id.slice(0, id.lastIndexOf('/'))) ? chunksOf(id.slice(0, id.lastIndexOf('/'))) : null;
    const a = graph.getNodeAttributes(id);
    const owner = a.kind === 'concept' || a.kind === 'resource' ? topicOf(graph, id) : id;
    const oa = owner === null ? null : graph.getNodeAttributes(owner);
    const doc = oa === null ? null : oa.kind === 'doc' ? owner : 'doc' in oa && typeof oa.doc === 'string' ? oa.doc : null;
    const chunk = doc === null ? undefined : chunkOfDoc.get(doc);
    return chunk === undefined ? [] : [chunk];
  };
  const needed = (ids: readonly NodeId[]): number[] => {
    const out = new Set<number>();
    for (const id of ids) {
      const chunks = chunksOf(id);
      if (chunks === null) return states.map((_s, i) => i);
      for (const c of chunks) out.add(c);
    }
    return [...out];
  };

  // At most AT_ONCE chunks are fetched at a time, the most urgent first: asking for every chunk (a
  // plan did, on a tick; an export of the whole graph does) called fetch() for all of them at once,
  // about a millisecond each inside the click (a quarter of a second at 50k topics), and what the
  // reader opened meanwhile waited behind them.
  let fetching = 0;
  const queue: number[] = [];
  const starts = new Map<number, () => void>();
  const turn = (i: number, urgent: boolean): Promise<void> => {
    if (fetching < AT_ONCE) {
      fetching++;
      return Promise.resolve();
    }
    return new Promise((start) => {
      starts.set(i, start);
      if (urgent) queue.unshift(i);
      else queue.push(i);
    });
  };
  const nextTurn = () => {
    const i = queue.shift();
    if (i === undefined) fetching--;
    else {
      starts.get(i)?.();
      starts.delete(i);
    }
  };
  const hurry = (i: number) => {
    const at = queue.indexOf(i);
    if (at > 0) queue.unshift(...queue.splice(at, 1));
  };

  /** Fetches and joins chunk i; `urgent` when a reader waits for it (a panel, a plan, an export). */
  const load = (i: number, urgent: boolean): Promise<void> => {
    const s = states[i] as ChunkState;
    if (s.state === 'joined') return Promise.resolve();
    if (s.state === 'loading') {
      if (urgent) hurry(i);
      return s.done;
    }
    if (s.state === 'failed') return Promise.reject(new Error(s.error));
    const url = new URL((manifest.chunks[i] as { file: string }).file, base).href;
    const done = turn(i, urgent)
      .then(() => loadPayload<DetailsPayload>(url))
      .then(async (payload) => {
        const part = decodedPart(payload);
        await joinInSlices(graph, part);
        placeAll(placements, payload);
        decoded[i] = part;
        states[i] = { state: 'joined' };
        loaded++;
        // For benchmarks and tests: when the whole graph is in the page.
        if (loaded === states.length) performance.mark('atlas:details-complete');
        changed();
      })
      .finally(nextTurn)
      .catch((e: Error) => {
        states[i] = { state: 'failed', error: e.message };
        changed();
        throw e;
      });
    states[i] = { state: 'loading', done };
    return done;
  };
  const loadAll = (chunks: number[], urgent: boolean) => Promise.all(chunks.map((i) => load(i, urgent))).then(() => {});

  let prefetching = false;
  return {
    get version() {
      return version;
    },
    get loaded() {
      return loaded;
    },
    total: states.length,
    get error() {
      for (const s of states) if (s.state === 'failed') return `Concepts and resources could not be loaded: ${s.error}`;
      return null;
    },
    ready: (ids) => needed(ids).every((i) => states[i]?.state === 'joined'),
    failure(ids) {
      for (const i of needed(ids)) {
        const s = states[i];
        if (s?.state === 'failed') return `Concepts and resources could not be loaded: ${s.error}`;
      }
      return null;
    },
    ensure: (ids) => loadAll(needed(ids), true),
    ensureAll: () =>
      loadAll(
        states.map((_s, i) => i),
        false,
      ),
    retry() {
      const failed = states.flatMap((s, i) => (s.state === 'failed' ? [i] : []));
      if (failed.length === 0) return;
      for (const i of failed) states[i] = { state: 'idle' };
      changed();
      // Their failure is the views' to show again, if it comes again.
      for (const i of failed) load(i, true).catch(() => {});
    },
    whole() {
      if (whole !== null) return whole;
      if (loaded < states.length) throw new Error('the graph is not whole yet: ensureAll first');
      whole = newGraph();
      whole.import(joined([map, ...(decoded as DecodedPart[])]));
      return whole;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async searchRows() {
      const { rows } = await loadPayload<SearchPayload>(new URL(manifest.search, base).href);
      const ids = map.serialized.nodes;
      return rows.map(([kind, label, text, topic], i) => ({
        id: `search:${i}`,
        kind: kind === 0 ? 'concept' : 'resource',
        label,
        text,
        topic: ids[topic]?.key ?? null,
      }));
    },
    prefetch() {
      if (prefetching) return;
      prefetching = true;
      const next = () => {
        const i = states.findIndex((s) => s.state === 'idle');
        if (i < 0) return;
        whenQuiet(() => void load(i, false).then(next, next));
      };
      next();
    },
  };
}

/**
 * The reader's last click, key or wheel. Joining a chunk changes the graph, so the next plan
 * re-indexes it: the prefetch waits while the reader is at work (ticking, planning, panning) and
 * goes on once they pause; what they ask for (a panel, a plan, an export) is fetched at once.
 */
let lastInput = -Infinity;
if (typeof addEventListener === 'function')
  for (const type of ['pointerdown', 'keydown', 'wheel'])
    addEventListener(type, () => (lastInput = performance.now()), { capture: true, passive: true });
const QUIET_MS = 2000;

const whenQuiet = (run: () => void): void => {
  const wait = lastInput + QUIET_MS - performance.now();
  if (wait > 0) setTimeout(() => whenQuiet(run), wait);
  else if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 50);
};
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Adds a chunk's nodes (once: a resource may come in several chunks) and edges, a few ms at a time. */
async function joinInSlices(graph: AtlasGraph, part: DecodedPart): Promise<void> {
  const { nodes, edges } = part.serialized;
  let i = 0;
  const total = nodes.length + edges.length;
  while (i < total) {
    const until = performance.now() + SLICE_MS;
    do {
      for (const end = Math.min(total, i + 64); i < end; i++) {
        if (i < nodes.length) {
          const n = nodes[i] as (typeof nodes)[number];
          if (!graph.hasNode(n.key)) graph.addNode(n.key, n.attributes);
        } else {
          const e = edges[i - nodes.length] as (typeof edges)[number];
          if (!graph.hasEdge(e.key as string)) graph.addEdgeWithKey(e.key as string, e.source, e.target, e.attributes);
        }
      }
    } while (i < total && performance.now() < until);
    if (i < total) await nextTask();
  }
}
