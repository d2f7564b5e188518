// A learning plan as files people use: Markdown to read, CSV for spreadsheets, ICS for calendars,
// JSON for programs. One registry, so the CLI's --format and the page's export menu agree to the byte.
import type { LearningPlan } from '../types.ts';
import { planToCsv } from './csv.ts';
import { planToIcs } from './ics.ts';
import { planToMarkdown } from './markdown.ts';

export interface PlanFormatOptions {
  /** First day of week 1, YYYY-MM-DD. */
  start: string;
  hours: number;
  tracks: number;
}

export interface PlanFormat {
  id: 'md' | 'json' | 'csv' | 'ics';
  label: string;
  extension: string;
  mime: string;
  run: (plan: LearningPlan, options: PlanFormatOptions) => string;
}

export const PLAN_FORMATS: readonly PlanFormat[] = [
  { id: 'md', label: 'Markdown', extension: 'md', mime: 'text/markdown', run: planToMarkdown },
  { id: 'json', label: 'JSON', extension: 'json', mime: 'application/json', run: (plan) => `${JSON.stringify(plan, null, 2)}\n` },
  { id: 'csv', label: 'CSV', extension: 'csv', mime: 'text/csv', run: planToCsv },
  { id: 'ics', label: 'Calendar (ICS)', extension: 'ics', mime: 'text/calendar', run: planToIcs },
];
