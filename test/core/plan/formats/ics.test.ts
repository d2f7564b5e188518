// The plan as a calendar file: text from documents cannot break out of its property (RFC 5545).
import { describe, expect, it } from 'vitest';
import { planToIcs } from '../../../../src/core/plan/formats/ics';
import type { LearningPlan } from '../../../../src/core/plan/types';

const planWithSection = (section: string): LearningPlan => ({
  background: null,
  targets: [],
  known: [],
  steps: [
    {
      id: 't',
      label: 'Topic',
      kind: 'topic',
      section,
      week: 1,
      track: 1,
      hours: 4,
      effort: { hours: 4, basis: 'its material' },
      why: 'goal',
      resources: [],
    },
  ],
  totalHours: 4,
  weeks: 1,
  diagnostics: [],
});

describe('ICS categories', () => {
  it.each([
    ['a semicolon', 'Maths; Physics', 'CATEGORIES:Maths\\; Physics'],
    ['a backslash', 'C:\\Users', 'CATEGORIES:C:\\\\Users'],
    ['a comma, which would make two categories', 'Data, Models', 'CATEGORIES:Data  Models'],
    ['a line break', 'One\r\nBEGIN:VALARM', 'CATEGORIES:One BEGIN:VALARM'],
  ])('escapes %s', (_what, section, line) => {
    const ics = planToIcs(planWithSection(section), { start: '2026-11-30', hours: 10, tracks: 1 });
    expect(ics.split('\r\n')).toContain(line);
  });
});
