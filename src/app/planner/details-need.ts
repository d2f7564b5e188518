// Whether a plan waits for its steps' concepts and resources, apart from the planner's code (which
// loads after the first map): the app decides this on every plan.
import type { Learner } from './learner';

/**
 * What a plan made without all its details needs: nothing (it had them), the details fetched (all of
 * them, when the learner's topics may cover other paths), or only to be made again, once they are
 * there, whoever fetched them (a prefetch in idle time joins chunks too, and "Try again" after a
 * failure). `now`: whether its steps' chunks, and whether all chunks, are in the graph now.
 */
export function detailsNeed(
  learner: Pick<Learner, 'detailed' | 'related'> | null,
  now: { steps: boolean; all: boolean },
): 'none' | 'replan' | 'fetch' | 'fetch-all' {
  if (learner === null || learner.detailed) return 'none';
  if (!learner.related) return now.all ? 'replan' : 'fetch-all';
  return now.steps ? 'replan' : 'fetch';
}
