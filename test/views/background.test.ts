// One rule, every view: the pathways a background means are pathwaysForBackground
// (src/core/background.ts), for the plan, the map's fading and the coverage bars alike.
import { describe, expect, it } from 'vitest';
import { appearance } from '../../src/app/state/appearance';
import { DEFAULT_VIEW } from '../../src/app/state/view';
import { learnerOf } from '../../src/app/planner/learner';
import { plan } from '../../src/core/plan/index';
import { isLearnable } from '../../src/core/types';
import { CORPUS, corpusAvailable, DEFAULT_DOCS } from '../helpers';
import { modelOf } from '../app/helpers';

describe.each([
  ['the default dataset', DEFAULT_DOCS, 'software', true],
  ['the corpus', CORPUS, 'beginner', corpusAvailable],
])('a background, on %s', (_name, dir, bg, available) => {
  it.skipIf(!available)(
    `?bg=${bg}: the map fades exactly what the plan treats as known, and lights the pathways' focus`,
    { timeout: 60_000 },
    async () => {
      const model = await modelOf(dir);
      const { graph } = model;
      const view = { ...DEFAULT_VIEW, bg };
      const look = appearance(model, view, null);
      const planned = new Set(plan(graph, { background: bg }).steps.map((s) => s.id));
      const learnables = graph.filterNodes((_n, a) => isLearnable(a));
      const known = learnables.filter((id) => !planned.has(id));
      expect(learnables.filter((id) => look.assumed.has(id)).sort()).toEqual(known.sort());
      expect(known.every((id) => look.node(id) === 'faded')).toBe(true);
      // Every matched pathway says what to focus on: the map highlights it (a beginner assumes nothing).
      expect(look.focused.size).toBeGreaterThan(0);
      // The coverage bars count at least the topics the background covers.
      const learner = learnerOf(model, view, { known: [], done: [] }, new Date('2026-12-02T00:00:00Z'));
      expect(learner.coverage.reduce((n, p) => n + p.covered, 0)).toBeGreaterThanOrEqual(known.length);
    },
  );
});
