import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeIds, encodeIds, searchFromView, viewFromSearch } from '../../../src/app/state/url';
import { DEFAULT_VIEW, reduceView, type ViewState } from '../../../src/app/state/view';
import { finishDate, learnerOf } from '../../../src/app/planner/learner';
import { modelOf } from '../helpers';

const TODAY = new Date('2026-12-02T12:00:00Z');

describe('view state in the URL', () => {
  it.each([
    ['?kinds=topic,bogus', { kinds: ['topic'] }],
    ['?view=sideways', { view: 'map' }],
    ['?origins=explicit,made-up', { origins: ['explicit'] }],
  ])('reads the hand-edited %s as the nearest sensible view', (search, expected) => {
    expect(viewFromSearch(search, TODAY)).toEqual({ view: { ...DEFAULT_VIEW, ...expected }, notices: [] });
  });

  it.each([
    ['?start=9999-99-99', 'start takes a date from 2000-01-01 to 2999-12-31 (YYYY-MM-DD), got "9999-99-99"'],
    ['?start=next-week', 'start takes a date'],
    ['?hours=0.000001', 'hours takes a number of hours per week from 1 to 168, got "0.000001"'],
    ['?hours=-3', 'hours takes a number of hours per week'],
    ['?tracks=1000000000', 'tracks takes a whole number of parallel tracks from 1 to 8, got "1000000000"'],
    ['?tracks=1.5', 'tracks takes a whole number'],
    ['?conf=7', 'conf takes a confidence from 0 to 1, got "7"'],
    ['?conf=lots', 'conf takes a confidence from 0 to 1'],
  ])('keeps the default for the crafted %s and says why', (search, notice) => {
    const { view, notices } = viewFromSearch(`${search}&target=Deep+Learning+Frameworks`, TODAY);
    expect(view).toEqual({ ...DEFAULT_VIEW, targets: ['Deep Learning Frameworks'] });
    expect(notices).toEqual([expect.stringContaining(notice)]);
  });

  it('plans with the defaults where a crafted link held values out of their limits', async () => {
    const model = await modelOf();
    const { view } = viewFromSearch('?start=9999-99-99&hours=0.000001&tracks=1000000000&target=Deep+Learning+Frameworks', TODAY);
    const learner = learnerOf(model, view, { known: [], done: [] }, TODAY);
    expect(learner.error).toBeNull();
    expect(learner.format).toEqual({ start: '2026-12-07', hours: 10, tracks: 1 });
    expect(finishDate(learner)).toMatch(/^20\d\d-\d\d-\d\d$/);
  });

  it('plans from any link: every value out of its limits is a notice and a default, never a thrown error (property)', async () => {
    const model = await modelOf();
    const value = fc.oneof(
      fc.string(),
      fc.double().map(String),
      fc.integer().map(String),
      fc.constantFrom('9999-99-99', '1e-300', '1e308', 'NaN', '-0', '2026-11-30'),
    );
    await fc.assert(
      fc.asyncProperty(fc.record({ hours: value, tracks: value, start: value, conf: value }), async (params) => {
        const { view } = viewFromSearch(`?${new URLSearchParams({ ...params, target: 'Deep Learning Frameworks' })}`, TODAY);
        const learner = learnerOf(model, view, { known: [], done: [] }, TODAY);
        expect(learner.error).toBeNull();
        expect(learner.format.hours).toBeGreaterThanOrEqual(1);
        expect(learner.format.tracks).toBeLessThanOrEqual(8);
        expect(finishDate(learner)).toMatch(/^2\d\d\d-\d\d-\d\d$/);
      }),
      { numRuns: 60 },
    );
  });

  it('writes nothing for the default view, so a plain link stays plain', () => {
    expect(searchFromView(DEFAULT_VIEW)).toBe('');
    expect(viewFromSearch('', TODAY)).toEqual({ view: DEFAULT_VIEW, notices: [] });
  });

  it('round-trips every field, ids with # and spaces included', () => {
    const view: ViewState = {
      node: 'machine-learning-engineering/prerequisites#calculus-and-optimization',
      bg: 'Software Engineering',
      targets: ['ml/fundamentals#deep-learning', 'Deep Learning Frameworks'],
      hours: 8,
      tracks: 2,
      start: '2026-11-30',
      paths: ['machine-learning-engineering/', 'data-science/'],
      section: 'machine-learning-engineering/prerequisites#mathematical-foundation-requirements',
      kinds: ['topic', 'concept'],
      edges: ['requires', 'related'],
      origins: ['explicit', 'curated', 'inferred'],
      signals: ['knowledge', 'schedule'],
      minConfidence: 0.5,
      view: 'outline',
      shared: { done: ['ml/fundamentals#deep-learning', 'ml/fundamentals#cnn', 'ds/stats#mean'], known: [] },
    };
    const search = searchFromView(view);
    expect(search).toContain('bg=Software+Engineering');
    expect(search).toContain('node=machine-learning-engineering%2Fprerequisites%23calculus-and-optimization');
    expect(viewFromSearch(search, TODAY)).toEqual({ view, notices: [] });
  });
});

