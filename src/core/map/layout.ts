// The map's geometry, computed once per build in the Vite plugin so the page never lays out on its
// main thread: prerequisites flow left → right in layers, one horizontal band per learning path.
import { Interner } from '../interner.ts';
import { rowsOf, stronglyConnectedComponents } from '../scc.ts';
import type { AtlasGraph, NodeAttributes, NodeId } from '../types.ts';
import { isLearnable } from '../types.ts';
import { learnablesOf } from '../prereq/walk.ts';
import { DEFAULT_MIN_CONFIDENCE, trusted } from '../prereq/trust.ts';

export interface Placement {
  x: number;
  y: number;
  /** Column of a learnable in the `requires` DAG (0 = no prerequisites); -1 for pathways. */
  layer: number;
}

export interface Layout {
  positions: Record<NodeId, Placement>;
  /** Topics that need each learnable, transitively over `requires`. */
  dependents: Record<NodeId, number>;
}

/** Screen shape the map aims for when a layer is too tall and wraps into sub-columns. */
const TARGET_ASPECT = 1.6;
/** A column holds a label, so it is many rows wide. */
const COLUMN_WIDTH = 10;
/** Rows may be spread this far apart to fill a screen when the map is short and wide. */
const MAX_ROW_SPREAD = 5;
/** Rows between two learning paths' bands: room for the path's title. */
const BAND_GAP = 4;

/** Layer = longest chain of prerequisites above a learnable. Iterative, and cycle-safe: a cycle is cut at its earliest member. */
export function requiresLayers(graph: AtlasGraph, learnables: NodeId[]): Map<NodeId, number> {
  const inSet = new Set(learnables);
  const pending = new Map<NodeId, number>();
  for (const id of learnables) pending.set(id, graph.filterInEdges(id, (_e, a, src) => a.kind === 'requires' && inSet.has(src)).length);
  const layer = new Map<NodeId, number>(learnables.map((id) => [id, 0]));
  const done = new Set<NodeId>();
  const queue = learnables.filter((id) => pending.get(id) === 0);
  let cursor = 0;
  while (done.size < learnables.length) {
    if (cursor === queue.length) {
      // Only cycles are left: release the earliest unfinished learnable as if its open prerequisites were met.
      const forced = learnables.find((id) => !done.has(id)) as NodeId;
      queue.push(forced);
    }
    const id = queue[cursor++] as NodeId;
    if (done.has(id)) continue;
    done.add(id);
    graph.forEachOutEdge(id, (_e, a, _src, dst) => {
      if (a.kind !== 'requires' || !inSet.has(dst) || done.has(dst)) return;
      layer.set(dst, Math.max(layer.get(dst) ?? 0, (layer.get(id) ?? 0) + 1));
      const left = (pending.get(dst) ?? 1) - 1;
      pending.set(dst, left);
      if (left === 0) queue.push(dst);
    });
  }
  return layer;
}

/** Bits per word of the reachability sets, and words per node in one pass. */
const WORD = 32;
const WORDS = 64;

const popcount = (x: number): number => {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
};

/**
 * How many topics build on each learnable: the size of `buildsOn` (prereq/walk.ts) for each, at the
 * same trust, computed for all at once. A search per learnable is quadratic on long chains, so:
 * the prerequisite graph with a hub per document (a document-level edge leaves its topics' shared
 * "out" hub and enters a container's "in" hub, which leads to each of its topics), its strongly
 * connected components (a prerequisite cycle is one component: each member reaches all the
 * others), then, in reverse topological order, each component's set of reachable topics as the
 * union of its successors' sets, in bitsets of WORDS × 32 nodes a pass. Linear in the edges per
 * pass, n / 2048 passes: a 50k chain takes a fraction of a second.
 */
