// Why each step is in the plan, for humans: the closure walk already found each step's shortest
// chain of dependents to a target; this phrases it.
import type { Closure } from './closure';
import type { Requirements } from './requirements';

/** Chains with more topics between step and target than this show the first ones and the last. */
const MAX_SHOWN = 3;

export const GOAL = 'goal';

/**
 * `why` of a step: "goal" for a target, "needed for <target> via <A> → <B>" otherwise, where the
 * step is a prerequisite of A, A of B and B of the target.
 */
export function explain(req: Requirements, closure: Closure): (v: number) => string {
  const { labels } = req;
  const { depth, via, goal, lastHop } = closure;
  // One array reused for every sentence, joined into a flat string: a million steps make a million.
  const parts: string[] = [];
  return (v) => {
    const between = (depth[v] as number) - 1;
    if (between < 0) return GOAL;
    const target = labels[goal[v] as number] as string;
    if (between === 0) return `needed for ${target}`;
    parts.length = 0;
    parts.push('needed for ', target, ' via ');
    const shown = between <= MAX_SHOWN ? between : MAX_SHOWN - 1;
    let u = v;
    for (let i = 0; i < shown; i++) {
      u = via[u] as number;
      if (i > 0) parts.push(' → ');
      parts.push(labels[u] as string);
    }
    if (between > MAX_SHOWN) parts.push(' → … → ', labels[lastHop[v] as number] as string);
    return parts.join('');
  };
}
