// What must be learnt before the targets: every `requires` ancestor, never walking past what the
// learner already knows (a known topic's own prerequisites are not needed).
import { AtlasError } from '../errors';
import type { AtlasGraph, NodeId } from '../types';
import { DEFAULT_MIN_CONFIDENCE, isIgnored, requirementsOf, type Requirements } from './requirements';
import { containedLearnables } from './resolve';

export interface Closure {
  /** inPlan[v] is 1 when topic v is a step. */
  inPlan: Uint8Array;
  /** The steps, targets first, then in breadth-first order towards the roots. */
  nodes: Int32Array;
}

/** Closure over the typed index: `cut` marks known and done topics, which are neither steps nor walked through. */
export function closureOf(req: Requirements, targets: ArrayLike<number>, cut: Uint8Array, minConfidence: number): Closure {
  const inPlan = new Uint8Array(req.n);
  const nodes = new Int32Array(req.n);
  let size = 0;
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i] as number;
    if (cut[t] || inPlan[t]) continue;
    inPlan[t] = 1;
    nodes[size++] = t;
  }
  const { inStart, inEdges, edgeFrom } = req;
  for (let head = 0; head < size; head++) {
    const v = nodes[head] as number;
    for (let k = inStart[v] as number, end = inStart[v + 1] as number; k < end; k++) {
      const e = inEdges[k] as number;
      const p = edgeFrom[e] as number;
      if (cut[p] || inPlan[p] || isIgnored(req, e, minConfidence)) continue;
      inPlan[p] = 1;
      nodes[size++] = p;
    }
  }
  return { inPlan, nodes: nodes.slice(0, size) };
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
  return Array.from(closureOf(req, start, cut, options.minConfidence ?? DEFAULT_MIN_CONFIDENCE).nodes, (v) => req.ids[v] as NodeId);
}
