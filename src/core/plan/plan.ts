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
  const { sequence, start, track } = timing;
  const { ids, labels, milestone, section, sectionLabels, learnables } = req;
  let count = 0;
  for (let i = 0; i < sequence.length; i++) if ((sequence[i] as number) < learnables) count++;
  const sentences: string[] = new Array(count);
  for (let i = 0, s = 0; i < sequence.length; i++) {
    const v = sequence[i] as number;
    if (v < learnables) sentences[s++] = from(v, why(v));
  }
  const list = resources.list.size > 0 ? resources.list : null;
  const steps: PlanStep[] = new Array(count);
  for (let i = 0, s = 0; i < sequence.length; i++) {
    const v = sequence[i] as number;
    if (v >= learnables) continue;
    const c = section[v] as number;
    steps[s] = {
      id: ids[v] as NodeId,
      label: labels[v] as string,
      kind: milestone[v] ? 'milestone' : 'topic',
      section: c === NONE ? null : (sectionLabels[c] ?? null),
      week: weekOf(start[v] as number, hoursPerWeek),
      track: (track[v] as number) + 1,
      hours: hours[v] as number,
      effort: effort.of(v),
      why: sentences[s] as string,
      resources: list?.get(v) ?? NO_RESOURCES,
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
  const suffixOfDoc: (string | undefined)[] = new Array(req.docIds.length);
  return (v, why) => {
    const d = req.doc[v] as number;
    let suffix = suffixOfDoc[d];
    if (suffix === undefined) {
      const path = pathOf(graph, req.ids[v] as NodeId);
      suffix = goalPaths.has(path) || path === null ? '' : '; covered in ' + graph.getNodeAttribute(path, 'label');
      suffixOfDoc[d] = suffix;
    }
    return suffix === '' ? why : why + suffix;
  };
}
