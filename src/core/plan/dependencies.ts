// The dependencies between a plan's steps: the `requires` edges inside the closure, plus one
// order-only edge from each topic of a document to each milestone of it in the plan, because an
// assessment comes after what it assesses even when no document says so.
import type { Learnable, Requirements } from './requirements';
import type { Closure } from './closure';
import { groupEdges } from './csr';

/** Marks an edge that exists only to place a milestone after its document's topics. */
export const MILESTONE_EDGE = -1;

export interface Dependencies {
  count: number;
  from: Int32Array;
  to: Int32Array;
  confidence: Float32Array;
  /** The `requires` edge index in Requirements, or MILESTONE_EDGE. */
  origin: Int32Array;
  /** Edges out of v: outEdges[outStart[v]] .. outEdges[outStart[v + 1] - 1]. */
  outStart: Int32Array;
  outEdges: Int32Array;
  inStart: Int32Array;
  inEdges: Int32Array;
}

export function dependenciesOf(req: Requirements, closure: Closure): Dependencies {
  const { inPlan, nodes } = closure;
  const { inStart: reqInStart, inEdges: reqInEdges, edgeFrom } = req;
  const kept: number[] = [];
  for (const v of nodes) {
    for (let k = reqInStart[v] as number, end = reqInStart[v + 1] as number; k < end; k++) {
      const e = reqInEdges[k] as number;
      if (inPlan[edgeFrom[e] as number]) kept.push(e);
    }
  }
  const implicit = milestoneEdges(req, nodes);
  const count = kept.length + implicit.length / 2;
  const from = new Int32Array(count);
  const to = new Int32Array(count);
  const confidence = new Float32Array(count);
  const origin = new Int32Array(count);
  for (let i = 0; i < kept.length; i++) {
    const e = kept[i] as number;
    from[i] = edgeFrom[e] as number;
    to[i] = req.edgeTo[e] as number;
    confidence[i] = req.edgeConfidence[e] as number;
    origin[i] = e;
  }
  for (let j = 0, i = kept.length; j < implicit.length; j += 2, i++) {
    from[i] = implicit[j] as number;
    to[i] = implicit[j + 1] as number;
    origin[i] = MILESTONE_EDGE;
  }
  const out = groupEdges(req.n, from, count);
  const into = groupEdges(req.n, to, count);
  return { count, from, to, confidence, origin, outStart: out.start, outEdges: out.edges, inStart: into.start, inEdges: into.edges };
}

/** Pairs (topic, milestone) flattened: every non-milestone step of a milestone's document before it. */
function milestoneEdges(req: Requirements, nodes: Int32Array): number[] {
  const milestones: number[] = [];
  for (const v of nodes) if ((req.attrs[v] as Learnable).kind === 'milestone') milestones.push(v);
  if (milestones.length === 0) return [];
  const topicsByDoc = new Map<string, number[]>();
  for (const v of nodes) {
    const a = req.attrs[v] as Learnable;
    if (a.kind === 'milestone') continue;
    const list = topicsByDoc.get(a.doc);
    if (list) list.push(v);
    else topicsByDoc.set(a.doc, [v]);
  }
  const pairs: number[] = [];
  for (const m of milestones) for (const t of topicsByDoc.get((req.attrs[m] as Learnable).doc) ?? []) pairs.push(t, m);
  return pairs;
}
