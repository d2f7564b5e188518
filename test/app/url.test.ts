import { describe, expect, it } from 'vitest';
import { searchFromView, viewFromSearch } from '../../src/app/state/url';
import { DEFAULT_VIEW, reduceView, type ViewState } from '../../src/app/state/view';

describe('view state in the URL', () => {
  it.each([
    ['?kinds=topic,bogus', { kinds: ['topic'] }],
    ['?conf=lots', { minConfidence: 0 }],
    ['?conf=7', { minConfidence: 1 }],
    ['?hours=-3', { hours: null }],
    ['?tracks=1.5', { tracks: null }],
    ['?start=next-week', { start: null }],
    ['?view=sideways', { view: 'map' }],
    ['?origins=explicit,made-up', { origins: ['explicit'] }],
  ])('reads the hand-edited %s as the nearest sensible view', (search, expected) => {
    expect(viewFromSearch(search)).toEqual({ ...DEFAULT_VIEW, ...expected });
  });

  it('writes nothing for the default view, so a plain link stays plain', () => {
    expect(searchFromView(DEFAULT_VIEW)).toBe('');
    expect(viewFromSearch('')).toEqual(DEFAULT_VIEW);
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
      origins: ['explicit', 'curated'],
      minConfidence: 0.5,
      view: 'outline',
    };
    const search = searchFromView(view);
    expect(search).toContain('bg=Software+Engineering');
    expect(search).toContain('node=machine-learning-engineering%2Fprerequisites%23calculus-and-optimization');
    expect(viewFromSearch(search)).toEqual(view);
  });
});

describe('view changes', () => {
  it('keeps the selection, goal and view mode when filters are reset', () => {
    const busy: ViewState = { ...DEFAULT_VIEW, node: 'a', targets: ['b'], hours: 6, tracks: 2, view: 'outline', bg: 'X', minConfidence: 0.4, kinds: ['topic'] };
    expect(reduceView(busy, { type: 'reset' })).toEqual({ ...DEFAULT_VIEW, node: 'a', targets: ['b'], hours: 6, tracks: 2, view: 'outline' });
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
