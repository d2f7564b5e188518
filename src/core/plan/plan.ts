// The pathfinder's entry point: from a background, what is known and the targets, to an ordered,
// scheduled and explained list of steps (the Plan JSON contract of DESIGN.md).
import type { AtlasGraph, NodeId } from '../types.ts';
import { estimateHours } from './effort.ts';
import { explain } from './explain.ts';
import { NONE, type Requirements } from './requirements.ts';
import { resourcesOf } from './resources.ts';
import { schedule } from './schedule.ts';
import { weekOf } from '../dates.ts';
import { pathOf } from '../background.ts';
import { resolveTopicHours } from './resolve.ts';
import { scopeOf } from './scope.ts';
import { hoursPerTrack, planSettingsOf } from './settings.ts';
import type { LearningPlan, PlanOptions, PlanResource, PlanStep } from './types.ts';

/** One frozen empty list for every step without resources: a million steps need not make a million. */
const NO_RESOURCES: PlanResource[] = Object.freeze([]) as unknown as PlanResource[];

export function plan(graph: AtlasGraph, options: PlanOptions = {}): LearningPlan {
  const settings = planSettingsOf({ hours: options.hours, tracks: options.tracks });
  const { tracks } = settings;
  const hoursPerWeek = hoursPerTrack(settings);

  const scope = scopeOf(graph, options);
  const { req, closure, deps, ordering } = scope;
  const resources = resourcesOf(req, closure.inPlan);
  const own = new Map<number, number>();
  for (const [id, h] of resolveTopicHours(graph, options.topicHours ?? {})) own.set(req.indexOf(id), h);
  const effort = estimateHours(req, closure.nodes, own);
  const { hours } = effort;
  const timing = schedule(ordering.sequence, hours, deps, { hoursPerWeek, tracks });
  const why = explain(req, closure, scope.partOf);
  const from = coveredIn(
    graph,
    req,
    scope.targets.map((t) => t.id),
  );

  // Every sentence first, then the steps: V8 allocates the long-lived step objects straight in its
  // old generation, and old objects pointing at young strings make each young collection revisit
  // them; phrased first, most sentences are already old when their step points at them (at 300k
  // steps this halves the time spent collecting).
  const { sequence } = timing;
  // Steps with the same hours and basis share one frozen effort object, as steps without resources
  // share one empty list: most steps of a large plan have one of a few dozen.
  const efforts = new Map<string, Map<number, PlanStep['effort']>>();
  const effortOf = (h: number, basis: string): PlanStep['effort'] => {
    let byHours = efforts.get(basis);
    if (byHours === undefined) efforts.set(basis, (byHours = new Map()));
    let e = byHours.get(h);
    if (e === undefined) byHours.set(h, (e = Object.freeze({ hours: h, basis })));
    return e;
  };
  const sentences: string[] = [];
  for (let i = 0; i < sequence.length; i++) {
    const v = sequence[i] as number;
    if (v < req.learnables) sentences.push(from(v, why(v)));
  }
  const steps: PlanStep[] = new Array(sentences.length);
  for (let i = 0, s = 0; i < sequence.length; i++) {
    const v = sequence[i] as number;
    if (v >= req.learnables) continue;
    const section = req.section[v] as number;
    steps[s] = {
      id: req.ids[v] as NodeId,
      label: req.labels[v] as string,
      kind: req.milestone[v] ? 'milestone' : 'topic',
      section: section === NONE ? null : (req.sectionLabels[section] ?? null),
      week: weekOf(timing.start[v] as number, hoursPerWeek),
      track: (timing.track[v] as number) + 1,
      hours: hours[v] as number,
      effort: effortOf(hours[v] as number, effort.basis(v)),
      why: sentences[s] as string,
      resources: resources.list.get(v) ?? NO_RESOURCES,
    };
    s++;
  }
  return {
    background: scope.background?.label ?? null,
    targets: scope.targets,
    known: scope.known,
    steps,
    totalHours: timing.totalHours,
    weeks: timing.weeks,
    diagnostics: scope.diagnostics,
  };
}

/**
 * A step from a learning path other than the goals' says where it is covered ("…; covered in
 * Machine Learning Engineering"): the plan reaches into that path for it. A step's path is its
 * document's, so it is looked up once per document.
 */
function coveredIn(graph: AtlasGraph, req: Requirements, goals: readonly NodeId[]): (v: number, why: string) => string {
  if (goals.length === 0) return (_v, why) => why;
  const goalPaths = new Set(goals.map((g) => pathOf(graph, g)));
  const suffixOfDoc = new Map<number, string>();
  return (v, why) => {
    const d = req.doc[v] as number;
    let suffix = suffixOfDoc.get(d);
    if (suffix === undefined) {
      const path = pathOf(graph, req.ids[v] as NodeId);
      suffix = goalPaths.has(path) || path === null ? '' : '; covered in ' + graph.getNodeAttribute(path, 'label');
      suffixOfDoc.set(d, suffix);
    }
    return suffix === '' ? why : why + suffix;
  };
}
