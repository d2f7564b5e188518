// The dependencies between a plan's steps: the trusted `requires` edges inside the closure, plus an
// order-only edge from each topic of a document to each milestone of it in the plan, because an
// assessment comes after what it assesses even when no document says so. Requires edges are not
// copied: a state byte per edge of the cached index says which ones count in this plan.
import type { Closure } from './closure.ts';
import type { Requirements } from './requirements.ts';

/** An edge's state in one plan. */
export const NOT_A_DEPENDENCY = 0;
export const DEPENDENCY = 1;

export interface Dependencies {
  req: Requirements;
  /** Edge ids: 0..m-1 are the index's requires edges, m..count-1 the milestone order edges. */
  count: number;
  /** The state of each requires edge, by its id. */
  state: Uint8Array;
  /** The state of each milestone edge, at its id - m. */
  milestoneState: Uint8Array;
  milestoneFrom: Int32Array;
  milestoneTo: Int32Array;
  /** Milestone edge ids into (a milestone) and out of (a topic) a step, for steps that have them. */
  milestoneIn: Map<number, number[]>;
  milestoneOut: Map<number, number[]>;
  /** Dependencies into each step, of both kinds. */
  indegree: Int32Array;
}

/**
 * Adds the milestone edges to the closure's; takes over the closure's `joins` and `indegree`.
 * `ignored` holds the milestone edges given up to break cycles, by `milestoneKey`.
 */
export function dependenciesOf(req: Requirements, closure: Closure, ignored?: ReadonlySet<number>): Dependencies {
  const { m } = req;
  const pairs = milestonePairs(req, closure.nodes, ignored);
  const k = pairs.length / 2;
  const { joins: state, indegree } = closure;
  const milestoneState = new Uint8Array(k).fill(DEPENDENCY);
  const milestoneFrom = new Int32Array(k);
  const milestoneTo = new Int32Array(k);
  const milestoneIn = new Map<number, number[]>();
  const milestoneOut = new Map<number, number[]>();
  for (let j = 0; j < k; j++) {
    const from = pairs[2 * j] as number;
    const to = pairs[2 * j + 1] as number;
    milestoneFrom[j] = from;
    milestoneTo[j] = to;
    indegree[to] = (indegree[to] as number) + 1;
    push(milestoneOut, from, m + j);
    push(milestoneIn, to, m + j);
  }
  return { req, count: m + k, state, milestoneState, milestoneFrom, milestoneTo, milestoneIn, milestoneOut, indegree };
}

const NO_EDGES: readonly number[] = [];

/**
 * Milestone edges into and out of step v. Most steps have none: one shared empty list, not an
 * array per step and per pass (a million steps made that a quarter of a plan's garbage), and most
 * plans none at all, which asks no map per step.
 */
export function milestonesInto(deps: Dependencies, v: number): readonly number[] {
  return deps.milestoneIn.size === 0 ? NO_EDGES : (deps.milestoneIn.get(v) ?? NO_EDGES);
}

export function milestonesOutOf(deps: Dependencies, v: number): readonly number[] {
  return deps.milestoneOut.size === 0 ? NO_EDGES : (deps.milestoneOut.get(v) ?? NO_EDGES);
}

export function isMilestoneEdge(deps: Dependencies, e: number): boolean {
  return e >= deps.req.m;
}

export function stateOf(deps: Dependencies, e: number): number {
  return (e < deps.req.m ? deps.state[e] : deps.milestoneState[e - deps.req.m]) as number;
}

export function setState(deps: Dependencies, e: number, state: number): void {
  if (e < deps.req.m) deps.state[e] = state;
  else deps.milestoneState[e - deps.req.m] = state;
}

export function fromOf(deps: Dependencies, e: number): number {
  return (e < deps.req.m ? deps.req.edgeFrom[e] : deps.milestoneFrom[e - deps.req.m]) as number;
}

export function toOf(deps: Dependencies, e: number): number {
  return (e < deps.req.m ? deps.req.edgeTo[e] : deps.milestoneTo[e - deps.req.m]) as number;
}

/** Milestone edges are the least sure of all: below any written confidence. */
export function confidenceOf(deps: Dependencies, e: number): number {
  return e < deps.req.m ? (deps.req.edgeConfidence[e] as number) : -1;
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** One number for the milestone edge topic → milestone, the same in every plan of the graph. */
export const milestoneKey = (req: Requirements, topic: number, milestone: number): number => topic * req.n + milestone;

/** Pairs (topic, milestone) flattened: every non-milestone step of a milestone's document before it. */
function milestonePairs(req: Requirements, nodes: Int32Array, ignored?: ReadonlySet<number>): number[] {
  const { milestone, doc } = req;
  const milestones: number[] = [];
  const docs = new Set<number>();
  // Indexed loops: a for…of over a typed array here made an iterator result per step.
  for (let i = 0; i < nodes.length; i++) {
    const v = nodes[i] as number;
    if (!milestone[v]) continue;
    milestones.push(v);
    docs.add(doc[v] as number);
  }
  if (milestones.length === 0) return [];
  const topicsByDoc = new Map<number, number[]>();
  for (let i = 0; i < nodes.length; i++) {
    const v = nodes[i] as number;
    if (!milestone[v] && docs.has(doc[v] as number)) push(topicsByDoc, doc[v] as number, v);
  }
  const pairs: number[] = [];
  for (const m of milestones)
    for (const t of topicsByDoc.get(doc[m] as number) ?? []) if (!ignored?.has(milestoneKey(req, t, m))) pairs.push(t, m);
  return pairs;
}
