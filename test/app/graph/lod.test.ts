// Level of detail: which nodes a zoomed-out map leaves out, and when the reader gets them back.
import { describe, expect, it } from 'vitest';
import { displayGraph, focusEdges } from '../../../src/app/graph/display-graph';
import {
  cameraLevel,
  detailLevels,
  LEVEL_STEP,
  levelCounts,
  levelForRank,
  NODE_BUDGET,
  nodesByLevel,
  type LodInput,
} from '../../../src/app/graph/lod';
import { MAP_KINDS, DEFAULT_VIEW } from '../../../src/app/state/view';
import { CORPUS, corpusAvailable } from '../../helpers';
import { modelOf } from '../helpers';

const topics = (n: number, dependents: (i: number) => number = () => 0): LodInput[] =>
  Array.from({ length: n }, (_x, i) => ({ id: `t${i}`, kind: 'topic', dependents: dependents(i) }));
const shownAt = (levels: number[], level: number): number => levels.filter((l) => l <= level).length;

describe('level of detail', () => {
  it('draws a map within the budget whole, at every zoom', () => {
    expect(detailLevels(topics(NODE_BUDGET))).toEqual(new Array(NODE_BUDGET).fill(0));
  });

  it('keeps about a budget of nodes in view at every zoom level of a large map', () => {
    const levels = detailLevels(topics(50_000), 1000);
    for (let level = 0; level <= 8; level++) {
      // Zoomed in by STEP^level, the view covers 1/STEP^(2·level) of a uniformly spread map.
      const inView = shownAt(levels, level) / LEVEL_STEP ** (2 * level);
      expect(inView).toBeLessThan(1001);
      if (shownAt(levels, level) < 50_000) expect(inView).toBeGreaterThan(1000 / LEVEL_STEP ** 2);
    }
    expect(Math.max(...levels)).toBe(levelForRank(49_999, 1000));
    expect(shownAt(levels, Math.max(...levels))).toBe(50_000);
  });

  it('shows pathways, milestones and the most depended-on topics first, concepts and resources last', () => {
    const nodes: LodInput[] = [
      { id: 'r', kind: 'resource', dependents: 0 },
      { id: 'c', kind: 'concept', dependents: 0 },
      { id: 'minor', kind: 'topic', dependents: 0 },
      { id: 'major', kind: 'topic', dependents: 40 },
      { id: 'm', kind: 'milestone', dependents: 0 },
      { id: 'p', kind: 'pathway', dependents: 0 },
    ];
    const levels = detailLevels(nodes, 1);
    const levelOf = (id: string) => levels[nodes.findIndex((n) => n.id === id)] as number;
    expect(levelOf('p')).toBe(0);
    const order = ['p', 'm', 'major', 'minor', 'c', 'r'].map(levelOf);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(levelOf('r')).toBeGreaterThan(levelOf('major'));
  });

  it('spreads the topics a level adds over the whole map, not one learning path first', () => {
    // Ids in document order: the first half is one path, the second another.
    const levels = detailLevels(topics(10_000), 1000);
    const first = levels.slice(0, 5000).filter((l) => l === 0).length;
    expect(first).toBeGreaterThan(400);
    expect(first).toBeLessThan(600);
  });

  it('gives the same levels for the same map', () => {
    const nodes = topics(5000, (i) => i % 7);
    expect(detailLevels(nodes, 500)).toEqual(detailLevels([...nodes], 500));
  });

  it('counts the nodes each level draws, with those of the levels before it', () => {
    expect(levelCounts([0, 2, 0, 1, 2])).toEqual([2, 3, 5]);
    expect(levelCounts([0, 0])).toEqual([2]);
    expect(levelCounts([])).toEqual([0]);
  });

  it('lists the nodes each level adds', () => {
    expect(nodesByLevel(['a', 'b', 'c', 'd'], [0, 2, 0, 2])).toEqual([['a', 'c'], [], ['b', 'd']]);
    expect(nodesByLevel([], [])).toEqual([[]]);
  });

  it('reads the level from the camera: 0 with the whole map in view, one more per zoom step', () => {
    expect(cameraLevel(3)).toBe(0);
    expect(cameraLevel(1)).toBe(0);
    expect(cameraLevel(0.9)).toBe(0);
    expect(cameraLevel(1 / LEVEL_STEP)).toBe(1);
    expect(cameraLevel(1 / LEVEL_STEP ** 4)).toBe(4);
    expect(cameraLevel(0.02)).toBe(Math.floor(Math.log(50) / Math.log(LEVEL_STEP)));
  });
});

describe('level of detail on the map', () => {
  it('leaves the default dataset whole, even with concepts and resources on', async () => {
    const g = displayGraph(await modelOf(), MAP_KINDS);
    expect(g.getAttribute('lodCounts')).toEqual([g.order]);
    expect(g.someNode((_n, a) => a.lod !== 0)).toBe(false);
  });

  it.skipIf(!corpusAvailable)(
    'draws the corpus whole by default, and its concepts and resources only zoomed in',
    { timeout: 30_000 },
    async () => {
      const model = await modelOf(CORPUS);
      expect(displayGraph(model, DEFAULT_VIEW.kinds).getAttribute('lodCounts')).toHaveLength(1);
      const all = displayGraph(model, MAP_KINDS);
      const counts = all.getAttribute('lodCounts');
      expect(counts.length).toBeGreaterThan(1);
      expect(counts[counts.length - 1]).toBe(all.order);
      expect(all.getAttribute('lodNodes').map((ids) => ids.length)).toEqual(counts.map((c, l) => c - (counts[l - 1] ?? 0)));
      // Whole map in view: every topic that fits the budget, and no concept or resource.
      expect(all.someNode((_n, a) => (a.kind === 'concept' || a.kind === 'resource') && a.lod === 0)).toBe(false);
      expect(all.someNode((_n, a) => (a.kind === 'pathway' || a.kind === 'milestone') && a.lod !== 0)).toBe(false);
    },
  );
});

describe('edges the map holds', () => {
  it('leaves switched-off edge kinds out, and gives them back around the node in focus', async () => {
    const model = await modelOf();
    const g = displayGraph(model, DEFAULT_VIEW.kinds, 'horizontal', ['requires']);
    expect(g.someEdge((_e, a) => a.kind === 'assumes' || a.kind === 'focuses' || a.kind === 'related')).toBe(false);
    expect(g.someEdge((_e, a) => a.kind === 'requires')).toBe(true);
    const pathway = g.findNode((_n, a) => a.kind === 'pathway') as string;
    const extra = focusEdges(model, g, pathway);
    expect(extra.length).toBeGreaterThan(0);
    expect(
      extra.every(
        (e) => (e.source === pathway || e.target === pathway) && (e.attributes.kind === 'assumes' || e.attributes.kind === 'focuses'),
      ),
    ).toBe(true);
    expect(focusEdges(model, g, null)).toEqual([]);
    expect(focusEdges(model, displayGraph(model, DEFAULT_VIEW.kinds), pathway)).toEqual([]);
  });
});