export function dependentCounts(
  graph: AtlasGraph,
  learnables: NodeId[],
  minConfidence: number = DEFAULT_MIN_CONFIDENCE,
): Record<NodeId, number> {
  // Learnables first (0..learnables-1, the only nodes counted), then hubs as they are met.
  const numbers = new Interner();
  const ids = numbers.values;
  const number = (id: NodeId): number => numbers.index(id);
  for (const id of learnables) number(id);
  const counted = learnables.length;
  const hubOut = (doc: NodeId): number => number(`\0out\0${doc}`);
  const hubIn = (container: NodeId): number => number(`\0in\0${container}`);
  const step = (dst: NodeId): number => (isLearnable(graph.getNodeAttributes(dst)) ? number(dst) : hubIn(dst));
  const trustedOut = (from: NodeId): number[] => {
    const out: number[] = [];
    graph.forEachOutEdge(from, (_e, a, _src, dst) => {
      if (a.kind === 'requires' && trusted(a, minConfidence)) out.push(step(dst));
    });
    return out;
  };
  const succ: number[][] = [];
  for (let v = 0; v < ids.length; v++) {
    const id = ids[v] as NodeId;
    if (v < counted) {
      const a = graph.getNodeAttributes(id);
      const out = trustedOut(id);
      if (isLearnable(a) && graph.hasNode(a.doc)) out.push(hubOut(a.doc));
      succ.push(out);
    } else {
      const [, side, container] = id.split('\0') as [string, string, NodeId];
      succ.push(side === 'out' ? trustedOut(container) : learnablesOf(graph, container).map(number));
    }
  }
  const n = ids.length;

  // Components come out sinks first (reverse topological order).
  const from: number[] = [];
  const to: number[] = [];
  succ.forEach((out, v) => {
    for (const w of out) {
      from.push(v);
      to.push(w);
    }
  });
  const { component: comp, count } = stronglyConnectedComponents(n, rowsOf(n, from, to));
  const sizes = new Array<number>(count).fill(0);
  for (let v = 0; v < n; v++) sizes[comp[v] as number] = (sizes[comp[v] as number] as number) + 1;

  // Each component's successor components, once each.
  const comps = sizes.length;
  const members: number[][] = sizes.map(() => []);
  for (let v = 0; v < n; v++) (members[comp[v] as number] as number[]).push(v);
  const mark = new Int32Array(comps).fill(-1);
  const next: number[][] = members.map((vs, c) => {
    const out: number[] = [];
    for (const v of vs)
      for (const w of succ[v] as number[]) {
        const d = comp[w] as number;
        if (d !== c && mark[d] !== c) {
          mark[d] = c;
          out.push(d);
        }
      }
    return out;
  });

  // reach(c) = ∪ over successors d of (members(d) ∪ reach(d)), a window of nodes at a time.
  // Most components reach nothing in a given window: flags let them skip the word loops.
  const reached = new Float64Array(comps);
  const reach = new Uint32Array(comps * WORDS);
  const own = new Uint32Array(comps * WORDS);
  const hasReach = new Uint8Array(comps);
  const hasOwn = new Uint8Array(comps);
  for (let lo = 0; lo < n; lo += WORDS * WORD) {
    reach.fill(0);
    own.fill(0);
    hasReach.fill(0);
    hasOwn.fill(0);
    const hi = Math.min(n, lo + WORDS * WORD);
    for (let v = lo; v < Math.min(hi, counted); v++) {
      own[(comp[v] as number) * WORDS + ((v - lo) >>> 5)]! |= 1 << ((v - lo) & 31);
      hasOwn[comp[v] as number] = 1;
    }
    for (let c = 0; c < comps; c++) {
      const base = c * WORDS;
      for (const d of next[c] as number[]) {
        if (hasReach[d] === 0 && hasOwn[d] === 0) continue;
        hasReach[c] = 1;
        const from = d * WORDS;
        for (let k = 0; k < WORDS; k++) reach[base + k]! |= (reach[from + k] as number) | (own[from + k] as number);
      }
      if (hasReach[c] === 0) continue;
      let total = 0;
      for (let k = 0; k < WORDS; k++) total += popcount(reach[base + k] as number);
      reached[c]! += total;
    }
  }

  const topicsIn = new Float64Array(comps);
  for (let v = 0; v < counted; v++) topicsIn[comp[v] as number]!++;
  const out: Record<NodeId, number> = {};
  for (const id of learnables) {
    const c = comp[number(id)] as number;
    // A cycle's members reach each other: all of the component's topics but the learnable itself.
    out[id] = (reached[c] as number) + (topicsIn[c] as number) - 1;
  }
  return out;
}

/** The learning path a node belongs to, for banding; documents at the root form their own band. */
function bandOf(graph: AtlasGraph, a: NodeAttributes): string {
  if (!('doc' in a) || typeof a.doc !== 'string' || !graph.hasNode(a.doc)) return '';
  const doc = graph.getNodeAttributes(a.doc);
  return doc.kind === 'doc' ? (doc.path ?? a.doc) : '';
}

