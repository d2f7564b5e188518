// The graph sigma draws: a projection of the data onto the kinds the reader has switched on, with
// positions from the plugin's layout and base colours and sizes from the theme. The data graph is
// never touched; state-dependent looks (hover, selection, filters) come from the reducers.
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, EdgeKind, NodeAttributes, NodeId, Signal } from '../../core/types';
import { isLearnable } from '../../core/types';
import { plural } from '../../core/rules';
import type { EdgeFacts } from '../state/appearance';
import type { MapEdgeKind, MapKind } from '../state/view';
import type { AtlasModel } from '../data/model';
import { EDGE_STROKES, NODE_COLOURS, ORIGIN_STROKES, pathColours } from '../theme';
import { detailLevels, levelCounts, nodesByLevel, type LodInput } from './lod';

export interface DisplayNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: MapKind;
  /** The zoom level from which the node is drawn (lod.ts); 0 = always. */
  lod: number;
}
export interface DisplayEdge extends EdgeFacts {
  color: string;
  size: number;
  type: 'arrow' | 'line';
}
/** Where a learning path's band starts on the map: its title goes just above. */
export interface BandTitle {
  label: string;
  colour: string;
  x: number;
  y: number;
}
export interface DisplayAttributes {
  bands: BandTitle[];
  /** How many nodes each zoom level draws (lod.ts): one entry when the map is drawn whole at every zoom. */
  lodCounts: number[];
  /** The nodes each zoom level adds, by level. */
  lodNodes: NodeId[][];
}
export type DisplayGraph = MultiDirectedGraph<DisplayNode, DisplayEdge, DisplayAttributes>;

const DRAWN_EDGES = new Set(['requires', 'assumes', 'focuses', 'related', 'contains', 'teaches']);
/** The filter that switches an edge kind on and off; `contains` and `teaches` come with their nodes. */
const EDGE_SWITCH: Partial<Record<EdgeKind, MapEdgeKind>> = {
  requires: 'requires',
  related: 'related',
  assumes: 'background',
  focuses: 'background',
};
const switchedOn = (kind: EdgeKind, edges: readonly MapEdgeKind[] | undefined): boolean => {
  const filter = EDGE_SWITCH[kind];
  return edges === undefined || filter === undefined || edges.includes(filter);
};

export function nodeSize(model: AtlasModel, a: NodeAttributes, dependents: number): number {
  if (isLearnable(a)) return 4 + (8 * Math.log1p(dependents)) / Math.log1p(Math.max(model.maxDependents, 1));
  return a.kind === 'pathway' ? 6 : a.kind === 'resource' ? 2.5 : 2;
}

/**
 * `horizontal`: prerequisites flow left → right, paths are bands from top to bottom.
 * `vertical` (portrait screens): they flow top → down, paths side by side.
 */
export type Orientation = 'horizontal' | 'vertical';

/** A map area this much taller than wide is read top → down. */
export const orientationFor = (width: number, height: number): Orientation => (height > width * 1.2 ? 'vertical' : 'horizontal');

/**
 * `edges`: the edge kinds switched on. The others stay out of the graph: sigma uploads every edge
 * it holds on every frame, hidden or not, and on a large map the switched-off kinds outnumber the
 * drawn ones. (The node in focus still shows its own: see focusEdges.)
 */
export function displayGraph(
  model: AtlasModel,
  kinds: readonly MapKind[],
  orientation: Orientation = 'horizontal',
  edges?: readonly MapEdgeKind[],
): DisplayGraph {
  const { graph, placements } = model;
  const colourOf = pathColours(model.paths.map((p) => p.id));
  const out: DisplayGraph = new MultiDirectedGraph();
  const shown: (LodInput & { a: NodeAttributes; x: number; y: number })[] = [];
  graph.forEachNode((id, a) => {
    const p = placements.get(id);
    if (p === undefined || !(kinds as readonly string[]).includes(a.kind)) return;
    const [x, y] = orientation === 'horizontal' ? [p.x, p.y] : [-p.y, -p.x];
    shown.push({ id, kind: a.kind as MapKind, dependents: p.dependents, a, x, y });
  });
  const levels = detailLevels(shown);
  shown.forEach(({ id, kind, dependents, a, x, y }, i) => {
    const color = kind === 'concept' || kind === 'resource' || kind === 'pathway' ? NODE_COLOURS[kind] : colourOf(model.pathOf(id));
    out.addNode(id, { x, y, size: nodeSize(model, a, dependents), color, label: a.label, kind, lod: levels[i] as number });
  });
  out.setAttribute('lodCounts', levelCounts(levels));
  out.setAttribute(
    'lodNodes',
    nodesByLevel(
      shown.map((n) => n.id),
      levels,
    ),
  );
  // Which kinds are drawn is decided once, not per edge: the data graph has tens of thousands.
  const drawn = new Set([...DRAWN_EDGES].filter((kind) => switchedOn(kind as EdgeKind, edges)));
  graph.forEachEdge((key, a, source, target) => {
    if (!drawn.has(a.kind) || !out.hasNode(source) || !out.hasNode(target)) return;
    // The data graph's key: generating a fresh one costs more than the edge itself on large maps.
    out.addEdgeWithKey(key, source, target, edgeLook(a));
  });
  out.setAttribute('bands', orientation === 'horizontal' ? bandTitles(model, out, colourOf) : []);
  return out;
}

