// A learner who knows a topic takes them less (or more) time than Atlas estimates sets their own
// hours for it; the plan schedules with them, and the CLI and the page read the same option.
import { describe, expect, it } from 'vitest';
import { AtlasError } from '../../../src/core/errors';
import { plan } from '../../../src/core/plan';
import { seedLike } from './fixtures';

const GOAL = { targets: ['Deep Learning Frameworks'] };

describe("plan: a topic's own hours, invalid", () => {
  it.each([
    [0, 'takes a number of hours from 0.5 to 500, got "0"'],
    [-3, 'takes a number of hours from 0.5 to 500, got "-3"'],
    [Number.NaN, 'takes a number of hours from 0.5 to 500, got "NaN"'],
    [1e9, 'takes a number of hours from 0.5 to 500, got "1000000000"'],
  ])('refuses %s hours for a topic', (hours, message) => {
    expect(() => plan(seedLike().graph, { ...GOAL, topicHours: { 'Calculus and Optimization': hours } })).toThrow(
      `plan: hours for "Calculus and Optimization" ${message}`,
    );
  });

  it('names the closest titles for an unknown topic', () => {
    expect(() => plan(seedLike().graph, { ...GOAL, topicHours: { Calculs: 3 } })).toThrow(AtlasError);
    expect(() => plan(seedLike().graph, { ...GOAL, topicHours: { Calculs: 3 } })).toThrow(/did you mean "Calculus and Optimization"/);
  });

  it('refuses a section: hours are set per topic', () => {
    expect(() => plan(seedLike().graph, { ...GOAL, topicHours: { Mathematics: 3 } })).toThrow(/hours are set per topic/);
  });
});

describe("plan: a topic's own hours", () => {
  it('schedules with them: the step takes them, the total and the weeks after it follow, and the basis says so', () => {
    const { graph } = seedLike();
    const estimated = plan(graph, { ...GOAL, hours: 10 });
    const own = plan(graph, { ...GOAL, hours: 10, topicHours: { 'Python Programming': 4 } });
    const step = (p: typeof own, id: string) => p.steps.find((s) => s.id === id);
    expect(step(estimated, 'py')?.hours).toBe(30);
    expect(step(own, 'py')).toMatchObject({
      hours: 4,
      effort: { hours: 4, basis: 'your own hours (Atlas estimated 30 h: 3 weeks written for this topic, at 10 h a week)' },
    });
    expect(own.totalHours).toBe(estimated.totalHours - 26);
    expect(own.weeks).toBeLessThan(estimated.weeks);
    expect(step(own, 'dlf')?.week).toBeLessThan(step(estimated, 'dlf')?.week as number);
    // The other steps keep Atlas's estimate.
    expect(step(own, 'calc')).toEqual(step(estimated, 'calc'));
  });

  it('takes an id as well as a title, and ignores hours for a topic the plan does not need', () => {
    const { graph } = seedLike();
    const byId = plan(graph, { ...GOAL, topicHours: { py: 4, 'Python Programming': 4 } });
    expect(byId.steps.find((s) => s.id === 'py')?.hours).toBe(4);
    const elsewhere = plan(graph, { targets: ['Linear Algebra Fundamentals'], topicHours: { py: 4 } });
    expect(elsewhere).toEqual(plan(graph, { targets: ['Linear Algebra Fundamentals'] }));
  });
});
