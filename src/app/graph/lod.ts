// Level of detail for large maps. Zoomed out, the map draws only its most important nodes (pathways,
// milestones, the topics most depended on), about NODE_BUDGET of them; each zoom step in reveals the
// next ones, so the number of nodes in view stays about the same whatever the zoom. Everything here
// is decided once per display graph: a node's level is a number on the node, and the reducer only
// compares it with the camera's level. Small maps have every node at level 0 and never change.
import type { MapKind } from '../state/view';

/**
 * Nodes drawn at once before the least important give way. Above the corpus's ~1,200 topics,
 * milestones and pathways, so that its default map is drawn whole; sigma stays fluid at this count
 * even in software WebGL.
 */
export const NODE_BUDGET = 1500;

/**
 * Zoom factor from one level to the next. Zooming in by it shows 1/STEP² of the area, so each level
 * holds STEP² times as many nodes and the count in view stays near the budget.
 */
export const LEVEL_STEP = 1.5;

/** Minor kinds come last whatever their dependents: they detail a topic, they do not place it. */
const KIND_RANK: Record<MapKind, number> = { pathway: 0, milestone: 1, topic: 2, concept: 3, resource: 4 };
const MINOR: ReadonlySet<MapKind> = new Set(['concept', 'resource']);

export interface LodInput {
  id: string;
  kind: MapKind;
  /** Topics that require this one, directly or not: the layout's measure of how central it is. */
  dependents: number;
}

/**
 * The zoom level at which each node appears, in the order given: 0 for the NODE_BUDGET most
 * important, then level ℓ for the ranks below budget·STEP^(2ℓ). Ties (most topics have no
 * dependents) break on a hash of the id, so the nodes a level adds are spread over the whole map
 * instead of filling one learning path first.
 */
export function detailLevels(nodes: readonly LodInput[], budget = NODE_BUDGET): number[] {
  const levels = new Array<number>(nodes.length).fill(0);
  if (nodes.length <= budget) return levels;
  // One number per node orders it: kind, then dependents (most first), then the id's hash. Sorting
  // indices by a precomputed key keeps the comparator to one subtraction on a 50,000-node map.
  const keys = new Float64Array(nodes.length);
  nodes.forEach(
    (n, i) => (keys[i] = KIND_RANK[n.kind] * 2 ** 50 + (2 ** 20 - 1 - Math.min(n.dependents, 2 ** 20 - 1)) * 2 ** 30 + (hash(n.id) >>> 2)),
  );
  const order = Array.from(nodes, (_n, i) => i);
  order.sort((a, b) => (keys[a] as number) - (keys[b] as number));
  // Concepts and resources wait for the first zoom step even where the budget has room left: a
  // handful of them scattered over the whole map would say nothing.
  order.forEach((node, rank) => (levels[node] = Math.max(levelForRank(rank, budget), MINOR.has((nodes[node] as LodInput).kind) ? 1 : 0)));
  return levels;
}

/** The nodes each level adds, by level: what a camera crossing a level boundary has to show or hide. */
export function nodesByLevel<T>(items: readonly T[], levels: readonly number[]): T[][] {
  const out: T[][] = [[]];
  items.forEach((item, i) => {
    const l = levels[i] as number;
    while (out.length <= l) out.push([]);
    (out[l] as T[]).push(item);
  });
  return out;
}

/** How many nodes each level draws, its own and those of the levels before it; the last entry is all of them. */
export function levelCounts(levels: readonly number[]): number[] {
  const counts: number[] = [0];
  for (const l of levels) {
    while (counts.length <= l) counts.push(0);
    counts[l] = (counts[l] as number) + 1;
  }
  for (let l = 1; l < counts.length; l++) counts[l] = (counts[l] as number) + (counts[l - 1] as number);
  return counts;
}

/** The first level whose node count, budget·STEP^(2ℓ), exceeds `rank`. */
export function levelForRank(rank: number, budget = NODE_BUDGET): number {
  if (rank < budget) return 0;
  return Math.floor(Math.log(rank / budget) / (2 * Math.log(LEVEL_STEP))) + 1;
}

/**
 * The level a camera shows: 0 with the whole map in view (ratio 1) or farther out, one more for each
 * zoom by LEVEL_STEP. The epsilon keeps ratio = STEP^-ℓ, reached by whole zoom steps, at level ℓ.
 */
export function cameraLevel(ratio: number): number {
  if (!(ratio < 1)) return 0;
  return Math.floor(Math.log(1 / ratio) / Math.log(LEVEL_STEP) + 1e-9);
}

/** FNV-1a: a cheap, stable scatter of ids. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