export interface ExtraEdge {
  key: string;
  source: NodeId;
  target: NodeId;
  attributes: DisplayEdge;
}

/**
 * The node in focus's own edges of switched-off kinds: around it they explain something, so the
 * appearance shows them, and the map adds them to the display graph for as long as it is in focus.
 */
export function focusEdges(model: AtlasModel, g: DisplayGraph, focus: NodeId | null): ExtraEdge[] {
  if (focus === null || !g.hasNode(focus)) return [];
  const extra: ExtraEdge[] = [];
  model.graph.forEachEdge(focus, (key, a, source, target) => {
    if (DRAWN_EDGES.has(a.kind) && !g.hasEdge(key) && g.hasNode(source) && g.hasNode(target))
      extra.push({ key, source, target, attributes: edgeLook(a) });
  });
  return extra;
}

/**
 * One title per learning path, in the gap above its band (horizontal maps of several paths only:
 * vertical bands are too narrow for a title).
 */
function bandTitles(model: AtlasModel, g: DisplayGraph, colourOf: (path: NodeId) => string): BandTitle[] {
  const extent = new Map<NodeId, { x: number; top: number; bottom: number }>();
  g.forEachNode((id, a) => {
    if (a.kind !== 'topic' && a.kind !== 'milestone' && a.kind !== 'pathway') return;
    const path = model.pathOf(id);
    const e = extent.get(path) ?? { x: Infinity, top: -Infinity, bottom: Infinity };
    extent.set(path, { x: Math.min(e.x, a.x), top: Math.max(e.top, a.y), bottom: Math.min(e.bottom, a.y) });
  });
  const bands = model.paths.flatMap((p) => {
    const e = extent.get(p.id);
    return e === undefined ? [] : [{ label: p.label, colour: colourOf(p.id), ...e }];
  });
  // A lone path needs no title: the header and the legend name it.
  if (bands.length < 2) return [];
  bands.sort((a, b) => b.top - a.top);
  const gaps = bands.slice(1).map((b, i) => (bands[i] as (typeof bands)[number]).bottom - b.top);
  const typicalGap = Math.min(...gaps);
  return bands.map((b, i) => ({
    label: b.label,
    colour: b.colour,
    x: b.x,
    y: i === 0 ? b.top + typicalGap / 2 : (b.top + (bands[i - 1] as (typeof bands)[number]).bottom) / 2,
  }));
}

function edgeLook(a: EdgeAttributes): DisplayEdge {
  if (a.kind === 'requires') {
    const s = ORIGIN_STROKES[a.origin];
    // One object literal per edge, its fields always in this order: one shape for all of them.
    const look: DisplayEdge = { kind: a.kind, origin: a.origin, confidence: a.confidence, color: s.colour, size: s.size, type: 'arrow' };
    if (a.origin === 'inferred') {
      const signals: Signal[] = [];
      for (const r of a.reasons) if (r.signal) signals.push(r.signal);
      look.signals = signals;
    }
    return look;
  }
  const s = EDGE_STROKES[a.kind as keyof typeof EDGE_STROKES] ?? EDGE_STROKES.contains;
  return { kind: a.kind, color: s.colour, size: s.size, type: 'line' };
}

/** For the canvas's text alternative: what the map shows, in a sentence. */
export function describeMap(model: AtlasModel, g: DisplayGraph, selected: NodeId | null): string {
  const topics = g.filterNodes((_n, a) => a.kind === 'topic' || a.kind === 'milestone').length;
  const edges = g.filterEdges((_e, a) => a.kind === 'requires').length;
  const sel = selected !== null && model.graph.hasNode(selected) ? ` Selected: ${model.graph.getNodeAttribute(selected, 'label')}.` : '';
  return `Map of ${plural(topics, 'topic')} in ${plural(model.paths.length, 'learning path')}, joined by ${plural(edges, 'prerequisite arrow')} that run left to right; each path is a coloured band.${sel} The Outline view lists the same topics for keyboard and screen-reader use.`;
}
