// Time to goal at the learner's pace: for each goal and each learning path the plan touches, the
// hours left and the day they are done by; and the burn-down of the plan as first laid out (nothing
// done) against what is done. Pure: the panel draws it, the tests check it.
import { finishDay, weeksFor } from '../../core/rules';
import type { LearningPlan, PlanOptions } from '../../core/plan/index';
import { cachedPlan } from './plan-cache';
import type { AtlasGraph, NodeId } from '../../core/types';

export interface Remaining {
  id: NodeId;
  label: string;
  hours: number;
  /** Weeks at the learner's pace: ceil(hours / (hours per week × tracks)). */
  weeks: number;
  /** The last day of the last of those weeks, or null when nothing is left. */
  finish: string | null;
}

export interface BurnPoint {
  /** 0 is before the first week; week w is the end of plan week w. */
  week: number;
  /** Hours the plan as first laid out still has left at the end of this week. */
  planned: number;
  /** Hours still left once the done steps are taken off, each in the week it was planned for. */
  remaining: number;
  /** Hours of this week's planned steps that are done. */
  done: number;
}

export interface Pace {
  goals: Remaining[];
  paths: Remaining[];
  burndown: BurnPoint[];
  /** Hours of the plan as first laid out, and of it what is done. */
  plannedHours: number;
  doneHours: number;
}

export interface PaceOptions {
  background?: string;
  known: NodeId[];
  done: NodeId[];
  targets: NodeId[];
  hours: number;
  tracks: number;
  /** YYYY-MM-DD, the first day of week 1. */
  start: string;
}

const round = (h: number): number => Math.round(h * 10) / 10;

const remaining = (id: NodeId, label: string, hours: number, o: PaceOptions): Remaining => {
  const weeks = weeksFor(hours, o.hours);
  return { id, label, hours: round(hours), weeks, finish: finishDay(o.start, weeks) };
};

/** The learning path a topic or milestone belongs to (through its document), or null. */
function pathOf(graph: AtlasGraph, id: NodeId): NodeId | null {
  if (!graph.hasNode(id)) return null;
  const a = graph.getNodeAttributes(id);
  if (a.kind !== 'topic' && a.kind !== 'milestone') return null;
  if (!graph.hasNode(a.doc)) return null;
  const doc = graph.getNodeAttributes(a.doc);
  return doc.kind === 'doc' ? doc.path : null;
}

/** Burn-down of `baseline` (the plan with nothing done) given what is done. */
export function burndownOf(baseline: LearningPlan, done: ReadonlySet<NodeId>): BurnPoint[] {
  const total = baseline.steps.reduce((s, step) => s + step.hours, 0);
  const points: BurnPoint[] = [{ week: 0, planned: round(total), remaining: round(total), done: 0 }];
  let planned = total;
  let left = total;
  for (let week = 1; week <= baseline.weeks; week++) {
    const steps = baseline.steps.filter((s) => s.week === week);
    const scheduled = steps.reduce((s, step) => s + step.hours, 0);
    const doneHours = steps.filter((s) => done.has(s.id)).reduce((s, step) => s + step.hours, 0);
    planned -= scheduled;
    left -= doneHours;
    points.push({ week, planned: round(Math.max(0, planned)), remaining: round(Math.max(0, left)), done: round(doneHours) });
  }
  return points;
}

/**
 * The pace figures for `current` (the plan with done steps taken off, as the panel shows it). A
 * goal's figures are the core's plan for that goal alone with the same options, so they count the
 * goal's own prerequisite closure only.
 */
export function paceOf(graph: AtlasGraph, current: LearningPlan, o: PaceOptions): Pace {
  const base: PlanOptions = { background: o.background, known: o.known, hours: o.hours, tracks: o.tracks };
  const label = (id: NodeId) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
  const goals = o.targets.map((t) => {
    let hours = 0;
    try {
      hours = cachedPlan(graph, { ...base, done: o.done, targets: [t] }).totalHours;
    } catch {
      hours = 0;
    }
    return remaining(t, label(t), hours, o);
  });

  const byPath = new Map<NodeId, number>();
  for (const step of current.steps) {
    const p = pathOf(graph, step.id);
    if (p !== null) byPath.set(p, (byPath.get(p) ?? 0) + step.hours);
  }
  let baseline: LearningPlan;
  try {
    baseline = cachedPlan(graph, { ...base, done: [], targets: o.targets });
  } catch {
    baseline = current;
  }
  // A path whose steps are all done is still one the plan touches: it shows as finished.
  for (const step of baseline.steps) {
    const p = pathOf(graph, step.id);
    if (p !== null && !byPath.has(p)) byPath.set(p, 0);
  }
  const paths = [...byPath].map(([p, hours]) => remaining(p, label(p), hours, o));
  const done = new Set(o.done);
  const plannedHours = round(baseline.steps.reduce((s, step) => s + step.hours, 0));
  const doneHours = round(baseline.steps.filter((s) => done.has(s.id)).reduce((s, step) => s + step.hours, 0));
  return { goals, paths, burndown: burndownOf(baseline, done), plannedHours, doneHours };
}
