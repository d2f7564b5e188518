// How each node and edge should look for a given view: hidden by a filter, faded, normal or
// highlighted. One pure function feeds both the map's reducers and the outline, so the two can
// never disagree about what the reader's background makes "already known".
import type { EdgeKind, NodeAttributes, NodeId, Origin, Signal } from '../../core/types';
import { isLearnable } from '../../core/types';
import { buildsOn, needsFirst, pathwaysForBackground, trusted } from '../../core/rules';
import type { AtlasModel } from '../data/model';
import { conceptsOf, pathwaysOn, pathwayTopics, resourcesOf, topicsCiting } from '../data/queries';
import { MAP_KINDS, type MapEdgeKind, type MapKind, type ViewState } from './view';

export type Emphasis = 'hidden' | 'faded' | 'normal' | 'highlighted';

/** What the filters read of an edge: its kind and, for `requires`, its origin and confidence. */
export interface EdgeFacts {
  kind: EdgeKind;
  origin?: Origin;
  confidence?: number;
  /** For an inferred prerequisite, the kinds of evidence behind it. */
  signals?: readonly Signal[];
}

export interface Appearance {
  node: (id: NodeId) => Emphasis;
  edge: (facts: EdgeFacts, source: NodeId, target: NodeId) => Emphasis;
  /** Topics the chosen background treats as known, and those it says to focus on. */
  assumed: ReadonlySet<NodeId>;
  focused: ReadonlySet<NodeId>;
  /** The hovered or selected node whose neighbourhood is lit, if any. */
  focus: NodeId | null;
  /** The plan's steps and their 1-based numbers; empty without a plan. */
  order: ReadonlyMap<NodeId, number>;
}

/** The pathways a `bg` value names, for these goals: the core's one rule (pathwaysForBackground). */
export function backgroundPathways(model: AtlasModel, bg: string | null, goals: readonly NodeId[] = []): NodeId[] {
  return bg === null ? [] : pathwaysForBackground(model.graph, bg, goals);
}

const isMapKind = (kind: string): kind is MapKind => (MAP_KINDS as readonly string[]).includes(kind);

function edgeCategory(a: EdgeFacts): MapEdgeKind | MapKind | null {
  switch (a.kind) {
    case 'requires':
    case 'related':
      return a.kind;
    case 'assumes':
    case 'focuses':
      return 'background';
    case 'contains':
      return 'concept';
    case 'teaches':
      return 'resource';
    case 'next':
    case 'links':
      return null;
  }
}

