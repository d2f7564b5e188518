// The prerequisite graph as typed arrays, built with one pass over the nodes and one over the edges
// (per-node graphology traversal costs ~10x more per edge) and kept per graph until the graph
// changes: the page plans again on every click, and a million-topic index is worth keeping.
import type {
  AtlasGraph,
  EdgeAttributes,
  MilestoneAttributes,
  NodeAttributes,
  NodeId,
  RequiresAttributes,
  ResourceAttributes,
  TopicAttributes,
} from '../types.ts';
import { ORIGINS } from '../types.ts';
import { expandContainerEdges, isContainer, type ContainerEdge } from './containers.ts';
import { groupEdges } from './csr.ts';
import { Interner } from '../interner.ts';
import { Scratch } from './scratch.ts';

export type Learnable = TopicAttributes | MilestoneAttributes;

/** No value, in the per-topic arrays below. */
export const NONE = -1;

export interface Requirements {
  /**
   * Nodes: topics and milestones 0..learnables-1 in graph order, then one hub per document, section
   * or path that a requires edge starts from (see containers.ts). Hubs are never steps.
   */
  n: number;
  learnables: number;
  ids: NodeId[];
  labels: string[];
  order: Float64Array;
  /** Position in document order (by `order`, then graph order), and its inverse. */
  rank: Int32Array;
  byRank: Int32Array;
  milestone: Uint8Array;
  /** The topic's own duration, mean weeks, or NONE. */
  weeks: Float64Array;
  /** Index into docIds; index into sectionIds or NONE. */
  doc: Int32Array;
  section: Int32Array;
  /** Section coherence: the topic's section, or its document when it has none. */
  group: Int32Array;
  docIds: NodeId[];
  /** Per document: its duration in mean weeks or NONE, and how many topics and milestones it has. */
  docWeeks: Float64Array;
  docTopics: Int32Array;
  sectionIds: NodeId[];
  /** Per section: its label, null when the section node is missing. */
  sectionLabels: (string | null)[];
  /** Every `requires` edge between nodes: edge e is edgeFrom[e] (prerequisite) → edgeTo[e] (dependent). */
  m: number;
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  edgeConfidence: Float64Array;
  /** The index of each edge's origin in ORIGINS (explicit first, inferred last): which edge a cycle gives up first, and which can fall below minConfidence. */
  edgeOrigin: Uint8Array;
  /** Edges expanded from container-level edges: the edge they stand for, null for a topic's edge to its hub. */
  derived: Map<number, RequiresAttributes | null>;
  /** Edges into v are inEdges[inStart[v]] .. inEdges[inStart[v + 1] - 1]; likewise out of v. */
  inStart: Int32Array;
  inEdges: Int32Array;
  outStart: Int32Array;
  outEdges: Int32Array;
  /** Concept children (`contains` → concept) per topic. */
  concepts: Uint32Array;
  /** `teaches` edges from resources: teachTo[i] is the topic, teachBy[i] the resource. */
  teachTo: number[];
  teachBy: ResourceAttributes[];
  /** Index of a topic or milestone id, -1 for any other node. */
  indexOf(id: NodeId): number;
  /** Working arrays for plans of this graph. */
  scratch: Scratch;
}

/** The index of `inferred` in ORIGINS, the one origin that can fall below the trust threshold. */
export const INFERRED = ORIGINS.indexOf('inferred');

const cache = new WeakMap<AtlasGraph, Requirements>();
const watched = new WeakSet<AtlasGraph>();
/** Changes after which the index is made anew. */
const CHANGES = [
  'nodeDropped',
  'edgeDropped',
  'cleared',
  'edgesCleared',
  'nodeAttributesUpdated',
  'edgeAttributesUpdated',
  'eachNodeAttributesUpdated',
  'eachEdgeAttributesUpdated',
] as const;

/**
 * The index of `graph`, built on first use and forgotten on any change graphology reports (attribute
 * objects mutated in place, behind graphology's back, are not seen: nothing in Atlas does that),
 * but for the details the page joins after its first plan: concepts, resources and related topics
 * change only what a step's effort and resources read, and are added to the index as they come.
 */
export function requirementsOf(graph: AtlasGraph): Requirements {
  const known = cache.get(graph);
  if (known !== undefined) return known;
  if (!watched.has(graph)) {
    watched.add(graph);
    const forget = () => cache.delete(graph);
    for (const event of CHANGES) graph.on(event, forget);
    graph.on('nodeAdded', ({ attributes }) => {
      if (attributes.kind !== 'concept' && attributes.kind !== 'resource') forget();
    });
    graph.on('edgeAdded', ({ source, target, attributes }) => {
      const req = cache.get(graph);
      if (req !== undefined && !addDetail(graph, req, source, target, attributes)) forget();
    });
  }
  const req = indexRequirements(graph);
  cache.set(graph, req);
  return req;
}

