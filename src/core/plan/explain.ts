// Why each step is in the plan, for humans: the closure walk already found each step's shortest
// chain of dependents to a target; this phrases it.
import type { Closure } from './closure';
import type { Requirements } from './requirements';

/** Chains with more topics between step and target than this show the first ones and the last. */
const MAX_SHOWN = 3;

export const GOAL = 'goal';

/**
 * `why` per node index: "goal" for a target, "needed for <target> via <A> → <B>" otherwise, where the
 * step is a prerequisite of A, A of B and B of the target.
 */
export function explain(req: Requirements, closure: Closure): string[] {
  const { labels } = req;
  const { depth, via, goal, lastHop } = closure;
  const why: string[] = new Array<string>(req.n);
  for (const v of closure.nodes) {
    const d = depth[v] as number;
    why[v] = d === 0 ? GOAL : sentence(v, d - 1, goal, via, lastHop, labels);
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