/** `route`: the plan's steps in order; with one, the map lights the route and fades the rest. */
export function appearance(model: AtlasModel, view: ViewState, hover: NodeId | null, route: readonly NodeId[] = []): Appearance {
  const order = new Map(route.map((id, i) => [id, i + 1]));
  const { graph } = model;
  const bgPathways = backgroundPathways(model, view.bg, view.targets);
  const assumed = new Set(bgPathways.flatMap((p) => pathwayTopics(graph, p, 'assumes')));
  const focused = new Set(bgPathways.flatMap((p) => pathwayTopics(graph, p, 'focuses')));
  const signalPasses = (a: EdgeFacts): boolean =>
    a.signals === undefined || a.signals.length === 0 || a.signals.some((s) => view.signals.includes(s));
  const edgePasses = (a: EdgeFacts): boolean =>
    a.kind !== 'requires' ||
    (a.origin !== undefined &&
      view.origins.includes(a.origin) &&
      signalPasses(a) &&
      trusted({ origin: a.origin, confidence: a.confidence ?? 0 }, view.minConfidence));

  const inScope = (id: NodeId, a: NodeAttributes): boolean => {
    if (view.paths.length > 0 && !view.paths.includes(model.pathOf(id))) return false;
    if (view.section === null) return true;
    const topic = isLearnable(a) ? id : model.topicOf(id);
    const t = topic === null ? undefined : graph.getNodeAttributes(topic);
    return t !== undefined && isLearnable(t) && t.section === view.section;
  };
  const hidden = hiddenNodes(model, view, inScope);

  const candidate = hover ?? view.node;
  const focus = candidate !== null && graph.hasNode(candidate) && !hidden.has(candidate) ? candidate : null;
  const lit = focus === null ? null : neighbourhood(model, focus, view.minConfidence);

  const node = (id: NodeId): Emphasis => {
    if (hidden.has(id) || !graph.hasNode(id)) return 'hidden';
    if (lit !== null) return lit.has(id) ? 'highlighted' : 'faded';
    if (order.size > 0) return order.has(id) ? 'highlighted' : 'faded';
    if (assumed.has(id)) return 'faded';
    return focused.has(id) ? 'highlighted' : 'normal';
  };
  const edge = (a: EdgeFacts, source: NodeId, target: NodeId): Emphasis => {
    const category = edgeCategory(a);
    if (category === null || !edgePasses(a) || hidden.has(source) || hidden.has(target)) return 'hidden';
    const touchesFocus = focus !== null && (source === focus || target === focus);
    // A switched-off edge kind still shows around the node in focus: that is where it explains something.
    const enabled = isMapKind(category) ? view.kinds.includes(category) : view.edges.includes(category) || touchesFocus;
    if (!enabled) return 'hidden';
    if (lit !== null) return lit.has(source) && lit.has(target) ? 'highlighted' : 'faded';
    if (order.size > 0) return order.has(source) && order.has(target) ? 'highlighted' : 'faded';
    if (assumed.has(source) || assumed.has(target)) return 'faded';
    return 'normal';
  };
  return { node, edge, assumed, focused, focus, order };
}

/**
 * What the filters hide, kept per model for the filters that decide it: a plan or a hover changes
 * the look on every click, and walking a large graph's every node again for each cost more than
 * the plan. The graph's size is in the key: concepts and resources arriving add nodes to hide.
 */
const hiddenCache = new WeakMap<AtlasModel, { key: string; hidden: ReadonlySet<NodeId> }>();
function hiddenNodes(model: AtlasModel, view: ViewState, inScope: (id: NodeId, a: NodeAttributes) => boolean): ReadonlySet<NodeId> {
  const key = JSON.stringify([view.kinds, view.paths, view.section, model.graph.order]);
  const known = hiddenCache.get(model);
  if (known?.key === key) return known.hidden;
  const hidden = new Set<NodeId>();
  model.graph.forEachNode((id, a) => {
    if (!isMapKind(a.kind) || !view.kinds.includes(a.kind) || !inScope(id, a)) hidden.add(id);
  });
  hiddenCache.set(model, { key, hidden });
  return hidden;
}

/**
 * The focus, everything it needs and everything that builds on it (the core's walks, at the view's
 * trust: the origin checkboxes hide edges, they do not change what a topic needs), and what it is made of.
 */
function neighbourhood(model: AtlasModel, focus: NodeId, minConfidence: number): Set<NodeId> {
  const { graph } = model;
  const kind = graph.getNodeAttribute(focus, 'kind');
  const anchors =
    kind === 'resource'
      ? topicsCiting(graph, focus)
      : kind === 'concept'
        ? [model.topicOf(focus)].filter((x): x is NodeId => x !== null)
        : [focus];
  const lit = new Set<NodeId>([focus, ...anchors]);
  for (const topic of anchors) {
    for (const n of needsFirst(graph, topic, minConfidence)) lit.add(n);
    for (const n of buildsOn(graph, topic, minConfidence)) lit.add(n);
    for (const c of conceptsOf(graph, topic)) lit.add(c);
    for (const r of resourcesOf(graph, topic)) lit.add(r.resource);
    for (const p of pathwaysOn(graph, topic)) lit.add(p.pathway);
  }
  if (kind === 'pathway')
    for (const t of [...pathwayTopics(graph, focus, 'assumes'), ...pathwayTopics(graph, focus, 'focuses')]) lit.add(t);
  return lit;
}
