// Calendar arithmetic for plans, in one place: days are YYYY-MM-DD strings in UTC and weeks are
// counted in study hours, so the CLI, the page's planner and its pace view agree to the byte.
import { AtlasError } from './errors.ts';

const DAY_MS = 86_400_000;

export function parseDay(s: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) throw new AtlasError(`not a date: "${s}" (use YYYY-MM-DD)`);
  return d;
}

export const formatDay = (d: Date): string => d.toISOString().slice(0, 10);

export const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * DAY_MS);

/** The Monday after `today` (a week starts on Monday; today itself if it is a Monday is skipped). */
export function nextMonday(today: Date): Date {
  const day = today.getUTCDay();
  const base = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  return addDays(base, (8 - day) % 7 || 7);
}

/** The first day of a 1-based plan week. */
export const weekStart = (start: Date, week: number): Date => addDays(start, (week - 1) * 7);

/** The first day of a 1-based plan week, from the plan's first day. */
export const weekStartDay = (start: string, week: number): string => formatDay(weekStart(parseDay(start), week));

/** The 1-based week in which study hour `hour` falls. */
export const weekOf = (hour: number, hoursPerWeek: number): number => Math.floor(hour / hoursPerWeek) + 1;

/** Whole weeks that `hours` of study take at `hoursPerWeek`; a rounding error never adds a week. */
export const weeksFor = (hours: number, hoursPerWeek: number): number => (hours <= 0 ? 0 : Math.ceil(hours / hoursPerWeek - 1e-9));

/** The last day of `weeks` weeks from `start`, or null for none. */
export function finishDay(start: string, weeks: number): string | null {
  return weeks <= 0 ? null : formatDay(addDays(parseDay(start), weeks * 7 - 1));
}
