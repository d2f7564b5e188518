// From what a user typed to graph nodes: titles or ids for targets, known and done topics,
// containers expanded to their topics, and a background matched leniently to its pathways.
import { AtlasError } from '../errors';
import { findByTitle, normalizeTitle, titleMatches } from '../match';
import type { AtlasGraph, DocAttributes, MilestoneAttributes, NodeId, NodeKind, PathwayAttributes, TopicAttributes } from '../types';
import { isLearnable } from '../types';
import type { NodeRef } from './types';

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

/**
 * The pathways a background names, matched case-insensitively: exact background or label first,
 * then every query word starting a word of it ("beginner" → "Complete Beginners"), then a substring.
 * When pathways of several learning paths match, those in the targets' paths win; the rest are merged,
 * since a background describes the learner, not one path.
 */
export function resolveBackground(graph: AtlasGraph, name: string, targets: readonly NodeId[]): Background {
  const pathways: { id: NodeId; a: PathwayAttributes }[] = [];
  graph.forEachNode((id, a) => {
    if (a.kind === 'pathway') pathways.push({ id, a });
  });
  const query = normalizeTitle(name);
  let best = 3;
  let matched: typeof pathways = [];
  for (const p of pathways) {
    const tier = Math.min(matchTier(query, p.a.background), matchTier(query, p.a.label));
    if (tier < best) {
      best = tier;
      matched = [];
    }
    if (tier === best && tier < 3) matched.push(p);
  }
  if (query === '' || matched.length === 0) {
    const available = [...new Set(pathways.map((p) => `"${p.a.background}"`))];
    const list = available.length > 0 ? `the backgrounds are ${available.join(', ')}` : 'the documents define no pathways';
    throw new AtlasError(`unknown background "${name}"; ${list}`);
  }
  const targetPaths = new Set(targets.map((t) => pathOf(graph, (graph.getNodeAttributes(t) as TopicAttributes | MilestoneAttributes).doc)));
  const inTargetPaths = matched.filter((p) => targetPaths.has(pathOf(graph, p.a.doc)));
  if (inTargetPaths.length > 0) matched = inTargetPaths;

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

/** 0 exact, 1 every word starts a word, 2 substring, 3 no match. */
function matchTier(query: string, text: string): number {
  const t = normalizeTitle(text);
  if (t === query) return 0;
  const words = t.split(' ');
  if (query.split(' ').every((q) => words.some((w) => w.startsWith(q)))) return 1;
  return t.includes(query) ? 2 : 3;
}

function pathOf(graph: AtlasGraph, doc: NodeId): NodeId | null {
  return graph.hasNode(doc) ? (graph.getNodeAttributes(doc) as DocAttributes).path : null;
}
