// Why each step is in the plan: the shortest chain of dependents from it to a target, found by one
// breadth-first search backwards from all targets at once.
import { NOT_A_DEPENDENCY, type Dependencies } from './dependencies';
import type { Requirements } from './requirements';

/** Chains longer than this show their first and last topics only. */
const MAX_SHOWN = 4;

export const GOAL = 'goal';

/**
 * `why` per node index: "goal" for a target, "needed for <target> via <A> → <B>" otherwise, where the
 * step is a prerequisite of A, A of B and B of the target. `targets` in the order the user gave them
 * decides which target a step is explained by when two are equally close.
 */
export function explain(req: Requirements, deps: Dependencies, targets: ArrayLike<number>, inPlan: Uint8Array, steps: Int32Array): string[] {
  const n = req.n;
  const { inStart, inEdges, edgeFrom } = req;
  const dist = new Int32Array(n).fill(-1);
  const via = new Int32Array(n);
  const goal = new Int32Array(n);
  const lastHop = new Int32Array(n);
  const queue = new Int32Array(steps.length);
  let size = 0;
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i] as number;
    if (!inPlan[t] || (dist[t] as number) >= 0) continue;
    dist[t] = 0;
    goal[t] = t;
    queue[size++] = t;
  }
  for (let head = 0; head < size; head++) {
    const v = queue[head] as number;
    // Requires edges only, broken ones included: ignoring an edge to order a cycle does not make it less of a reason.
    for (let k = inStart[v] as number, end = inStart[v + 1] as number; k < end; k++) {
      const e = inEdges[k] as number;
      if (deps.state[e] === NOT_A_DEPENDENCY) continue;
      const u = edgeFrom[e] as number;
      if ((dist[u] as number) >= 0) continue;
      dist[u] = (dist[v] as number) + 1;
      via[u] = v;
      goal[u] = goal[v] as number;
      lastHop[u] = dist[v] === 0 ? u : (lastHop[v] as number);
      queue[size++] = u;
    }
  }

  const { labels } = req;
  const why: string[] = new Array<string>(n);
  for (const v of steps) {
    const d = dist[v] as number;
    if (d === 0) why[v] = GOAL;
    else if (d < 0) why[v] = 'needed for your goals';
    else why[v] = sentence(v, d - 1, goal, via, lastHop, labels);
  }
  return why;
}

/** "needed for T via A → B" for the `between` topics after `v` on its chain; long chains elide the middle. */
function sentence(v: number, between: number, goal: Int32Array, via: Int32Array, lastHop: Int32Array, labels: string[]): string {
  const target = labels[goal[v] as number] as string;
  if (between === 0) return `needed for ${target}`;
  // One join per step builds a flat string; a million steps make a million of them.
  const parts = ['needed for ', target, ' via '];
  const shown = between <= MAX_SHOWN ? between : MAX_SHOWN - 1;
  let u = v;
  for (let i = 0; i < shown; i++) {
    u = via[u] as number;
    if (i > 0) parts.push(' → ');
    parts.push(labels[u] as string);
  }
  if (between > MAX_SHOWN) parts.push(' → … → ', labels[lastHop[v] as number] as string);
  return parts.join('');
}
