// Whether a plan waits for its steps' concepts and resources, apart from the planner's code (which
// loads after the first map): the app decides this on every plan.
import type { Learner } from './learner';

/**
 * What a plan made without all its details needs: nothing (it had them), the details fetched (all of
 * them, when the learner's topics may cover other paths), or only to be made again, when they came
 * after it was made and before anything asked for them (a prefetch in idle time joins chunks too).
 */
export function detailsNeed(
  learner: Pick<Learner, 'detailed' | 'related'> | null,
  readyNow: boolean,
): 'none' | 'replan' | 'fetch' | 'fetch-all' {
  if (learner === null || learner.detailed) return 'none';
  if (!learner.related) return 'fetch-all';
  return readyNow ? 'replan' : 'fetch';
}
