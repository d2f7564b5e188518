// Whether a plan waits for its steps' concepts and resources, apart from the planner's code (which
// loads after the first map): the app decides this on every plan.
import type { Learner } from './learner';

/**
 * What a plan made without all its details needs: nothing (it had them), the details fetched (its
 * steps' chunks and those of the learner's topics, whose `related` edges say what they cover in
 * other paths), or only to be made again, once they are there, whoever fetched them (a prefetch in
 * idle time joins chunks too, and "Try again" after a failure). `ready`: whether they are in the graph now.
 */
export function detailsNeed(learner: Pick<Learner, 'detailed'> | null, ready: boolean): 'none' | 'replan' | 'fetch' {
  if (learner === null || learner.detailed) return 'none';
  return ready ? 'replan' : 'fetch';
}
