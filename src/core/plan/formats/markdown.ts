// The plan as Markdown to read: grouped by week, each step with its effort, why, and resources.
// Labels come from untrusted documents, so Markdown syntax in them is escaped: no injected links.
import type { LearningPlan } from '../types.ts';
import { isClickableUrl } from '../../ingest/links.ts';
import { formatDay, parseDay, weekStart } from '../../dates.ts';
import { hoursPerTrack } from '../settings.ts';
import type { PlanFormatOptions } from './index.ts';

const escapeText = (s: string): string => s.replace(/[\r\n]+/g, ' ').replace(/([\\`*_[\]<>])/g, '\\$1');
const escapeUrl = (u: string): string => u.replace(/[\s<>()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
const hours = (h: number): string => `${Number.isInteger(h) ? h : h.toFixed(1)} h`;

export function planToMarkdown(plan: LearningPlan, options: PlanFormatOptions): string {
  const start = parseDay(options.start);
  const goal = plan.targets.length > 0 ? plan.targets.map((t) => t.label).join(', ') : 'everything';
  const out = [`# Learning plan: ${escapeText(goal)}`, ''];
  const facts = [
    plan.background ? `Background: ${escapeText(plan.background)}` : 'No background chosen',
    options.tracks === 1
      ? `${options.hours} h/week`
      : `${options.hours} h/week shared by ${options.tracks} tracks (${hours(hoursPerTrack(options))} each)`,
    ...(options.tracks === 1 ? ['1 track'] : []),
    `${hours(plan.totalHours)} over ${plan.weeks} week${plan.weeks === 1 ? '' : 's'}`,
    `starting ${options.start}`,
  ];
  out.push(facts.join(' · '), '');
  if (plan.known.length > 0) out.push(`Already known: ${plan.known.map((k) => escapeText(k.label)).join(', ')}`, '');
  if (plan.steps.length === 0) out.push('Nothing to study: every target is already known or done.', '');
  let week = 0;
  // The last step begun on each track: what runs on into weeks with no new step.
  const running = new Map<number, string>();
  plan.steps.forEach((step, i) => {
    if (step.week !== week) {
      // A week without a new step is study time for the steps already begun: say so, never skip it.
      if (week > 0 && step.week > week + 1) {
        const [from, to] = [week + 1, step.week - 1];
        const span =
          from === to
            ? `Week ${from} (${formatDay(weekStart(start, from))})`
            : `Weeks ${from}–${to} (${formatDay(weekStart(start, from))} to ${formatDay(weekStart(start, to))})`;
        out.push(`## ${span}`, '', `No new step: continue ${[...running.values()].map(escapeText).join(', ')}.`, '');
      }
      week = step.week;
      out.push(`## Week ${week} (${formatDay(weekStart(start, week))})`, '');
    }
    running.set(step.track, step.label);
    out.push(
      `${i + 1}. **${escapeText(step.label)}** (${hours(step.hours)}${options.tracks > 1 ? `, track ${step.track}` : ''}${step.section ? `, ${escapeText(step.section)}` : ''})`,
    );
    out.push(`   ${escapeText(step.why)}`);
    for (const r of step.resources) if (isClickableUrl(r.url)) out.push(`   - [${escapeText(r.label)}](${escapeUrl(r.url)})`);
    out.push('');
  });
  for (const d of plan.diagnostics) out.push(`> ${d.level}: ${escapeText(d.message)} (${d.file}:${d.line})`);
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