/**
 * A new edge into the index as `indexRequirements` would read it, last of its kind as it is last in
 * the graph; false for an edge the index cannot take in place (a prerequisite, say).
 */
function addDetail(graph: AtlasGraph, req: Requirements, source: NodeId, target: NodeId, e: EdgeAttributes): boolean {
  if (e.kind === 'related') return true;
  if (e.kind !== 'teaches' && e.kind !== 'contains') return false;
  const sa = graph.getNodeAttributes(source);
  const ta = graph.getNodeAttributes(target);
  if (e.kind === 'teaches') {
    if (sa.kind === 'resource' && isLearnableAttrs(ta)) {
      req.teachTo.push(req.indexOf(target));
      req.teachBy.push(sa);
    }
    return true;
  }
  if (ta.kind !== 'concept') return false;
  if (isLearnableAttrs(sa)) {
    const v = req.indexOf(source);
    req.concepts[v] = (req.concepts[v] as number) + 1;
  }
  return true;
}

function isLearnableAttrs(a: NodeAttributes): a is Learnable {
  return a.kind === 'topic' || a.kind === 'milestone';
}

export function indexRequirements(graph: AtlasGraph): Requirements {
  const ids: NodeId[] = [];
  const attrs: Learnable[] = [];
  graph.forEachNode((id, a) => {
    if (isLearnableAttrs(a)) {
      ids.push(id);
      attrs.push(a);
    }
  });
  const n = ids.length;
  const labels = new Array<string>(n);
  const order = new Float64Array(n);
  const milestone = new Uint8Array(n);
  const weeks = new Float64Array(n);
  const doc = new Int32Array(n);
  const section = new Int32Array(n);
  const docs = new Interner();
  const sections = new Interner();
  for (let i = 0; i < n; i++) {
    const a = attrs[i] as Learnable;
    labels[i] = a.label;
    order[i] = a.order;
    milestone[i] = a.kind === 'milestone' ? 1 : 0;
    weeks[i] = a.weeks ? (a.weeks.min + a.weeks.max) / 2 : NONE;
    doc[i] = docs.index(a.doc);
    section[i] = a.section === null ? NONE : sections.index(a.section);
  }
  const group = new Int32Array(n);
  for (let i = 0; i < n; i++) group[i] = (section[i] as number) >= 0 ? (section[i] as number) : sections.values.length + (doc[i] as number);
  const docWeeks = new Float64Array(docs.values.length).fill(NONE);
  const docTopics = new Int32Array(docs.values.length);
  docs.values.forEach((id, d) => {
    const a = graph.hasNode(id) ? graph.getNodeAttributes(id) : null;
    if (a?.kind === 'doc' && a.weeks) docWeeks[d] = (a.weeks.min + a.weeks.max) / 2;
  });
  for (const d of doc) docTopics[d] = (docTopics[d] as number) + 1;
  const sectionLabels = sections.values.map((id) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : null));

  const bySlot = orderSlots(order);
  const byId = bySlot === null ? new Map(ids.map((id, i) => [id, i])) : null;
  const { rank, byRank } = ranks(order, bySlot);
  // With unique integer orders (what the ingest writes) an attribute read replaces a string lookup.
  const indexOfAttrs = (a: Learnable, id: NodeId): number => (bySlot !== null ? (bySlot[a.order] as number) : (byId?.get(id) as number));

  // Sized for every edge and trimmed after: a second pass over a million edges costs more than the memory.
  const capacity = graph.size;
  let edgeFrom = new Int32Array(capacity);
  let edgeTo = new Int32Array(capacity);
  let edgeConfidence = new Float64Array(capacity);
  let edgeOrigin = new Uint8Array(capacity);
  const concepts = new Uint32Array(n);
  const teachTo: number[] = [];
  const teachBy: ResourceAttributes[] = [];
  let m = 0;
  const containerEdges: ContainerEdge[] = [];
  graph.forEachEdge((_key, e, s, t, sa, ta) => {
    if (e.kind === 'requires') {
      if (!isLearnableAttrs(sa) || !isLearnableAttrs(ta)) {
        if ((isContainer(sa) || isLearnableAttrs(sa)) && (isContainer(ta) || isLearnableAttrs(ta)))
          containerEdges.push({ from: s, to: t, attributes: e });
        return;
      }
      edgeFrom[m] = indexOfAttrs(sa, s);
      edgeTo[m] = indexOfAttrs(ta, t);
      edgeConfidence[m] = e.confidence;
      edgeOrigin[m++] = ORIGINS.indexOf(e.origin);
    } else if (e.kind === 'teaches') {
      if (sa.kind !== 'resource' || !isLearnableAttrs(ta)) return;
      teachTo.push(indexOfAttrs(ta, t));
      teachBy.push(sa);
    } else if (e.kind === 'contains') {
      if (ta.kind !== 'concept' || !isLearnableAttrs(sa)) return;
      const v = indexOfAttrs(sa, s);
      concepts[v] = (concepts[v] as number) + 1;
    }
  });
  const expansion = expandContainerEdges(graph, containerEdges, (id) => indexOfAttrs(graph.getNodeAttributes(id) as Learnable, id), n);
  const derived = new Map<number, RequiresAttributes | null>();
  const total = m + expansion.from.length;
  if (total > capacity) {
    edgeFrom = grow(edgeFrom, total);
    edgeTo = grow(edgeTo, total);
    edgeConfidence = grow(edgeConfidence, total);
    edgeOrigin = grow(edgeOrigin, total);
  }
  expansion.from.forEach((from, i) => {
    edgeFrom[m] = from;
    edgeTo[m] = expansion.to[i] as number;
    edgeConfidence[m] = expansion.confidence[i] as number;
    edgeOrigin[m] = expansion.origin[i] as number;
    derived.set(m++, expansion.derived[i] ?? null);
  });
  if (m < edgeFrom.length) {
    edgeFrom = edgeFrom.subarray(0, m);
    edgeTo = edgeTo.subarray(0, m);
    edgeConfidence = edgeConfidence.subarray(0, m);
    edgeOrigin = edgeOrigin.subarray(0, m);
  }
  const facts = withHubs({ labels, order, milestone, weeks, doc, section, group, rank }, expansion.hubs);
  const nodes = n + expansion.hubs.length;
  const into = groupEdges(nodes, edgeTo, m);
  const out = groupEdges(nodes, edgeFrom, m);

  return {
    n: nodes,
    learnables: n,
    ids: [...ids, ...expansion.hubs.map((h) => h.id)],
    ...facts,
    byRank,
    docIds: docs.values,
    docWeeks,
    docTopics,
    sectionIds: sections.values,
    sectionLabels,
    m,
    edgeFrom,
    edgeTo,
    edgeConfidence,
    edgeOrigin,
    derived,
    inStart: into.start,
    inEdges: into.edges,
    outStart: out.start,
    outEdges: out.edges,
    concepts,
    teachTo,
    teachBy,
    scratch: new Scratch(),
    indexOf(id) {
      if (!graph.hasNode(id)) return -1;
      const a = graph.getNodeAttributes(id);
      return isLearnableAttrs(a) ? indexOfAttrs(a, id) : -1;
    },
  };
}

