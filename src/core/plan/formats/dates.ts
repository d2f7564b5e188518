// Calendar arithmetic on plain YYYY-MM-DD strings in UTC, so the CLI and the page agree to the byte.
import { AtlasError } from '../../errors';

export function parseDay(s: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) throw new AtlasError(`not a date: "${s}" (use YYYY-MM-DD)`);
  return d;
}

export const formatDay = (d: Date): string => d.toISOString().slice(0, 10);

export const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86_400_000);

/** The Monday after `today` (a week starts on Monday; today itself if it is a Monday is skipped). */
export function nextMonday(today: Date): Date {
  const day = today.getUTCDay();
  const base = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  return addDays(base, ((8 - day) % 7) || 7);
}

/** The first day of a 1-based plan week. */
export const weekStart = (start: Date, week: number): Date => addDays(start, (week - 1) * 7);
