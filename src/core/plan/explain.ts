// Why each step is in the plan: the shortest chain of dependents from it to a target, found by one
// breadth-first search backwards from all targets at once.
import { MILESTONE_EDGE, type Dependencies } from './dependencies';
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
    for (let k = deps.inStart[v] as number, end = deps.inStart[v + 1] as number; k < end; k++) {
      const e = deps.inEdges[k] as number;
      if (deps.origin[e] === MILESTONE_EDGE) continue;
      const u = deps.from[e] as number;
      if ((dist[u] as number) >= 0) continue;
      dist[u] = (dist[v] as number) + 1;
      via[u] = v;
      goal[u] = goal[v] as number;
      lastHop[u] = dist[v] === 0 ? u : (lastHop[v] as number);
      queue[size++] = u;
    }
  }

  const label = (v: number) => req.attrs[v]?.label ?? '';
  const why: string[] = new Array<string>(n);
  for (const v of steps) {
    const d = dist[v] as number;
    if (d === 0) why[v] = GOAL;
    else if (d < 0) why[v] = 'needed for your goals';
    else why[v] = `needed for ${label(goal[v] as number)}${chain(v, d - 1, via, lastHop, label)}`;
  }
  return why;
}

/** " via A → B" for the `between` topics after `v` on its chain; long chains elide the middle. */
function chain(v: number, between: number, via: Int32Array, lastHop: Int32Array, label: (v: number) => string): string {
  if (between === 0) return '';
  const names: string[] = [];
  let u = via[v] as number;
  const shown = between <= MAX_SHOWN ? between : MAX_SHOWN - 1;
  for (let i = 0; i < shown; i++, u = via[u] as number) names.push(label(u));
  if (between > MAX_SHOWN) names.push('…', label(lastHop[v] as number));
  return ` via ${names.join(' → ')}`;
}