interface NodeFacts {
  labels: string[];
  order: Float64Array;
  milestone: Uint8Array;
  weeks: Float64Array;
  doc: Int32Array;
  section: Int32Array;
  group: Int32Array;
  rank: Int32Array;
}

/** The per-node arrays extended over the hubs: labelled and ordered like their container, nothing else. */
function withHubs(facts: NodeFacts, hubs: { label: string; order: number }[]): NodeFacts {
  if (hubs.length === 0) return facts;
  const n = facts.labels.length;
  const extend = <T extends Float64Array | Int32Array | Uint8Array>(a: T, value: number): T => {
    const b = grow(a, n + hubs.length);
    b.fill(value, n);
    return b;
  };
  return {
    labels: [...facts.labels, ...hubs.map((h) => h.label)],
    order: Float64Array.from([...facts.order, ...hubs.map((h) => h.order)]),
    milestone: extend(facts.milestone, 0),
    weeks: extend(facts.weeks, NONE),
    doc: extend(facts.doc, NONE),
    section: extend(facts.section, NONE),
    group: extend(facts.group, NONE),
    rank: extend(facts.rank, NONE),
  };
}

/** A copy of `a` with room for `length` elements. */
function grow<T extends Float64Array | Int32Array | Uint8Array>(a: T, length: number): T {
  const b = new (a.constructor as new (length: number) => T)(length);
  b.set(a);
  return b;
}

function ranks(order: Float64Array, bySlot: Int32Array | null): { rank: Int32Array; byRank: Int32Array } {
  const n = order.length;
  const rank = new Int32Array(n);
  const byRank = new Int32Array(n);
  if (bySlot !== null) {
    let r = 0;
    for (const i of bySlot) if (i >= 0) byRank[r++] = i;
  } else {
    byRank.set(Array.from({ length: n }, (_, i) => i).sort((a, b) => (order[a] as number) - (order[b] as number) || a - b));
  }
  byRank.forEach((i, r) => (rank[i] = r));
  return { rank, byRank };
}

/** order → index when orders are unique non-negative integers of modest range, else null. */
function orderSlots(order: Float64Array): Int32Array | null {
  let max = -1;
  for (const o of order) {
    if (!Number.isInteger(o) || o < 0) return null;
    if (o > max) max = o;
  }
  if (max >= 4 * order.length + 1024) return null;
  const slots = new Int32Array(max + 1).fill(-1);
  for (let i = 0; i < order.length; i++) {
    const o = order[i] as number;
    if (slots[o] !== -1) return null;
    slots[o] = i;
  }
  return slots;
}
