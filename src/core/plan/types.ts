// The Plan JSON contract (DESIGN.md "Public contracts"): what `atlas plan --format json`, the page
// and the calendar export all read. Changing a field here is changing a public contract.
import type { Diagnostic, NodeId } from '../types.ts';

export interface PlanOptions {
  /** A pathway's background or label ("Software Engineering", "beginner"): its `assumes` topics count as known. */
  background?: string;
  /** Titles or ids of what the learner already knows; a section, doc or path means all its topics. */
  known?: string[];
  /** Titles or ids to reach; none means every topic and milestone of the graph. */
  targets?: string[];
  /** The learner's study hours per week, shared by the tracks. Default 10. */
  hours?: number;
  /** Parallel tracks, sharing `hours` a week. Default 1. */
  tracks?: number;
  /** Titles or ids already completed: like `known`, but progress rather than background. */
  done?: string[];
  /** `requires` edges of origin `inferred` below this confidence are ignored. Default 0.5. */
  minConfidence?: number;
  /**
   * The learner's own hours for topics, by title or id: they replace Atlas's estimate (README:
   * "Effort"). Each is from 0.5 to 500 hours; a topic the plan does not need is ignored.
   */
  topicHours?: Readonly<Record<string, number>>;
}

export interface NodeRef {
  id: NodeId;
  label: string;
}

export interface PlanResource {
  label: string;
  url: string;
}

export interface PlanStep {
  id: NodeId;
  label: string;
  kind: 'topic' | 'milestone';
  /** The label of the step's section, or null when the topic sits outside any section. */
  section: string | null;
  /** 1-based week in which the step starts. */
  week: number;
  /** 1-based track the step is studied on. */
  track: number;
  hours: number;
  /** The same hours, with how they were estimated (README: "Effort"). */
  effort: { hours: number; basis: string };
  /** Why the step is in the plan: "goal", or the chain of topics it is needed for. */
  why: string;
  resources: PlanResource[];
}

export interface LearningPlan {
  background: string | null;
  /** The targets as the user named them (a section stays a section); empty means the whole graph. */
  targets: NodeRef[];
  known: NodeRef[];
  /** In study order: every step's prerequisites come before it. */
  steps: PlanStep[];
  totalHours: number;
  weeks: number;
  diagnostics: Diagnostic[];
}

export interface NextOptions {
  background?: string;
  known?: string[];
  done?: string[];
  targets?: string[];
  minConfidence?: number;
}

export interface NextTopic {
  id: NodeId;
  label: string;
  /** How many topics of the targets' closure (or the graph) depend on this one, transitively. */
  unlocks: number;
}
