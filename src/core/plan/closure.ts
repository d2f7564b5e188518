// What must be learnt before the targets: every `requires` ancestor, never walking past what the
// learner already knows (a known topic's own prerequisites are not needed).
import { AtlasError } from '../errors.ts';
import type { AtlasGraph, NodeId } from '../types.ts';
import { INFERRED, requirementsOf, type Requirements } from './requirements.ts';
import { DEFAULT_MIN_CONFIDENCE } from '../prereq/trust.ts';
import { containedLearnables } from './resolve.ts';

export interface Closure {
  /** inPlan[v] is 1 when topic v is a step. */
  inPlan: Uint8Array;
  /** The steps, targets first, then in breadth-first order towards the roots. */
  nodes: Int32Array;
  /** Per requires edge: 1 when it joins two steps and is trusted, i.e. orders the plan. */
  joins: Uint8Array;
  /** Per topic: how many of those edges enter it. */
  indegree: Int32Array;
  /**
   * The walk's tree, which is the shortest chain from each step to a target: the dependent it was
   * reached from (itself for a target), its distance, its target, and the last step before the target.
   */
  via: Int32Array;
  depth: Int32Array;
  goal: Int32Array;
  lastHop: Int32Array;
}

/**
 * Closure over the typed index: `cut` marks known and done topics, which are neither steps nor
 * walked through. The walk is breadth-first from all targets at once and meets every edge into a
 * step once, so it also records which edges order the plan (a trusted edge into a step from a topic
 * not cut, which is then a step too) and each step's shortest chain to a target, in the targets' order.
 * `ignored` marks the edges given up to break cycles: walked through, they would put a step in the
 * plan for a target it comes after.
 */
export function closureOf(
  req: Requirements,
  targets: ArrayLike<number>,
  cut: Uint8Array,
  minConfidence: number,
  ignored?: Uint8Array,
): Closure {
  const inPlan = req.scratch.uint8('closure.inPlan', req.n);
  const nodes = req.scratch.int32('closure.nodes', req.n);
  const joins = req.scratch.uint8('closure.joins', req.m);
  const indegree = req.scratch.int32('closure.indegree', req.n);
  const via = req.scratch.int32('closure.via', req.n);
  const depth = req.scratch.int32('closure.depth', req.n);
  const goal = req.scratch.int32('closure.goal', req.n);
  const lastHop = req.scratch.int32('closure.lastHop', req.n);
  let size = 0;
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i] as number;
    if (cut[t] || inPlan[t]) continue;
    inPlan[t] = 1;
    nodes[size++] = t;
    via[t] = t;
    goal[t] = t;
    lastHop[t] = t;
  }
  const { inStart, inEdges, edgeFrom, edgeOrigin, edgeConfidence } = req;
  for (let head = 0; head < size; head++) {
    const v = nodes[head] as number;
    let d = 0;
    for (let k = inStart[v] as number, end = inStart[v + 1] as number; k < end; k++) {
      const e = inEdges[k] as number;
      const p = edgeFrom[e] as number;
      // trusted() (prereq/trust.ts) on the typed arrays: only an inferred edge can be below the threshold.
      if (cut[p] || ignored?.[e] === 1 || (edgeOrigin[e] === INFERRED && (edgeConfidence[e] as number) < minConfidence)) continue;
      joins[e] = 1;
      d++;
      if (inPlan[p]) continue;
      inPlan[p] = 1;
      nodes[size++] = p;
      via[p] = v;
      depth[p] = (depth[v] as number) + 1;
      goal[p] = goal[v] as number;
      lastHop[p] = depth[v] === 0 ? p : (lastHop[v] as number);
    }
    indegree[v] = d;
  }
  return { inPlan, nodes: nodes.subarray(0, size), joins, indegree, via, depth, goal, lastHop };
}

/** Topics that must be learnt before `targets` (ids; a section, doc or path means its topics), stopping at `known`. */
export function prerequisiteClosure(
  graph: AtlasGraph,
  targets: NodeId[],
  options: { known?: ReadonlySet<NodeId>; minConfidence?: number } = {},
): NodeId[] {
  for (const t of targets) if (!graph.hasNode(t)) throw new AtlasError(`plan: unknown target "${t}"`);
  const req = requirementsOf(graph);
  const cut = new Uint8Array(req.n);
  for (const k of options.known ?? []) {
    if (!graph.hasNode(k)) continue;
    for (const t of containedLearnables(graph, k)) cut[req.indexOf(t)] = 1;
  }
  const start = targets.flatMap((t) => containedLearnables(graph, t)).map((t) => req.indexOf(t));
  const { nodes } = closureOf(req, start, cut, options.minConfidence ?? DEFAULT_MIN_CONFIDENCE);
  return Array.from(
    nodes.filter((v) => v < req.learnables),
    (v) => req.ids[v] as NodeId,
  );
}
