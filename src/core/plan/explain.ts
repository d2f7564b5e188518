// Why each step is in the plan, for humans: the closure walk already found each step's shortest
// chain of dependents to a target; this phrases it.
import type { Closure } from './closure.ts';
import type { Requirements } from './requirements.ts';

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
  // are printed, and their pieces are shared. A step's sentence depends only on the dependent it
  // was reached from, so siblings share one (sentences[slot[parent]]); "needed for <target>" and
  // "needed for <target> via " are made once per target, " → <topic>" once per topic and
  // " → … → <last>" once per last hop. A new sentence then costs at most three joins.
  const slot = req.scratch.int32('explain.slot', req.n, -1);
  const sentences: string[] = [];
  const arrowSlot = req.scratch.int32('explain.arrowSlot', req.n, -1);
  const arrows: string[] = [];
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
  const arrow = (u: number): string => {
    const known = arrowSlot[u] as number;
    if (known >= 0) return arrows[known] as string;
    const text = ' → ' + (labels[u] as string);
    arrowSlot[u] = arrows.length;
    arrows.push(text);
    return text;
  };
  return (v) => {
    const between = (depth[v] as number) - 1;
    if (between < 0) return GOAL;
    if (between === 0) return headOf(goal[v] as number)[0];
    const parent = via[v] as number;
    const known = slot[parent] as number;
    if (known >= 0) return sentences[known] as string;
    const head = headOf(goal[v] as number);
    let text = head[1] + (labels[parent] as string);
    const shown = between <= MAX_SHOWN ? between : MAX_SHOWN - 1;
    let u = parent;
    for (let i = 1; i < shown; i++) {
      u = via[u] as number;
      text += arrow(u);
    }
    if (between > MAX_SHOWN) {
      const last = lastHop[v] as number;
      let tail = tails.get(last);
      if (tail === undefined) tails.set(last, (tail = ' → … → ' + (labels[last] as string)));
      text += tail;
    }
    slot[parent] = sentences.length;
    sentences.push(text);
    return text;
  };
}
