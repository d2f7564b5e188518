// How many hours a topic takes, independent of the learner's pace: what the documents say first,
// a default from the topic's size otherwise.
import type { AtlasGraph, DocAttributes, NodeId, Weeks } from '../types';
import type { Learnable, Requirements } from './requirements';

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
export function estimateHours(graph: AtlasGraph, req: Requirements, steps: Int32Array, resourceCount: (v: number) => number): Float64Array {
  const hours = new Float64Array(req.n);
  const docWeeks = new Map<NodeId, Weeks | null>();
  const docHours = new Map<NodeId, number>();
  const pending: number[] = [];
  for (const v of steps) {
    const a = req.attrs[v] as Learnable;
    if (a.weeks) {
      hours[v] = roundHalf(meanWeeks(a.weeks) * NOMINAL_HOURS_PER_WEEK);
      continue;
    }
    let weeks = docWeeks.get(a.doc);
    if (weeks === undefined) {
      const doc = graph.hasNode(a.doc) ? graph.getNodeAttributes(a.doc) : null;
      weeks = doc?.kind === 'doc' ? ((doc as DocAttributes).weeks ?? null) : null;
      docWeeks.set(a.doc, weeks);
      if (weeks !== null) docHours.set(a.doc, meanWeeks(weeks) * NOMINAL_HOURS_PER_WEEK);
    }
    if (weeks !== null) pending.push(v);
    else hours[v] = roundHalf(BASE_TOPIC_HOURS + HOURS_PER_CONCEPT * (req.concepts[v] as number) + HOURS_PER_RESOURCE * resourceCount(v));
  }
  if (pending.length > 0) {
    const perDoc = new Map<NodeId, number>();
    for (const a of req.attrs) if (docHours.has(a.doc)) perDoc.set(a.doc, (perDoc.get(a.doc) ?? 0) + 1);
    for (const v of pending) {
      const doc = (req.attrs[v] as Learnable).doc;
      hours[v] = roundHalf((docHours.get(doc) as number) / (perDoc.get(doc) as number));
    }
  }
  return hours;
}

function meanWeeks(w: Weeks): number {
  return (w.min + w.max) / 2;
}

/** Half hours, and at least half an hour: a step always takes some time. */
function roundHalf(h: number): number {
  return Math.max(0.5, Math.round(h * 2) / 2);
}
