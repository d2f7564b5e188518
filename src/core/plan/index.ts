// The pathfinder: from a background, what is known and the targets, to a learning plan.
export { plan } from './plan.ts';
export { nextUp } from './next.ts';
export { prerequisiteClosure } from './closure.ts';
export { containedLearnables } from './resolve.ts';
export { BASE_TOPIC_HOURS, HOURS_PER_CONCEPT, HOURS_PER_RESOURCE, NOMINAL_HOURS_PER_WEEK, RESOURCE_KINDS } from './effort.ts';
export { GOAL } from './explain.ts';
export { PLAN_FORMATS, type PlanFormat, type PlanFormatOptions } from './formats/index.ts';
export { formatNext } from './formats/next.ts';
export { COVERS_MATERIAL, COVERS_NAMES, covers, coveredByRelated, pathCoverage, type Covered, type PathCoverage } from './coverage.ts';
export type { LearningPlan, NextOptions, NextTopic, NodeRef, PlanOptions, PlanResource, PlanStep } from './types.ts';
