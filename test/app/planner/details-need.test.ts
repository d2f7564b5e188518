// A plan made before its steps' concepts and resources had come is made again once they are there,
// whoever fetched them. A prefetched chunk can join the graph between the plan and the app's check:
// the planner then said "Fetching the steps' resources…" for good, with its exports disabled (the
// page bench's re-planning at 1k topics waited a minute for it in two full runs).
import { describe, expect, it } from 'vitest';
import { detailsNeed } from '../../../src/app/planner/details-need';

describe("a plan's details", () => {
  it('are made into the plan once they have come, whoever fetched them', () => {
    expect(detailsNeed({ detailed: false }, true)).toBe('replan');
  });

  it('are fetched while missing', () => {
    expect(detailsNeed({ detailed: false }, false)).toBe('fetch');
  });

  it('ask nothing of a plan made with them, or of no planner', () => {
    expect(detailsNeed({ detailed: true }, true)).toBe('none');
    expect(detailsNeed({ detailed: true }, false)).toBe('none');
    expect(detailsNeed(null, false)).toBe('none');
  });
});
