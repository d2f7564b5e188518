// The plan's settings: hours a week, parallel tracks, the first day and how sure an inferred
// prerequisite must be. Their defaults, limits and messages live here only: the CLI's flags, the
// page's URL and inputs, and plan() itself all resolve them through resolvePlanSettings.
import { formatDay, nextMonday, parseDay } from '../dates.ts';
import { AtlasError } from '../errors.ts';
import { DEFAULT_MIN_CONFIDENCE } from '../prereq/trust.ts';

export interface PlanSettings {
  /** Study hours a week on each track. */
  hours: number;
  tracks: number;
  /** First day of week 1, YYYY-MM-DD. */
  start: string;
  /** `requires` edges of origin `inferred` below this confidence are not trusted. */
  minConfidence: number;
}

export type PlanSettingName = keyof PlanSettings;

/** As a user gave them: text from a flag or a URL, a number from code; null or undefined for the default. */
export type PlanSettingsInput = { [K in PlanSettingName]?: string | number | null };

export interface SettingProblem {
  setting: PlanSettingName;
  /** "takes …, got …": the shell puts the name the user wrote (`--hours`, `hours=`) in front. */
  message: string;
}

export const DEFAULT_HOURS_PER_WEEK = 10;
export const DEFAULT_TRACKS = 1;
/**
 * A week has 168 hours; fewer than one a week would make a plan of thousands of weeks (and, near
 * zero, dates past the calendar's end). More than 8 tracks is not one person studying.
 */
export const HOURS_PER_WEEK = { min: 1, max: 168 } as const;
export const TRACKS = { min: 1, max: 8 } as const;
/** Days a plan may start on: a plan of a few thousand weeks still ends inside the calendar. */
export const START = { min: '2000-01-01', max: '2999-12-31' } as const;

/**
 * A learner's own hours for one topic, which replace Atlas's estimate: from half an hour (the
 * smallest step a plan has) to 500 (a year of ten-hour weeks is 520).
 */
export const TOPIC_HOURS = { min: 0.5, max: 500 } as const;
export const TOPIC_HOURS_WANTS = `a number of hours from ${TOPIC_HOURS.min} to ${TOPIC_HOURS.max}`;

/** A topic's own hours as the learner gave them (text from a field, a flag or a link, or a number), or null when out of limits. */
export function topicHoursOf(given: string | number): number | null {
  return numberIn(TOPIC_HOURS.min, TOPIC_HOURS.max, false)(String(given));
}

const RULES: { [K in PlanSettingName]: { wants: string; read: (text: string) => PlanSettings[K] | null } } = {
  hours: {
    wants: `a number of hours per week from ${HOURS_PER_WEEK.min} to ${HOURS_PER_WEEK.max}`,
    read: numberIn(HOURS_PER_WEEK.min, HOURS_PER_WEEK.max, false),
  },
  tracks: { wants: `a whole number of parallel tracks from ${TRACKS.min} to ${TRACKS.max}`, read: numberIn(TRACKS.min, TRACKS.max, true) },
  start: { wants: `a date from ${START.min} to ${START.max} (YYYY-MM-DD)`, read: day },
  minConfidence: { wants: 'a confidence from 0 to 1', read: numberIn(0, 1, false) },
};

function numberIn(min: number, max: number, whole: boolean): (text: string) => number | null {
  return (text) => {
    if (text.trim() === '') return null;
    // "-0" is 0: a setting reads back the same from the link it writes.
    const n = Number(text) + 0;
    return n >= min && n <= max && (!whole || Number.isInteger(n)) ? n : null;
  };
}

function day(text: string): string | null {
  try {
    const d = formatDay(parseDay(text));
    return d >= START.min && d <= START.max ? d : null;
  } catch {
    return null;
  }
}

/**
 * Every setting given and valid, the default for the others, and a problem for each one given but
 * invalid (it falls back to its default). `today` places the default start: the Monday after it.
 */
export function resolvePlanSettings(input: PlanSettingsInput, today: Date): { settings: PlanSettings; problems: SettingProblem[] } {
  const settings: PlanSettings = {
    hours: DEFAULT_HOURS_PER_WEEK,
    tracks: DEFAULT_TRACKS,
    start: formatDay(nextMonday(today)),
    minConfidence: DEFAULT_MIN_CONFIDENCE,
  };
  const problems: SettingProblem[] = [];
  for (const name of Object.keys(RULES) as PlanSettingName[]) {
    const given = input[name];
    if (given === undefined || given === null) continue;
    const rule = RULES[name];
    const value = rule.read(String(given));
    if (value === null) problems.push({ setting: name, message: `takes ${rule.wants}, got "${String(given)}"` });
    else (settings as Record<PlanSettingName, string | number>)[name] = value;
  }
  return { settings, problems };
}

/**
 * The settings of a library call (plan(), nextUp()), or an AtlasError naming the first invalid one.
 * They schedule in weeks, not dates, so no calendar is read: the start day is the formats' concern.
 */
export function planSettingsOf(input: Omit<PlanSettingsInput, 'start'>): Omit<PlanSettings, 'start'> {
  const { settings, problems } = resolvePlanSettings(input, NO_CALENDAR);
  const problem = problems[0];
  if (problem !== undefined) throw new AtlasError(`plan: ${problem.setting} ${problem.message}`);
  return settings;
}

const NO_CALENDAR = new Date(0);

/**
 * `hours` is the learner's whole week; parallel tracks share it, so each track gets its part and
 * "8 h a week on 2 tracks" is 8 hours a week, not 16. Every schedule, header and export uses this.
 */
export const hoursPerTrack = (settings: { hours: number; tracks: number }): number => settings.hours / settings.tracks;
