// How many hours a topic takes, independent of the learner's pace: what the documents say first,
// a default from the topic's size otherwise.
import { NONE, type Requirements } from './requirements.ts';

/** The study week the documents' "(8-12 weeks)" durations are read in. */
export const NOMINAL_HOURS_PER_WEEK = 10;
/** A topic with no written duration: a base, plus its concepts (bullets) and resources. */
export const BASE_TOPIC_HOURS = 4;
export const HOURS_PER_CONCEPT = 1.5;
export const HOURS_PER_RESOURCE = 1;

/**
 * Hours per step, in order of evidence: the topic's own `weeks` (mean × NOMINAL_HOURS_PER_WEEK);
 * else its document's `weeks` spread evenly over the document's topics and milestones; else
 * BASE_TOPIC_HOURS + HOURS_PER_CONCEPT per concept + HOURS_PER_RESOURCE per distinct resource.
 * Rounded to half hours.
 */
export function estimateHours(req: Requirements, steps: Int32Array, resourceCount: (v: number) => number): Float64Array {
  const { weeks, doc, docWeeks, docTopics, concepts } = req;
  const hours = req.scratch.float64('effort.hours', req.n);
  for (let i = 0; i < steps.length; i++) {
    const v = steps[i] as number;
    if (v >= req.learnables) continue;
    const own = weeks[v] as number;
    const d = doc[v] as number;
    const fromDoc = docWeeks[d] as number;
    if (own !== NONE) hours[v] = roundHalf(own * NOMINAL_HOURS_PER_WEEK);
    else if (fromDoc !== NONE) hours[v] = roundHalf((fromDoc * NOMINAL_HOURS_PER_WEEK) / (docTopics[d] as number));
    else hours[v] = roundHalf(BASE_TOPIC_HOURS + HOURS_PER_CONCEPT * (concepts[v] as number) + HOURS_PER_RESOURCE * resourceCount(v));
  }
  return hours;
}

/** Half hours, and at least half an hour: a step always takes some time. */
function roundHalf(h: number): number {
  return Math.max(0.5, Math.round(h * 2) / 2);
}
