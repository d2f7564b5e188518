// From what a user typed to graph nodes: titles or ids for targets, known and done topics,
// containers expanded to their topics, and a background matched leniently to its pathways.
import { AtlasError } from '../errors.ts';
import { pathwaysForBackground } from '../background.ts';
import { findByTitle, titleMatches } from '../match.ts';
import type { AtlasGraph, NodeId, NodeKind, PathwayAttributes } from '../types.ts';
import { isLearnable } from '../types.ts';
import { TOPIC_HOURS_WANTS, topicHoursOf } from './settings.ts';
import type { NodeRef } from './types.ts';

const NAMEABLE: readonly NodeKind[] = ['topic', 'milestone', 'section', 'doc', 'path', 'pathway'];

export interface Resolved {
  /** The nodes as the user named them. */
  named: NodeRef[];
  /** Their topics and milestones, containers expanded, without duplicates. */
  learnables: NodeId[];
  /** Named containers holding no topic at all. */
  empty: NodeRef[];
  /** Titles that named more than one node: the node taken, and the others (pathways aside), best first. */
  ambiguous: Ambiguity[];
}

export interface Ambiguity {
  name: string;
  id: NodeId;
  others: NodeId[];
}

/** Resolve titles or ids for `role` ("target", "known", "done"); a pathway is never one of them. */
export function resolveNames(graph: AtlasGraph, names: readonly string[], role: string): Resolved {
  const named: NodeRef[] = [];
  const learnables: NodeId[] = [];
  const empty: NodeRef[] = [];
  const ambiguous: Ambiguity[] = [];
  const seen = new Set<NodeId>();
  for (const name of names) {
    const [id, ...others] = resolveName(graph, name) as [NodeId, ...NodeId[]];
    const a = graph.getNodeAttributes(id);
    if (a.kind === 'pathway') throw new AtlasError(`"${name}" is a pathway (a background), not a ${role} topic; pass it as the background`);
    named.push({ id, label: a.label });
    const alternatives = others.filter((o) => graph.getNodeAttribute(o, 'kind') !== 'pathway');
    if (alternatives.length > 0) ambiguous.push({ name, id, others: alternatives });
    const contained = containedLearnables(graph, id);
    if (contained.length === 0) empty.push({ id, label: a.label });
    for (const t of contained) {
      if (!seen.has(t)) {
        seen.add(t);
        learnables.push(t);
      }
    }
  }
  return { named, learnables, empty, ambiguous };
}

/** An id of a nameable node as is, else every node the title names, the one taken first. */
function resolveName(graph: AtlasGraph, name: string): NodeId[] {
  if (graph.hasNode(name)) {
    const kind = graph.getNodeAttribute(name, 'kind');
    if (!NAMEABLE.includes(kind)) throw new AtlasError(`"${name}" is a ${kind}; name a topic, milestone, section, document or path`);
    return [name];
  }
  const matches = titleMatches(graph, name, NAMEABLE);
  return matches.length > 0 ? matches : [findByTitle(graph, name, NAMEABLE)];
}

/**
 * The learner's own hours per topic, by title or id, checked: a topic or milestone each (hours are
 * not shared out over a section), in TOPIC_HOURS's limits, or an AtlasError that says which.
 */
export function resolveTopicHours(graph: AtlasGraph, topicHours: Readonly<Record<string, number>>): Map<NodeId, number> {
  const own = new Map<NodeId, number>();
  for (const [name, given] of Object.entries(topicHours)) {
    const hours = topicHoursOf(given);
    if (hours === null) throw new AtlasError(`plan: hours for "${name}" takes ${TOPIC_HOURS_WANTS}, got "${String(given)}"`);
    const id = resolveName(graph, name)[0] as NodeId;
    const a = graph.getNodeAttributes(id);
    if (!isLearnable(a)) throw new AtlasError(`plan: "${name}" is a ${a.kind}; hours are set per topic`);
    own.set(id, hours);
  }
  return own;
}

/** A topic or milestone itself; a section, doc or path: every topic and milestone it contains, transitively. */
export function containedLearnables(graph: AtlasGraph, id: NodeId): NodeId[] {
  const out: NodeId[] = [];
  const seen = new Set<NodeId>([id]);
  const queue: NodeId[] = [id];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] as NodeId;
    if (isLearnable(graph.getNodeAttributes(node))) out.push(node);
    graph.forEachOutEdge(node, (_e, ea, _s, target, _sa, ta) => {
      if (ea.kind !== 'contains' || seen.has(target) || ta.kind === 'concept' || ta.kind === 'resource') return;
      seen.add(target);
      queue.push(target);
    });
  }
  return out;
}

export interface Background {
  /** The matched pathways' background, as the documents write it. */
  label: string;
  pathways: NodeId[];
  /** Topics and milestones the pathways assume (`assumes` edges, containers expanded). */
  assumed: NodeId[];
}

/** The pathways a background names (pathwaysForBackground, src/core/background.ts) and the topics they assume. */
export function resolveBackground(graph: AtlasGraph, name: string, targets: readonly NodeId[]): Background {
  const matched = pathwaysForBackground(graph, name, targets).map((id) => ({ id, a: graph.getNodeAttributes(id) as PathwayAttributes }));
  if (matched.length === 0) {
    const available = [
      ...new Set(
        graph
          .filterNodes((_id, a) => a.kind === 'pathway')
          .map((id) => `"${(graph.getNodeAttributes(id) as PathwayAttributes).background}"`),
      ),
    ];
    const list = available.length > 0 ? `the backgrounds are ${available.join(', ')}` : 'the documents define no pathways';
    throw new AtlasError(`unknown background "${name}"; ${list}`);
  }

  const assumed: NodeId[] = [];
  const seen = new Set<NodeId>();
  for (const p of matched) {
    graph.forEachOutEdge(p.id, (_e, ea, _s, target) => {
      if (ea.kind !== 'assumes') return;
      for (const t of containedLearnables(graph, target)) {
        if (!seen.has(t)) {
          seen.add(t);
          assumed.push(t);
        }
      }
    });
  }
  return { label: [...new Set(matched.map((p) => p.a.background))].join(' / '), pathways: matched.map((p) => p.id), assumed };
}
