// The graph's rules that every view shares, one function per concept (README: "One rule per
// concept"). The page, the worker, the CLI and the Vite plugin import them from here, never from
// the module that holds them, so a second implementation has nowhere to hide.
export { buildsOn, dependentsOf, needsFirst, prerequisitesOf, type RequiresStep } from './prereq/walk.ts';
export { describeUnlocks, unlocks, type Unlocks } from './prereq/unlocks.ts';
export { DEFAULT_MIN_CONFIDENCE, trusted } from './prereq/trust.ts';
export {
  resolvePlanSettings,
  hoursPerTrack,
  DEFAULT_HOURS_PER_WEEK,
  DEFAULT_TRACKS,
  HOURS_PER_WEEK,
  TRACKS,
  START,
  TOPIC_HOURS,
  TOPIC_HOURS_WANTS,
  topicHoursOf,
  type PlanSettingName,
  type PlanSettings,
  type PlanSettingsInput,
  type SettingProblem,
} from './plan/settings.ts';
export { addDays, finishDay, formatDay, nextMonday, parseDay, weekOf, weeksFor, weekStart, weekStartDay } from './dates.ts';
export { pathwaysForBackground } from './background.ts';
export { closestMatches, kindWord } from './match.ts';
export { isClickableUrl } from './ingest/links.ts';
export { isSkippedFolder, treeFileKind } from './ingest/files.ts';
export { DEFAULT_LIMITS, type Limits } from './ingest/limits.ts';
export { LEGACY_PROGRESS_KEY, progressKeyOf } from './dataset.ts';
export { plural } from './summary.ts';
export { documentOrder, searchText, topicOf } from './topic.ts';