describe('a shared link carries progress, compactly', () => {
  it('groups topic ids by their document', () => {
    const ids = ['mlops-engineering/prerequisites#a', 'mlops-engineering/prerequisites#b', 'ml/x#c'];
    expect(encodeIds(ids)).toBe('mlops-engineering/prerequisites#a~b,ml/x#c');
    expect(decodeIds(encodeIds(ids))).toEqual(ids);
  });

  it("carries the learner's own hours, grouped by document, and drops a crafted pair with a notice", () => {
    const view: ViewState = { ...DEFAULT_VIEW, shared: { done: [], known: [], hours: { 'a/doc#x': 6, 'a/doc#y': 2.5, 'b/doc#z': 1 } } };
    const search = searchFromView(view);
    expect(new URLSearchParams(search).get('effort')).toBe('a/doc#x:6~y:2.5,b/doc#z:1');
    expect(viewFromSearch(search, TODAY)).toEqual({ view, notices: [] });
    const crafted = viewFromSearch('?effort=a/doc%23x:0~y:3,__proto__:4,b/doc%23z:lots', TODAY);
    // "__proto__" is an id like any other (the planner drops it: no such topic), never the object's prototype.
    expect(Object.entries(crafted.view.shared?.hours ?? {})).toEqual([
      ['a/doc#y', 3],
      ['__proto__', 4],
    ]);
    expect(crafted.notices).toEqual([
      'This link\'s effort "a/doc#x:0" is not a topic with a number of hours from 0.5 to 500; Atlas\'s estimate is used instead.',
      'This link\'s effort "b/doc#z:lots" is not a topic with a number of hours from 0.5 to 500; Atlas\'s estimate is used instead.',
    ]);
  });

  it("plans the recipient with the link's done and known topics, not their own", async () => {
    const model = await modelOf();
    const plain = viewFromSearch('?target=Deep+Learning+Frameworks', TODAY).view;
    const first = learnerOf(model, plain, { known: [], done: [] }, TODAY).plan?.steps[0]?.id as string;
    const { view } = viewFromSearch(searchFromView({ ...plain, shared: { done: [first], known: [] } }), TODAY);
    const learner = learnerOf(model, view, { known: [], done: [] }, TODAY);
    expect(learner.plan?.steps.map((s) => s.id)).not.toContain(first);
    expect(learner.doneSteps.map((s) => s.id)).toEqual([first]);
  });
});

describe('view changes', () => {
  it('keeps the selection, goal and view mode when filters are reset', () => {
    const busy: ViewState = {
      ...DEFAULT_VIEW,
      node: 'a',
      targets: ['b'],
      hours: 6,
      tracks: 2,
      view: 'outline',
      bg: 'X',
      minConfidence: 0.4,
      kinds: ['topic'],
    };
    expect(reduceView(busy, { type: 'reset' })).toEqual({
      ...DEFAULT_VIEW,
      node: 'a',
      targets: ['b'],
      hours: 6,
      tracks: 2,
      view: 'outline',
    });
  });

  it('keeps toggled kinds in their canonical order', () => {
    const once = reduceView(DEFAULT_VIEW, { type: 'toggleKind', kind: 'concept' });
    expect(once.kinds).toEqual(['topic', 'milestone', 'pathway', 'concept']);
    expect(reduceView(once, { type: 'toggleKind', kind: 'topic' }).kinds).toEqual(['milestone', 'pathway', 'concept']);
  });

  it('clamps the minimum confidence to 0..1', () => {
    expect(reduceView(DEFAULT_VIEW, { type: 'minConfidence', value: 3 }).minConfidence).toBe(1);
    expect(reduceView(DEFAULT_VIEW, { type: 'minConfidence', value: -1 }).minConfidence).toBe(0);
  });
});