export function layeredLayout(graph: AtlasGraph): Layout {
  const learnables = graph.filterNodes((_id, a) => isLearnable(a));
  const orderOf = (id: NodeId): number => {
    const a = graph.getNodeAttributes(id);
    return 'order' in a ? a.order : 0;
  };
  learnables.sort((x, y) => orderOf(x) - orderOf(y));
  const layers = requiresLayers(graph, learnables);

  // band → layer → learnables in document order (which keeps each section together).
  const bands = new Map<string, Map<number, NodeId[]>>();
  for (const id of learnables) {
    const band = bandOf(graph, graph.getNodeAttributes(id));
    const cells = bands.get(band) ?? bands.set(band, new Map()).get(band)!;
    const layer = layers.get(id) ?? 0;
    (cells.get(layer) ?? cells.set(layer, []).get(layer)!).push(id);
  }
  const pathways = new Map<string, NodeId[]>();
  graph.forEachNode((id, a) => {
    if (a.kind !== 'pathway') return;
    const band = bandOf(graph, a);
    if (!bands.has(band)) bands.set(band, new Map());
    (pathways.get(band) ?? pathways.set(band, []).get(band)!).push(id);
  });

  const maxRows = chooseRowLimit([...bands.entries()].map(([band, cells]) => ({ cells, pathways: pathways.get(band)?.length ?? 0 })));
  const positions: Record<NodeId, Placement> = {};
  // Sub-columns each layer needs, over all bands, so that a layer is one vertical stripe across the map.
  const layerWidth = new Map<number, number>();
  for (const cells of bands.values())
    for (const [layer, ids] of cells) layerWidth.set(layer, Math.max(layerWidth.get(layer) ?? 1, Math.ceil(ids.length / maxRows)));
  const layerX = new Map<number, number>();
  let x = 0;
  for (const layer of [...layerWidth.keys()].sort((a, b) => a - b)) {
    layerX.set(layer, x);
    x += (layerWidth.get(layer) ?? 1) * COLUMN_WIDTH;
  }

  let top = 0;
  for (const [band, cells] of bands) {
    let rows = 0;
    for (const [layer, ids] of cells) {
      ids.forEach((id, i) => {
        const sub = Math.floor(i / maxRows);
        const row = i % maxRows;
        positions[id] = { x: (layerX.get(layer) ?? 0) + sub * COLUMN_WIDTH, y: -(top + row), layer };
        rows = Math.max(rows, row + 1);
      });
    }
    (pathways.get(band) ?? []).forEach((id, i) => {
      positions[id] = { x: -COLUMN_WIDTH, y: -(top + i * 1.5), layer: -1 };
      rows = Math.max(rows, i * 1.5 + 1);
    });
    top += rows + BAND_GAP;
  }
  spreadRows(positions, x, top);
  placeSatellites(graph, positions);
  return { positions, dependents: dependentCounts(graph, learnables) };
}

/** A short, wide map would sit in a thin strip across the screen: spread its rows apart. */
function spreadRows(positions: Record<NodeId, Placement>, width: number, height: number): void {
  const spread = Math.min(MAX_ROW_SPREAD, Math.max(1, (width + COLUMN_WIDTH) / (Math.max(height, 1) * TARGET_ASPECT)));
  for (const p of Object.values(positions)) p.y *= spread;
}

/** The largest rows-per-column that keeps the whole map near TARGET_ASPECT (wide, like a screen). */
function chooseRowLimit(bands: { cells: Map<number, NodeId[]>; pathways: number }[]): number {
  let best = 8;
  let bestScore = Infinity;
  for (let rows = 4; rows <= 60; rows++) {
    const widths = new Map<number, number>();
    let height = 0;
    for (const { cells, pathways } of bands) {
      let bandRows = pathways * 1.5;
      for (const [layer, ids] of cells) {
        widths.set(layer, Math.max(widths.get(layer) ?? 1, Math.ceil(ids.length / rows)));
        bandRows = Math.max(bandRows, Math.min(rows, ids.length));
      }
      height += bandRows + BAND_GAP;
    }
    const width = ([...widths.values()].reduce((a, b) => a + b, 0) + 1) * COLUMN_WIDTH;
    const score = Math.abs(Math.log(width / Math.max(height, 1) / TARGET_ASPECT));
    if (score < bestScore - 1e-9) {
      best = rows;
      bestScore = score;
    }
  }
  return best;
}

/** Concepts fan out above-right of their topic and resources below-right of the first topic citing them. */
function placeSatellites(graph: AtlasGraph, positions: Record<NodeId, Placement>): void {
  const fan = (anchor: Placement, items: NodeId[], side: 1 | -1): void => {
    items.forEach((id, i) => {
      const angle = (side * Math.PI * (i + 1)) / (2 * (items.length + 1));
      positions[id] = { x: anchor.x + Math.cos(angle) * 1.6, y: anchor.y + Math.sin(angle) * 0.45, layer: anchor.layer };
    });
  };
  graph.forEachNode((id, a) => {
    const anchor = positions[id];
    if (anchor === undefined || !isLearnable(a)) return;
    fan(
      anchor,
      graph.filterOutNeighbors(id, (_n, na) => na.kind === 'concept'),
      1,
    );
    fan(
      anchor,
      graph.filterInNeighbors(id, (n, na) => na.kind === 'resource' && positions[n] === undefined && firstTopicCiting(graph, n) === id),
      -1,
    );
  });
}

function firstTopicCiting(graph: AtlasGraph, resource: NodeId): NodeId | undefined {
  let first: NodeId | undefined;
  let firstOrder = Infinity;
  graph.forEachOutEdge(resource, (_e, a, _src, dst) => {
    const t = graph.getNodeAttributes(dst);
    if (a.kind === 'teaches' && isLearnable(t) && t.order < firstOrder) {
      first = dst;
      firstOrder = t.order;
    }
  });
  return first;
}
