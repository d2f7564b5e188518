// Which pathways a learner's background means: one rule for the planner, the map's fading, the
// coverage bars and the curation file's pathway entries.
import { normalizeTitle } from './match.ts';
import type { AtlasGraph, NodeId, PathwayAttributes } from './types.ts';
import { isLearnable } from './types.ts';

/** How a background name matches a pathway: 0 exact (background or label), 1 every word starts a word, 2 a substring, 3 none. */
export function backgroundTier(name: string, pathway: PathwayAttributes): number {
  const query = normalizeTitle(name);
  return query === '' ? NO_MATCH : Math.min(tier(query, pathway.background), tier(query, pathway.label));
}

export const NO_MATCH = 3;

function tier(query: string, text: string): number {
  const t = normalizeTitle(text);
  if (t === query) return 0;
  const words = t.split(' ');
  if (query.split(' ').every((q) => words.some((w) => w.startsWith(q)))) return 1;
  return t.includes(query) ? 2 : NO_MATCH;
}

/**
 * The pathways a background names: a pathway id is that pathway; a name matches in tiers (exact
 * first, then "beginner" for "Complete Beginners", then a substring), and of the best tier, the
 * pathways in the goals' learning paths win when there are any; otherwise all of them are merged,
 * since a background describes the learner, not one path. `goals` may be topics or containers.
 */
export function pathwaysForBackground(graph: AtlasGraph, name: string, goals: readonly NodeId[] = []): NodeId[] {
  if (graph.hasNode(name) && graph.getNodeAttribute(name, 'kind') === 'pathway') return [name];
  let best = NO_MATCH;
  let matched: NodeId[] = [];
  graph.forEachNode((id, a) => {
    if (a.kind !== 'pathway') return;
    const t = backgroundTier(name, a);
    if (t < best) {
      best = t;
      matched = [];
    }
    if (t === best && t < NO_MATCH) matched.push(id);
  });
  const goalPaths = new Set(goals.filter((g) => graph.hasNode(g)).map((g) => pathOf(graph, g)));
  const inGoalPaths = matched.filter((p) => goalPaths.has(pathOf(graph, p)));
  return inGoalPaths.length > 0 ? inGoalPaths : matched;
}

/** The learning path of a node: a path itself, else its document's path (null at the docs root). */
export function pathOf(graph: AtlasGraph, id: NodeId): NodeId | null {
  const a = graph.getNodeAttributes(id);
  if (a.kind === 'path') return id;
  if (a.kind === 'doc') return a.path;
  const doc = isLearnable(a) || a.kind === 'section' || a.kind === 'pathway' ? a.doc : null;
  if (doc === null || !graph.hasNode(doc)) return null;
  const d = graph.getNodeAttributes(doc);
  return d.kind === 'doc' ? d.path : null;
}
