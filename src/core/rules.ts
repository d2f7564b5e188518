// The graph's rules that every view shares, one function per concept (README: "One rule per
// concept"). The page, the worker, the CLI and the Vite plugin import them from here, never from
// the module that holds them, so a second implementation has nowhere to hide.
export { buildsOn, dependentsOf, needsFirst, prerequisitesOf, type RequiresStep } from './prereq/walk';
export { describeUnlocks, unlocks, type Unlocks } from './prereq/unlocks';
export { DEFAULT_MIN_CONFIDENCE, trusted } from './prereq/trust';
export {
  resolvePlanSettings,
  hoursPerTrack,
  DEFAULT_HOURS_PER_WEEK,
  DEFAULT_TRACKS,
  HOURS_PER_WEEK,
  TRACKS,
  START,
  type PlanSettingName,
  type PlanSettings,
  type PlanSettingsInput,
  type SettingProblem,
} from './plan/settings';
export { addDays, finishDay, formatDay, nextMonday, parseDay, weekOf, weeksFor, weekStart, weekStartDay } from './dates';
export { pathwaysForBackground } from './background';
export { kindWord } from './match';
export { isClickableUrl } from './ingest/links';
export { isSkippedFolder, treeFileKind } from './ingest/files';
export { DEFAULT_LIMITS, type Limits } from './ingest/limits';
export { LEGACY_PROGRESS_KEY, progressKeyOf } from './dataset';
