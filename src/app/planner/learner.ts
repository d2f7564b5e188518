// Everything the planner shows, from the view (background, goals, pace) and the saved progress:
// the core's plan, its fringe, coverage across paths. Pure, so the page and the tests agree, and
// the page never has a second pathfinder.
import {
  containedLearnables,
  coveredByRelated,
  nextUp,
  pathCoverage,
  type Covered,
  type LearningPlan,
  type NextTopic,
  type PathCoverage,
  type PlanFormatOptions,
  type PlanStep,
} from '../../core/plan/index';
import { finishDay, resolvePlanSettings, topicHoursOf } from '../../core/rules';
import type { AtlasGraph, NodeId } from '../../core/types';
import { isLearnable } from '../../core/types';
import type { AtlasModel } from '../data/model';
import { pathwayTopics } from '../data/queries';
import { backgroundPathways } from '../state/appearance';
import type { Progress } from '../state/progress';
import type { ViewState } from '../state/view';
import { cachedPlan } from './plan-cache';

export interface Learner {
  /** The plan for the chosen goals, or null without goals. */
  plan: LearningPlan | null;
  /** The plan's steps the learner ticked done, in the order the plan would take them: shown ticked and dimmed, so a tick can be undone. */
  doneSteps: PlanStep[];
  /** The learner's own hours per topic the plan used (their saved ones, or a shared link's). */
  ownHours: Record<NodeId, number>;
  /** Why there is no plan although goals are set (an unknown goal, a cycle). */
  error: string | null;
  next: NextTopic[];
  covered: Covered[];
  coverage: PathCoverage[];
  /** What the plan exports are written with: the same as `atlas plan --start --hours --tracks`. */
  format: PlanFormatOptions;
  /**
   * Whether the plan was made with its steps' concepts and resources (their effort and resource
   * lists read them): until then it is the map part's estimate, and not exported.
   */
  detailed: boolean;
  /**
   * The topics the learner knows, has done or assumes with a background: what they cover in other
   * paths reads their `related` edges, which come with their chunks of the details.
   */
  have: NodeId[];
  /** The ticks the plan read: a shared link's, or the learner's own saved ones; ids the graph no longer has left out. */
  progress: { known: NodeId[]; done: NodeId[] };
}

export function learnerOf(model: AtlasModel, view: ViewState, progress: Progress, today: Date): Learner {
  const { graph } = model;
  // The view holds only valid settings (url.ts, the planner's inputs); this fills in the defaults.
  const { hours, tracks, start, minConfidence } = resolvePlanSettings(
    { hours: view.hours, tracks: view.tracks, start: view.start, minConfidence: view.minConfidence },
    today,
  ).settings;
  const format = { start, hours, tracks };
  const background = view.bg ?? undefined;
  // A shared link's progress stands for the recipient's own. Ids saved before a rebuild may be gone; the rest still counts.
  const mine = view.shared ?? progress;
  const known = mine.known.filter((id) => graph.hasNode(id));
  const done = mine.done.filter((id) => graph.hasNode(id));
  // Hours kept for a topic the graph no longer has, or out of the core's limits, are left to Atlas's estimate.
  const ownHours = Object.fromEntries(
    Object.entries(mine.hours ?? {}).filter(
      ([id, h]) => graph.hasNode(id) && isLearnable(graph.getNodeAttributes(id)) && topicHoursOf(h) !== null,
    ),
  );
  const learner = { background, known, done, minConfidence, topicHours: ownHours };

  let result: LearningPlan | null = null;
  let doneSteps: PlanStep[] = [];
  let error: string | null = null;
  let next: NextTopic[] = [];
  try {
    if (view.targets.length > 0) {
      result = cachedPlan(graph, { ...learner, targets: view.targets, hours, tracks });
      if (done.length > 0) {
        const ticked = new Set(done);
        doneSteps = cachedPlan(graph, { ...learner, done: [], targets: view.targets, hours, tracks }).steps.filter((s) => ticked.has(s.id));
      }
    }
    next = nextUp(graph, { ...learner, targets: view.targets.length > 0 ? view.targets : undefined });
  } catch (e) {
    error = (e as Error).message;
  }
  const assumed = backgroundPathways(model, view.bg, view.targets).flatMap((p) => pathwayTopics(graph, p, 'assumes'));
  // As the core reads them: a section, document or path known or done is every topic in it.
  const have = new Set<NodeId>([...assumed, ...known, ...done].flatMap((id) => containedLearnables(graph, id)));
  const { covered, coverage } = coverageOf(graph, have);
  const related = model.details.ready([...have]);
  const detailed = related && model.details.ready([...(result?.steps ?? []), ...doneSteps].map((s) => s.id));
  return {
    plan: result,
    doneSteps,
    ownHours,
    error,
    next,
    covered,
    coverage,
    format,
    detailed,
    have: [...have],
    progress: { known, done },
  };
}

/**
 * What the learner has covers the same paths whatever the goals and the pace: kept per graph for
 * the last set of topics, so a goal added or the hours changed do not walk every topic again. The
 * page's graph only grows (chunks joining): its size is in the key.
 */
const coverageCache = new WeakMap<AtlasGraph, { key: string; covered: Covered[]; coverage: PathCoverage[] }>();
function coverageOf(graph: AtlasGraph, have: ReadonlySet<NodeId>): { covered: Covered[]; coverage: PathCoverage[] } {
  const key = `${graph.order} ${graph.size}\n${[...have].join('\n')}`;
  const known = coverageCache.get(graph);
  if (known?.key === key) return known;
  const covered = coveredByRelated(graph, have);
  const made = { key, covered, coverage: pathCoverage(graph, have, covered) };
  coverageCache.set(graph, made);
  return made;
}

/** Time to goal: the last day of the plan's last week, from the learner's start. */
export function finishDate(learner: Learner): string | null {
  if (learner.plan === null || learner.plan.steps.length === 0) return null;
  return finishDay(learner.format.start, learner.plan.weeks);
}
