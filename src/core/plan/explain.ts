// Why each step is in the plan, for humans: the closure walk already found each step's shortest
// chain of dependents to a target; this phrases it.
import type { Closure } from './closure.ts';
import type { Requirements } from './requirements.ts';

/** Chains with more topics between step and target than this show the first ones and the last. */
const MAX_SHOWN = 3;

export const GOAL = 'goal';

/**
 * `why` of a step: "goal" for a topic the learner named as a target, "needed for <target> via <A> →
 * <B>" otherwise, where the step is a prerequisite of A, A of B and B of the target. A topic that is
 * a target only as part of a named section, document or path names the later steps that need it
 * ("needed for X and 2 later steps"), or, when none does, the goal it belongs to ("part of the goal
 * MLOps Engineering"): "goal" alone would say nothing there.
 */
export function explain(req: Requirements, closure: Closure, partOf: ReadonlyMap<number, string>): (v: number) => string {
  const { labels } = req;
  const { depth, via, goal, lastHop } = closure;
  const andOthers = (list: number[]): string => {
    const first = labels[list[0] as number] as string;
    return list.length === 1 ? first : `${first} and ${list.length - 1} other later step${list.length === 2 ? '' : 's'}`;
  };
  const ofGoal = (v: number): string => {
    const container = partOf.get(v);
    if (container === undefined) return GOAL;
    const { topics, hub } = laterSteps(req, closure, v);
    if (topics.length > 0) return 'needed for ' + andOthers(topics);
    if (hub !== null)
      return `part of ${labels[hub.hub] as string}, which ${andOthers(hub.topics)} need${hub.topics.length === 1 ? 's' : ''}`;
    return 'part of the goal ' + container;
  };

  // Sentences are ropes (built with +, never joined): V8 copies their characters only when they
  // are printed, and their pieces are shared. A step's sentence depends only on the dependent it
  // was reached from, so siblings share one (sentences[slot[parent]]). What follows the parent's
  // label depends only on the parent's own dependent u (" → <u>", then " → <next>" or
  // " → … → <last>"), so parents reached from u share that rest (rests[restSlot[u]]); "needed for
  // <target>" and "needed for <target> via " are made once per target. A new sentence then costs
  // two joins.
  // Both lists are sized once for the plan: grown step by step, a large plan copied each several times.
  const slot = req.scratch.int32('explain.slot', req.n, -1);
  const sentences: string[] = new Array(closure.nodes.length);
  let sentenceCount = 0;
  const restSlot = req.scratch.int32('explain.restSlot', req.n, -1);
  const rests: string[] = new Array(closure.nodes.length);
  let restCount = 0;
  const heads = new Map<number, [string, string]>();
  let lastGoal = -1;
  let lastHead: [string, string] = ['', ''];
  const headOf = (g: number): [string, string] => {
    if (g === lastGoal) return lastHead;
    let head = heads.get(g);
    if (head === undefined) {
      const needed = 'needed for ' + (labels[g] as string);
      heads.set(g, (head = [needed, needed + ' via ']));
    }
    lastGoal = g;
    return (lastHead = head);
  };
  const tails = new Map<number, string>();
  // The chain after a step's dependent p, from p's own dependent u (at depth 1 or more): every
  // topic down to the target's neighbour when p has at most MAX_SHOWN between it and the target, else
  // the first ones and the last.
  const restOf = (u: number): string => {
    const known = restSlot[u] as number;
    if (known >= 0) return rests[known] as string;
    const d = depth[u] as number;
    let text = ' → ' + (labels[u] as string);
    if (d < MAX_SHOWN) {
      if (d > 1) text += restOf(via[u] as number);
    } else {
      for (let i = 2, w = u; i < MAX_SHOWN - 1; i++) {
        w = via[w] as number;
        text += ' → ' + (labels[w] as string);
      }
      const last = lastHop[u] as number;
      let tail = tails.get(last);
      if (tail === undefined) tails.set(last, (tail = ' → … → ' + (labels[last] as string)));
      text += tail;
    }
    restSlot[u] = restCount;
    rests[restCount++] = text;
    return text;
  };
  return (v) => {
    const between = (depth[v] as number) - 1;
    if (between < 0) return ofGoal(v);
    if (between === 0) return headOf(goal[v] as number)[0];
    const parent = via[v] as number;
    const known = slot[parent] as number;
    if (known >= 0) return sentences[known] as string;
    const text =
      between === 1
        ? headOf(goal[v] as number)[1] + (labels[parent] as string)
        : headOf(goal[v] as number)[1] + (labels[parent] as string) + restOf(via[parent] as number);
    slot[parent] = sentenceCount;
    sentences[sentenceCount++] = text;
    return text;
  };
}

/**
 * What needs step `v` directly: later steps by a topic-level edge, in document order; else the
 * first document or section (a hub, see containers.ts) it is part of that later steps need.
 */
function laterSteps(req: Requirements, closure: Closure, v: number): { topics: number[]; hub: { hub: number; topics: number[] } | null } {
  const { learnables, rank } = req;
  const byRank = (a: number, b: number) => (rank[a] as number) - (rank[b] as number);
  const out = dependentsIn(req, closure, v);
  const topics = out.filter((w) => w < learnables && w !== v).sort(byRank);
  if (topics.length > 0) return { topics, hub: null };
  for (const h of out) {
    if (h < learnables) continue;
    const needing = dependentsIn(req, closure, h).filter((w) => w < learnables && w !== v);
    if (needing.length > 0) return { topics: [], hub: { hub: h, topics: needing.sort(byRank) } };
  }
  return { topics: [], hub: null };
}

/** Steps and hubs of the plan that `u` is a trusted prerequisite of. */
function dependentsIn(req: Requirements, closure: Closure, u: number): number[] {
  const { outStart, outEdges, edgeTo } = req;
  const out: number[] = [];
  for (let k = outStart[u] as number, end = outStart[u + 1] as number; k < end; k++) {
    const e = outEdges[k] as number;
    const w = edgeTo[e] as number;
    if (closure.joins[e] && closure.inPlan[w]) out.push(w);
  }
  return out;
}
