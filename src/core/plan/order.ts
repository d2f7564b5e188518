// The study order: Kahn's topological sort with a priority queue, so that among the topics ready to
// study the plan stays in the current section, else takes the earliest in document order. A cycle
// stops Kahn; it is found by walking back through unfinished prerequisites (iteratively) and broken
// at its weakest edge, so the sort always finishes.
import type { Closure } from './closure';
import { BROKEN, DEPENDENCY, confidenceOf, fromOf, isMilestoneEdge, milestonesInto, milestonesOutOf, setState, stateOf, toOf, type Dependencies } from './dependencies';
import { MinHeap } from './heap';
import type { Requirements } from './requirements';

export interface BrokenCycle {
  /** The dependency edge the plan ignores. */
  edge: number;
  /** The cycle's nodes in prerequisite → dependent order, starting and ending with the ignored edge's dependent. */
  cycle: number[];
}

export interface Ordering {
  /** Steps in study order. */
  sequence: Int32Array;
  /** Requires edges ignored to break cycles (milestone order edges are dropped silently). */
  broken: BrokenCycle[];
}

/** Sorts the steps; marks the edges it ignores to break cycles as BROKEN in `deps.state`. */
export function learningOrder(req: Requirements, closure: Closure, deps: Dependencies): Ordering {
  const { rank, byRank, group, outStart, outEdges, edgeTo } = req;
  const { nodes } = closure;
  const { state } = deps;

  const indegree = req.scratch.int32('order.indegree', req.n);
  indegree.set(deps.indegree);
  // Ready topics by rank: all of them, and per section to keep the current section going.
  const groupHeaps: MinHeap[] = [];
  const ready = new MinHeap();
  const makeReady = (v: number) => {
    const r = rank[v] as number;
    ready.push(r);
    (groupHeaps[group[v] as number] ??= new MinHeap()).push(r);
  };
  // A hub (a document another one requires) takes no time: it passes as soon as it is ready.
  const hubs: number[] = [];
  const { learnables } = req;
  const enter = (v: number) => (v < learnables ? makeReady(v) : hubs.push(v));
  const release = (w: number) => {
    const d = (indegree[w] as number) - 1;
    indegree[w] = d;
    if (d === 0) enter(w);
  };
  for (const v of nodes) if (indegree[v] === 0) enter(v);

  const emitted = req.scratch.uint8('order.emitted', req.n);
  const broken: BrokenCycle[] = [];
  const sequence = req.scratch.int32('order.sequence', nodes.length);
  let count = 0;
  let lastGroup = -1;
  let cursor = 0;
  let walk: CycleWalk | null = null;
  while (count < nodes.length) {
    let v = hubs.pop() ?? -1;
    if (v < 0 && lastGroup >= 0) v = popFresh(groupHeaps[lastGroup], emitted, byRank);
    if (v < 0) v = popFresh(ready, emitted, byRank);
    if (v < 0) {
      while (emitted[nodes[cursor] as number]) cursor++;
      walk ??= new CycleWalk(req);
      const cut = walk.find(nodes[cursor] as number, deps, emitted);
      setState(deps, cut.edge, BROKEN);
      if (!isMilestoneEdge(deps, cut.edge)) broken.push(cut);
      release(toOf(deps, cut.edge));
      continue;
    }
    emitted[v] = 1;
    sequence[count++] = v;
    if (v < learnables) lastGroup = group[v] as number;
    for (let k = outStart[v] as number, end = outStart[v + 1] as number; k < end; k++) {
      const e = outEdges[k] as number;
      if (state[e] === DEPENDENCY) release(edgeTo[e] as number);
    }
    const milestones = milestonesOutOf(deps, v);
    for (let i = 0; i < milestones.length; i++) {
      const e = milestones[i] as number;
      if (stateOf(deps, e) === DEPENDENCY) release(toOf(deps, e));
    }
  }
  return { sequence, broken };
}

/** The first topic of `heap` not yet emitted (each topic waits in two heaps), or -1. */
function popFresh(heap: MinHeap | undefined, emitted: Uint8Array, byRank: Int32Array): number {
  if (heap === undefined) return -1;
  while (heap.size > 0) {
    const v = byRank[heap.pop()] as number;
    if (!emitted[v]) return v;
  }
  return -1;
}

/**
 * Finds a cycle among the unemitted steps: when Kahn stalls, every unemitted step still has an
 * unemitted prerequisite, so walking to one repeatedly must revisit a step.
 */
class CycleWalk {
  private readonly stamp: Int32Array;
  private readonly position: Int32Array;
  private round = 0;

  constructor(req: Requirements) {
    this.stamp = req.scratch.int32('order.stamp', req.n);
    this.position = req.scratch.int32('order.position', req.n);
  }

  find(start: number, deps: Dependencies, emitted: Uint8Array): BrokenCycle {
    const { inStart, inEdges, edgeFrom } = deps.req;
    const round = ++this.round;
    const path: number[] = [];
    let v = start;
    for (;;) {
      this.stamp[v] = round;
      this.position[v] = path.length;
      let edge = -1;
      for (let k = inStart[v] as number, end = inStart[v + 1] as number; k < end && edge < 0; k++) {
        const e = inEdges[k] as number;
        if (deps.state[e] === DEPENDENCY && !emitted[edgeFrom[e] as number]) edge = e;
      }
      for (const e of milestonesInto(deps, v)) if (edge < 0 && stateOf(deps, e) === DEPENDENCY && !emitted[fromOf(deps, e)]) edge = e;
      path.push(edge);
      const u = fromOf(deps, edge);
      if (this.stamp[u] === round) {
        // path[i] enters the i-th visited node from the next one: reversed, the cycle runs forwards.
        const edges = path.slice(this.position[u]).reverse();
        const weakest = edges.reduce((a, b) => (weaker(b, a, deps) ? b : a));
        const at = edges.indexOf(weakest);
        const rotated = [...edges.slice(at + 1), ...edges.slice(0, at + 1)];
        return { edge: weakest, cycle: [...rotated.map((e) => fromOf(deps, e)), toOf(deps, weakest)] };
      }
      v = u;
    }
  }
}

/**
 * The edge to ignore first: a milestone's order-only edge, then the least confident, then one that
 * points backwards in document order (the later topic named as a prerequisite), then the latest.
 */
function weaker(a: number, b: number, deps: Dependencies): boolean {
  const { order } = deps.req;
  const ca = confidenceOf(deps, a);
  const cb = confidenceOf(deps, b);
  if (ca !== cb) return ca < cb;
  const fa = order[fromOf(deps, a)] as number;
  const fb = order[fromOf(deps, b)] as number;
  const backA = fa > (order[toOf(deps, a)] as number);
  const backB = fb > (order[toOf(deps, b)] as number);
  if (backA !== backB) return backA;
  return fa !== fb ? fa > fb : a > b;
}
