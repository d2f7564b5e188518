// The plan as a calendar: one all-day event per step, from the Monday of its week for as many
// weeks as its hours take at the chosen pace. Stable UIDs and timestamps make the file
// reproducible, and text is folded and escaped by the `ics` package (no line-breaking injection).
import { createEvents, type EventAttributes } from 'ics';
import { AtlasError } from '../../errors.ts';
import type { LearningPlan } from '../types.ts';
import { addDays, parseDay, weekStart, weeksFor } from '../../dates.ts';
import { hoursPerTrack } from '../settings.ts';
import type { PlanFormatOptions } from './index.ts';
import { isClickableUrl } from '../../ingest/links.ts';

const oneLine = (s: string): string => s.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ');
/**
 * The `ics` package escapes SUMMARY and DESCRIPTION but writes CATEGORIES as given; RFC 5545 TEXT
 * needs "\\" and ";" escaped, and a "," would split the category in two, so it becomes a space.
 */
const category = (s: string): string =>
  oneLine(s)
    .replace(/,/g, ' ')
    .replace(/[\\;]/g, (c) => `\\${c}`);
const ymd = (d: Date): [number, number, number] => [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];

export function planToIcs(plan: LearningPlan, options: PlanFormatOptions): string {
  const start = parseDay(options.start);
  const events: EventAttributes[] = plan.steps.map((s) => {
    const first = weekStart(start, s.week);
    const weeks = Math.max(1, weeksFor(s.hours, hoursPerTrack(options)));
    const resources = s.resources.filter((r) => isClickableUrl(r.url)).map((r) => `${oneLine(r.label)}: ${r.url}`);
    return {
      uid: `${encodeURIComponent(s.id)}@atlas`,
      timestamp: start.getTime(),
      start: ymd(first),
      end: ymd(addDays(first, weeks * 7)),
      title: oneLine(`Study: ${s.label}`),
      description: oneLine(`${s.hours} h. ${s.why}.`) + (resources.length > 0 ? `\n${resources.join('\n')}` : ''),
      categories: s.section ? [category(s.section)] : [],
    };
  });
  if (events.length === 0) return 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:atlas\r\nEND:VCALENDAR\r\n';
  const { error, value } = createEvents(events, { productId: 'atlas', calName: 'Learning plan' });
  if (error || !value) throw new AtlasError(`calendar export failed: ${error?.message ?? 'unknown error'}`);
  return value;
}
