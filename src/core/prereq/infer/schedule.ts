// A study schedule the author wrote ("Week 1-4: … Week 5-8: …", "Month 1", "Phase 2") states an
// order: what it has the learner study in an earlier period comes before what it schedules later.
// It is an order, not a dependency, so alone it stays under the planner's threshold; it confirms
// a pair another signal relates.
import type { KnowledgeBase } from '../knowledge/base.ts';
import type { Findings } from './findings.ts';
import type { Passage, Profile } from './profiles.ts';
import { namedTopics } from './text.ts';

export const SCHEDULE_CONFIDENCE = 0.35;

/**
 * The schedule's items in periods. A period's heading is a paragraph the graph does not keep, so
 * periods are told apart by the lines between items: items on consecutive lines share a period.
 */
function periods(passages: readonly Passage[]): Passage[][] {
  const items = passages.filter((p) => p.kind === 'concept').sort((x, y) => x.source.line - y.source.line);
  const out: Passage[][] = [];
  let last = -Infinity;
  for (const item of items) {
    if (item.source.line > last + 1) out.push([]);
    out[out.length - 1]?.push(item);
    last = item.source.line;
  }
  return out;
}

export function scheduleSignal(groups: readonly Profile[][], kb: KnowledgeBase, findings: Findings, schedules: ReadonlySet<Profile>): void {
  for (const group of groups) {
    const plans = group.filter((p) => schedules.has(p));
    if (plans.length === 0) continue;
    const named = namedTopics(
      group.filter((p) => !schedules.has(p)),
      kb,
    );
    for (const plan of plans) {
      const blocks = periods(plan.passages);
      if (blocks.length < 2) continue;
      const firstPeriod = new Map<Profile, { period: number; item: Passage }>();
      blocks.forEach((block, period) => {
        for (const item of block)
          for (const { value } of named.find(item)) for (const t of value) if (!firstPeriod.has(t)) firstPeriod.set(t, { period, item });
      });
      for (const [a, pa] of firstPeriod) {
        for (const [b, pb] of firstPeriod) {
          if (pa.period >= pb.period) continue;
          findings.add({
            from: a,
            to: b,
            signal: 'schedule',
            confidence: SCHEDULE_CONFIDENCE,
            evidence: () =>
              `schedule: "${plan.label}" has "${pa.item.text}" in period ${pa.period + 1} and "${pb.item.text}" in period ${pb.period + 1}`,
            source: pb.item.source,
          });
        }
      }
    }
  }
}
