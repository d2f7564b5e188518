// The pathfinder: from a background, what is known and the targets, to a learning plan.
export { plan } from './plan';
export { nextUp } from './next';
export { prerequisiteClosure } from './closure';
export { BASE_TOPIC_HOURS, HOURS_PER_CONCEPT, HOURS_PER_RESOURCE, NOMINAL_HOURS_PER_WEEK, RESOURCE_KINDS } from './effort';
export { GOAL } from './explain';
export { PLAN_FORMATS, type PlanFormat, type PlanFormatOptions } from './formats/index';
export { formatNext } from './formats/next';
export { coveredByRelated, pathCoverage, type Covered, type PathCoverage } from './coverage';
export type { LearningPlan, NextOptions, NextTopic, NodeRef, PlanOptions, PlanResource, PlanStep } from './types';
