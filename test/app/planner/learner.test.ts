import { describe, expect, it } from 'vitest';
import { PLAN_FORMATS } from '../../../src/core/plan/formats/index';
import { plan } from '../../../src/core/plan/index';
import { findGoal, goalChoices, goalProblem, goalsLabelled } from '../../../src/app/planner/goals';
import { finishDate, learnerOf } from '../../../src/app/planner/learner';
import { appearance } from '../../../src/app/state/appearance';
import { DEFAULT_VIEW, type ViewState } from '../../../src/app/state/view';
import { CORPUS } from '../../helpers';
import { modelOf, SEED } from '../helpers';

const TODAY = new Date(Date.UTC(2026, 10, 25));
const ENGINEER: ViewState = { ...DEFAULT_VIEW, bg: 'Software Engineering', targets: [SEED('deep-learning-frameworks')], hours: 8 };
const nothing = { known: [], done: [] };

describe('the planner', () => {
  it('explains an unknown goal instead of failing', async () => {
    const learner = learnerOf(await modelOf(), { ...ENGINEER, targets: ['No Such Topic'] }, nothing, TODAY);
    expect(learner.plan).toBeNull();
    expect(learner.error).toMatch(/No Such Topic/);
  });

  it('keeps a ticked step in view, ticked, so the tick can be undone', async () => {
    const model = await modelOf();
    const first = learnerOf(model, ENGINEER, nothing, TODAY).plan?.steps[0];
    const learner = learnerOf(model, ENGINEER, { known: [], done: [first?.id as string] }, TODAY);
    expect(learner.plan?.steps.map((s) => s.id)).not.toContain(first?.id);
    expect(learner.doneSteps.map((s) => s.id)).toEqual([first?.id]);
  });

  it("schedules with the learner's own hours for a topic, as `atlas plan --topic-hours` does, and drops hours for a topic that is gone", async () => {
    const model = await modelOf();
    const estimated = learnerOf(model, ENGINEER, nothing, TODAY).plan!;
    const calculus = SEED('calculus-and-optimization');
    const learner = learnerOf(model, ENGINEER, { known: [], done: [], hours: { [calculus]: 3, 'gone#topic': 5 } }, TODAY);
    expect(learner.ownHours).toEqual({ [calculus]: 3 });
    expect(learner.plan).toEqual(
      plan(model.graph, {
        background: 'Software Engineering',
        targets: [SEED('deep-learning-frameworks')],
        hours: 8,
        topicHours: { 'Calculus and Optimization': 3 },
      }),
    );
    expect(learner.plan?.steps.find((s) => s.id === calculus)?.hours).toBe(3);
    expect(learner.plan!.totalHours).toBeLessThan(estimated.totalHours);
  });

  it('ignores saved ids the graph no longer has', async () => {
    const learner = learnerOf(await modelOf(), ENGINEER, { known: ['gone#topic'], done: ['gone#other'] }, TODAY);
    expect(learner.error).toBeNull();
    expect(learner.plan?.steps.length).toBeGreaterThan(0);
  });

  it("is the core's plan, exported with the CLI's defaults: next Monday, the URL's hours", async () => {
    const model = await modelOf();
    const learner = learnerOf(model, ENGINEER, nothing, TODAY);
    expect(learner.format).toEqual({ start: '2026-11-30', hours: 8, tracks: 1 });
    expect(learner.plan).toEqual(
      plan(model.graph, {
        background: 'Software Engineering',
        targets: [SEED('deep-learning-frameworks')],
        hours: 8,
        tracks: 1,
        known: [],
        done: [],
      }),
    );
    const md = PLAN_FORMATS.find((f) => f.id === 'md')?.run(learner.plan!, learner.format) ?? '';
    expect(md).toContain('starting 2026-11-30');
    expect(finishDate(learner)).toBe(new Date(Date.UTC(2026, 10, 30 + learner.plan!.weeks * 7 - 1)).toISOString().slice(0, 10));
  });

  it('drops done steps from the plan and counts them, with what the background assumes, as covered', async () => {
    const model = await modelOf();
    const before = learnerOf(model, ENGINEER, nothing, TODAY);
    const after = learnerOf(model, ENGINEER, { known: [], done: [SEED('calculus-and-optimization')] }, TODAY);
    expect(after.plan?.steps.map((s) => s.id)).not.toContain(SEED('calculus-and-optimization'));
    expect(after.plan!.totalHours).toBeLessThan(before.plan!.totalHours);
    const covered = (l: typeof before) => l.coverage.reduce((n, c) => n + c.covered, 0);
    expect(covered(before)).toBeGreaterThan(0);
    expect(covered(after)).toBe(covered(before) + 1);
  });

  it('lights the route on the map and fades the rest', async () => {
    const model = await modelOf();
    const route = learnerOf(model, ENGINEER, nothing, TODAY).plan!.steps.map((s) => s.id);
    const look = appearance(model, ENGINEER, null, route);
    expect(look.node(SEED('deep-learning-frameworks'))).toBe('highlighted');
    expect(look.order.get(route[0]!)).toBe(1);
    expect(look.node(SEED('python-programming-mastery'))).toBe('faded');
  });

  it('tells apart goals that share a title: on the corpus four goals are called "Data Pipeline Architecture"', async () => {
    const goals = goalChoices(await modelOf(CORPUS));
    expect(goalsLabelled(goals, 'data pipeline architecture').map((g) => [g.kind, g.title])).toEqual([
      ['topic', 'Data Pipeline Architecture (topic in AI Application Development)'],
      ['section', 'Data Pipeline Architecture (section in Data Engineering)'],
      ['topic', 'Data Pipeline Architecture (topic in Prerequisites for MLOps Engineering)'],
      ['topic', 'Data Pipeline Architecture (topic in MLOps Fundamentals)'],
    ]);
    expect(new Set(goals.map((g) => g.title.toLowerCase())).size).toBe(goals.length);
    expect(findGoal(goals, 'Data Pipeline Architecture')).toBeNull();
    expect(goalProblem(goals, 'Data Pipeline Architecture ')).toMatch(
      /^4 goals are called "Data Pipeline Architecture": pick one from the list/,
    );
    expect(findGoal(goals, 'data pipeline architecture (topic in mlops fundamentals)')?.id).toBe(
      'mlops-engineering/mlops-fundamentals#data-pipeline-architecture',
    );
    expect(findGoal(goals, 'Python Programming Mastery')?.kind).toBe('topic');
  });

  it('offers no orientation text as a goal: the intro page\'s "MLOps Engineering" paragraph is not one, the path is', async () => {
    const goals = goalChoices(await modelOf(CORPUS));
    expect(goalsLabelled(goals, 'mlops engineering').map((g) => [g.kind, g.title])).toEqual([['path', 'MLOps Engineering']]);
    expect(findGoal(goals, 'MLOps Engineering')?.id).toBe('mlops-engineering/');
  });

  it('says which goals a typed part of a name fits, and what a mistyped name may have meant', async () => {
    const goals = goalChoices(await modelOf());
    // "Neural Network" is in a topic's name and a section's: the field named neither and said no goal was called that.
    expect(findGoal(goals, 'Neural Network')).toBeNull();
    expect(goalProblem(goals, 'Neural Network')).toBe(
      '2 names have "Neural Network" in them: pick one from the list (Deep Learning and Neural Networks; Neural Network Fundamentals).',
    );
    expect(goalProblem(goals, 'Linear Algebr Fundamentals')).toBe(
      'No topic, section, document or path is called "Linear Algebr Fundamentals"; did you mean "Linear Algebra Fundamentals"?',
    );
    expect(goalProblem(goals, 'zzz qqq')).toBe('No topic, section, document or path is called "zzz qqq".');
    expect(goalProblem(goals, '  ')).toBe('Type the name of a topic, section, document or path.');
  });

  it.each([
    ['deep learning frameworks', SEED('deep-learning-frameworks')],
    ['  Deep Learning Frameworks ', SEED('deep-learning-frameworks')],
    ['no such thing', null],
  ])('finds the goal "%s"', async (typed, id) => {
    expect(findGoal(goalChoices(await modelOf()), typed)?.id ?? null).toBe(id);
  });

  it('reads a learning path marked known as every topic in it, as the plan does, in the coverage and what it covers', async () => {
    const model = await modelOf(CORPUS);
    const view: ViewState = { ...DEFAULT_VIEW, targets: ['mlops-engineering/'] };
    const learner = learnerOf(model, view, { known: ['data-science/'], done: [] }, TODAY);
    // "I know this" on the path: the sidebar said 0 of 124 while the plan took all 124 as known.
    expect(learner.coverage.find((c) => c.path === 'data-science/')).toMatchObject({ topics: 124, covered: 124, share: 1 });
    expect(learner.covered.length).toBeGreaterThan(0);
    const have = new Set([...learner.have, ...learner.covered.map((c) => c.topic)]);
    expect(have).toEqual(new Set(learner.plan?.known.map((k) => k.id)));
  });
});
