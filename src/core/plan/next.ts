// "What can I study now?": the steps whose prerequisites are all known or done, the ones that open
// the most of what is left first.
import type { AtlasGraph, NodeId } from '../types.ts';
import { DEPENDENCY, milestonesInto, stateOf } from './dependencies.ts';
import { scopeOf } from './scope.ts';
import type { NextOptions, NextTopic } from './types.ts';

/**
 * Topics and milestones, neither known nor done, whose `requires` prerequisites are all known or
 * done (a milestone also waits for its document's topics), ranked by how many topics build on
 * them: buildsOn (prereq/walk.ts) within the targets' closure (the whole graph without targets),
 * over the same trusted `requires` edges. A milestone's wait for its document is an order, not a
 * prerequisite, so it is not counted; ties in document order.
 */
export function nextUp(graph: AtlasGraph, options: NextOptions = {}): NextTopic[] {
  const { req, closure, deps } = scopeOf(graph, options);
  const { inStart, inEdges, outStart, outEdges, edgeTo } = req;
  const { state } = deps;
  const { learnables } = req;
  // A step waits for a prerequisite still to learn; a hub (a whole document) waits while any of its topics does.
  const waiting = (v: number): boolean => {
    for (let k = inStart[v] as number, end = inStart[v + 1] as number; k < end; k++) {
      const e = inEdges[k] as number;
      if (state[e] !== DEPENDENCY) continue;
      const u = req.edgeFrom[e] as number;
      if (u < learnables || waiting(u)) return true;
    }
    return milestonesInto(deps, v).some((e) => stateOf(deps, e) === DEPENDENCY);
  };
  const stamp = req.scratch.int32('next.stamp', req.n);
  const queue = req.scratch.int32('next.queue', closure.nodes.length);
  let round = 0;
  const unlocks = (v: number): number => {
    round++;
    stamp[v] = round;
    queue[0] = v;
    let size = 1;
    let topics = 0;
    const reach = (w: number) => {
      if (stamp[w] === round) return;
      stamp[w] = round;
      queue[size++] = w;
      if (w < learnables) topics++;
    };
    for (let head = 0; head < size; head++) {
      const u = queue[head] as number;
      for (let k = outStart[u] as number, end = outStart[u + 1] as number; k < end; k++) {
        const e = outEdges[k] as number;
        if (state[e] === DEPENDENCY) reach(edgeTo[e] as number);
      }
    }
    return topics;
  };
  const ready: { v: number; unlocks: number }[] = [];
  for (let i = 0; i < closure.nodes.length; i++) {
    const v = closure.nodes[i] as number;
    if (v < learnables && !waiting(v)) ready.push({ v, unlocks: unlocks(v) });
  }
  ready.sort((a, b) => b.unlocks - a.unlocks || (req.order[a.v] as number) - (req.order[b.v] as number) || a.v - b.v);
  return ready.map(({ v, unlocks }) => ({ id: req.ids[v] as NodeId, label: req.labels[v] as string, unlocks }));
}
