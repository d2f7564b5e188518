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
  // Sentences are ropes (built with +, never joined): V8 copies their characters only when they
  // are printed, and the pieces are shared. A step's sentence depends only on the dependent it
  // was reached from, so siblings share one (sentences[slot[parent]]); the "needed for <target>"
  // heads and "→ … → <last>" tails are shared by every step of their target.
  const slot = req.scratch.int32('explain.slot', req.n, -1);
  const sentences: string[] = [];
  const heads = new Map<number, string>();
  const tails = new Map<number, string>();
  return (v) => {
    const between = (depth[v] as number) - 1;
    if (between < 0) return GOAL;
    const parent = via[v] as number;
    const known = slot[parent] as number;
    if (known >= 0) return sentences[known] as string;
    const g = goal[v] as number;
    let text = heads.get(g);
    if (text === undefined) heads.set(g, (text = 'needed for ' + (labels[g] as string)));
    if (between > 0) {
      const shown = between <= MAX_SHOWN ? between : MAX_SHOWN - 1;
      let u = parent;
      text += ' via ' + (labels[u] as string);
      for (let i = 1; i < shown; i++) {
        u = via[u] as number;
        text += ' → ' + (labels[u] as string);
      }
      if (between > MAX_SHOWN) {
        const last = lastHop[v] as number;
        let tail = tails.get(last);
        if (tail === undefined) tails.set(last, (tail = ' → … → ' + (labels[last] as string)));
        text += tail;
      }
    }
    slot[parent] = sentences.length;
    sentences.push(text);
    return text;
  };
}
