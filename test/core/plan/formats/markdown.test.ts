import { describe, expect, it } from 'vitest';
import { plan } from '../../../../src/core/plan/index';
import { planToMarkdown } from '../../../../src/core/plan/formats/markdown';
import { seedLike } from '../fixtures';

const markdown = (hours: number, tracks: number) => {
  const p = plan(seedLike().graph, { targets: ['Deep Learning Frameworks'], hours, tracks });
  return { p, text: planToMarkdown(p, { hours, tracks, start: '2026-12-07' }) };
};

describe('the Markdown plan', () => {
  it('says the week is shared by the tracks, and the schedule keeps to it', () => {
    const { p, text } = markdown(8, 2);
    expect(text).toContain(`8 h/week shared by 2 tracks (4 h each) · ${p.totalHours} h over ${p.weeks} weeks`);
    expect(p.weeks).toBeGreaterThanOrEqual(Math.ceil(p.totalHours / 8));
  });

  it('never skips a week silently: a week without a new step says what continues', () => {
    const { p, text } = markdown(10, 1);
    const covered = new Set<number>();
    for (const m of text.matchAll(/^## Weeks? (\d+)(?:–(\d+))?/gm))
      for (let w = Number(m[1]); w <= Number(m[2] ?? m[1]); w++) covered.add(w);
    const last = Math.max(...p.steps.map((s) => s.week));
    for (let w = 1; w <= last; w++) expect(covered.has(w)).toBe(true);
    expect(text).toContain('No new step: continue Python Programming.');
  });
});
