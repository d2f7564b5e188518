// The page plans again on every click, and mostly asks for plans it made a moment ago: the plan with
// nothing done (behind the done steps and the burn-down) does not change when a step is ticked, nor a
// goal's own plan when another goal is added. The last few plans of a graph are kept, keyed by their
// options, and forgotten as soon as the graph changes (a details chunk joined).
import { plan, type LearningPlan, type PlanOptions } from '../../core/plan/index';
import { DEFAULT_MIN_CONFIDENCE } from '../../core/rules';
import type { AtlasGraph } from '../../core/types';

/** A click makes at most four plans (the plan, the plan with nothing done, two goals' own). */
const KEPT = 8;

interface Cache {
  plans: Map<string, LearningPlan>;
}

const caches = new WeakMap<AtlasGraph, Cache>();
const CHANGES = ['nodeAdded', 'edgeAdded', 'nodeDropped', 'edgeDropped', 'cleared', 'edgesCleared'] as const;

/** `plan(graph, options)`, from the cache when the same options were planned on the same graph since it last changed. */
export function cachedPlan(graph: AtlasGraph, options: PlanOptions): LearningPlan {
  let cache = caches.get(graph);
  if (cache === undefined) {
    const fresh: Cache = { plans: new Map() };
    for (const event of CHANGES) graph.on(event, () => fresh.plans.size > 0 && fresh.plans.clear());
    caches.set(graph, (cache = fresh));
  }
  const key = keyOf(options);
  const known = cache.plans.get(key);
  if (known !== undefined) {
    // Most recently used last: the first key is the one to drop.
    cache.plans.delete(key);
    cache.plans.set(key, known);
    return known;
  }
  const made = plan(graph, options);
  cache.plans.set(key, made);
  if (cache.plans.size > KEPT) cache.plans.delete(cache.plans.keys().next().value as string);
  return made;
}

/**
 * Options that plan alike make one key: fields in one order, and the core's defaults left out (its
 * minimum confidence, no hours of the learner's own). The time-to-goal figures ask for a goal's own
 * plan without the learner's trust and hours; for one goal at the defaults that is the plan itself.
 */
function keyOf(options: PlanOptions): string {
  const { minConfidence, topicHours, ...rest } = options;
  const fields: Record<string, unknown> = { ...rest };
  if (minConfidence !== undefined && minConfidence !== DEFAULT_MIN_CONFIDENCE) fields.minConfidence = minConfidence;
  if (topicHours !== undefined && Object.keys(topicHours).length > 0) fields.topicHours = topicHours;
  return JSON.stringify(
    Object.keys(fields)
      .filter((k) => fields[k] !== undefined)
      .sort()
      .map((k) => [k, fields[k]]),
  );
}
