import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/core/plan/index';
import { learnerOf } from '../../../src/app/planner/learner';
import { burndownOf, paceOf, type PaceOptions } from '../../../src/app/planner/pace';
import { finishDay } from '../../../src/core/rules';
import { DEFAULT_VIEW, type ViewState } from '../../../src/app/state/view';
import { modelOf, SEED } from '../helpers';

const TODAY = new Date(Date.UTC(2026, 10, 25));
const GOAL = SEED('deep-learning-frameworks');
const CALCULUS = SEED('calculus-and-optimization');
const ENGINEER: ViewState = { ...DEFAULT_VIEW, bg: 'Software Engineering', targets: [GOAL], hours: 8 };

async function paceFor(view: ViewState, done: string[]) {
  const model = await modelOf();
  const learner = learnerOf(model, view, { known: [], done }, TODAY);
  if (learner.plan === null) throw new Error(learner.error ?? 'no plan');
  const options: PaceOptions = {
    background: 'Software Engineering',
    known: [],
    done,
    targets: view.targets,
    hours: learner.format.hours,
    tracks: learner.format.tracks,
    start: learner.format.start,
  };
  return { model, learner, plan: learner.plan, options, pace: paceOf(model.graph, learner.plan, options) };
}

describe('time to goal at my pace', () => {
  it('gives the goal its hours left and a finish day at start + ceil(hours / hours per week) weeks', async () => {
    const { pace, plan: current, options } = await paceFor(ENGINEER, []);
    expect(pace.goals).toHaveLength(1);
    const [goal] = pace.goals;
    expect(goal?.label).toBe('Deep Learning Frameworks');
    expect(goal?.hours).toBeCloseTo(current.totalHours, 5);
    const weeks = Math.ceil(current.totalHours / 8);
    expect(goal?.weeks).toBe(weeks);
    expect(goal?.finish).toBe(finishDay(options.start, weeks));
    // Every remaining step is on some learning path; the paths add up to the plan.
    expect(pace.paths.length).toBeGreaterThan(0);
    expect(pace.paths.reduce((s, p) => s + p.hours, 0)).toBeCloseTo(current.totalHours, 0);
  });

  it('drops the hours left, per goal, per path and in the burn-down, when a step is done', async () => {
    const before = await paceFor(ENGINEER, []);
    const after = await paceFor(ENGINEER, [CALCULUS]);
    const calculus = before.plan.steps.find((s) => s.id === CALCULUS);
    expect(calculus).toBeDefined();
    const h = calculus?.hours ?? 0;
    expect(h).toBeGreaterThan(0);
    expect(after.pace.goals[0]?.hours).toBeCloseTo((before.pace.goals[0]?.hours ?? 0) - h, 5);
    expect(after.pace.paths.reduce((s, p) => s + p.hours, 0)).toBeCloseTo(before.pace.paths.reduce((s, p) => s + p.hours, 0) - h, 0);
    // The burn-down keeps the plan as first laid out and takes the done hours off in their week.
    expect(after.pace.plannedHours).toBe(before.pace.plannedHours);
    expect(after.pace.doneHours).toBeCloseTo(h, 5);
    expect(after.pace.burndown.map((p) => p.planned)).toEqual(before.pace.burndown.map((p) => p.planned));
    const week = after.pace.burndown.find((p) => p.week === calculus?.week);
    expect(week?.done).toBeCloseTo(h, 5);
    expect(after.pace.burndown.at(-1)?.remaining).toBeCloseTo(before.pace.plannedHours - h, 0);
  });

  it("counts a goal's own prerequisite closure only, as the core plans that goal alone", async () => {
    const nn = SEED('neural-network-fundamentals');
    const view = { ...ENGINEER, targets: [GOAL, nn, SEED('python-programming-mastery')] };
    const { pace, model, plan: both } = await paceFor(view, []);
    const alone = (t: string) =>
      plan(model.graph, { background: 'Software Engineering', known: [], done: [], targets: [t], hours: 8 }).totalHours;
    expect(pace.goals.map((g) => g.id)).toEqual(view.targets);
    for (const g of pace.goals) expect(g.hours).toBeCloseTo(alone(g.id), 0);
    // Neural networks come before the frameworks: fewer hours, an earlier or equal finish.
    const [frameworks, networks] = pace.goals;
    expect(networks?.hours).toBeLessThan(frameworks?.hours ?? 0);
    expect((networks?.finish ?? '') <= (frameworks?.finish ?? '')).toBe(true);
    expect(frameworks?.hours).toBeLessThanOrEqual(both.totalHours);
  });

  it('burns down from the total to nothing, week by week', async () => {
    const { plan: current } = await paceFor(ENGINEER, []);
    const points = burndownOf(current, new Set());
    expect(points[0]).toEqual({ week: 0, planned: points[0]?.remaining, remaining: points[0]?.remaining, done: 0 });
    expect(points[0]?.planned).toBeCloseTo(current.totalHours, 0);
    expect(points).toHaveLength(current.weeks + 1);
    expect(points.at(-1)?.planned).toBe(0);
    for (let i = 1; i < points.length; i++) expect(points[i]?.planned ?? 0).toBeLessThanOrEqual(points[i - 1]?.planned ?? 0);
    // Nothing done: nothing burnt.
    expect(points.every((p) => p.remaining === points[0]?.remaining)).toBe(true);
  });
});
