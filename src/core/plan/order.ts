// The study order: Kahn's topological sort with a priority queue, so that among the topics ready to
// study the plan stays in the current section, else takes the earliest in document order. A cycle
// stops it: the caller then breaks the cycles (cycles.ts) and sorts again.
import type { Closure } from './closure.ts';
import { DEPENDENCY, milestonesOutOf, stateOf, toOf, type Dependencies } from './dependencies.ts';
import { MinHeaps } from './heap.ts';
import type { Requirements } from './requirements.ts';

export interface Ordering {
  /** Steps in study order. */
  sequence: Int32Array;
}

/** Sorts the steps; null when a cycle among their dependencies stops the sort. */
export function learningOrder(req: Requirements, closure: Closure, deps: Dependencies): Ordering | null {
  const { rank, byRank, group, outStart, outEdges, edgeTo } = req;
  const { nodes } = closure;
  const { state } = deps;

  const indegree = req.scratch.int32('order.indegree', req.n);
  indegree.set(deps.indegree);
  // Ready topics by rank: per section (heap g for group g) to keep the current section going, and
  // all of them in the last heap. A topic enters its section's heap and the last one once each.
  const { learnables } = req;
  const groups = req.sectionIds.length + req.docIds.length;
  const capacity = req.scratch.int32('order.capacity', groups + 1);
  for (let i = 0; i < nodes.length; i++) {
    const v = nodes[i] as number;
    if (v < learnables) capacity[group[v] as number] = (capacity[group[v] as number] as number) + 1;
  }
  capacity[groups] = nodes.length;
  const heaps = new MinHeaps(req.scratch, capacity);
  const ALL = groups;
  const makeReady = (v: number) => {
    const r = rank[v] as number;
    heaps.push(ALL, r);
    heaps.push(group[v] as number, r);
  };
  // A hub (a document another one requires) takes no time: it passes as soon as it is ready.
  const hubs: number[] = [];
  const enter = (v: number) => (v < learnables ? makeReady(v) : hubs.push(v));
  const release = (w: number) => {
    const d = (indegree[w] as number) - 1;
    indegree[w] = d;
    if (d === 0) enter(w);
  };
  for (let i = 0; i < nodes.length; i++) if (indegree[nodes[i] as number] === 0) enter(nodes[i] as number);

  const emitted = req.scratch.uint8('order.emitted', req.n);
  const sequence = req.scratch.int32('order.sequence', nodes.length);
  let count = 0;
  let lastGroup = -1;
  while (count < nodes.length) {
    let v = hubs.pop() ?? -1;
    if (v < 0 && lastGroup >= 0) v = popFresh(heaps, lastGroup, emitted, byRank);
    if (v < 0) v = popFresh(heaps, ALL, emitted, byRank);
    // Only a cycle leaves steps that never become ready.
    if (v < 0) return null;
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
  return { sequence };
}

/** The first topic of heap h not yet emitted (each topic waits in two heaps), or -1. */
function popFresh(heaps: MinHeaps, h: number, emitted: Uint8Array, byRank: Int32Array): number {
  while (heaps.size(h) > 0) {
    const v = byRank[heaps.pop(h)] as number;
    if (!emitted[v]) return v;
  }
  return -1;
}
