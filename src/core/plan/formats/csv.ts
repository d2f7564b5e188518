// The plan as CSV, one row per step. Cells that a spreadsheet would run as a formula
// (= + - @ at the start) are escaped.
import Papa from 'papaparse';
import type { LearningPlan } from '../types.ts';
import { formatDay, parseDay, weekStart } from '../../dates.ts';
import type { PlanFormatOptions } from './index.ts';

export function planToCsv(plan: LearningPlan, options: PlanFormatOptions): string {
  const start = parseDay(options.start);
  const rows = plan.steps.map((s, i) => ({
    step: i + 1,
    week: s.week,
    week_start: formatDay(weekStart(start, s.week)),
    track: s.track,
    id: s.id,
    label: s.label,
    kind: s.kind,
    section: s.section ?? '',
    hours: s.hours,
    why: s.why,
    resources: s.resources.map((r) => r.url).join(' '),
  }));
  const fields = ['step', 'week', 'week_start', 'track', 'id', 'label', 'kind', 'section', 'hours', 'why', 'resources'];
  return `${Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f as keyof typeof r])) }, { escapeFormulae: true, newline: '\r\n' })}\r\n`;
}
