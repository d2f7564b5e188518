// One rule, every view: what builds on a topic is buildsOn (src/core/prereq/walk.ts), and the
// panel's "needed by", its Dependents list, the map's node sizes and hover highlight, and
// `atlas next`'s "unlocks" all show that set or its size, for every topic of the corpus.
import { describe, expect, it } from 'vitest';
import { appearance } from '../../src/app/state/appearance';
import { DEFAULT_VIEW } from '../../src/app/state/view';
import { relationsOf } from '../../src/app/data/queries';
import { nextUp } from '../../src/core/plan/index';
import { buildsOn, needsFirst, unlocks } from '../../src/core/rules';
import type { NodeId } from '../../src/core/types';
import { isLearnable } from '../../src/core/types';
import { CORPUS, corpusAvailable, DEFAULT_DOCS } from '../helpers';
import { modelOf } from '../app/helpers';

describe.each([
  ['the default dataset', DEFAULT_DOCS, true],
  ['the corpus', CORPUS, corpusAvailable],
])('what builds on a topic, on %s', (_name, dir, available) => {
  it.skipIf(!available)('is the same set in every view, for every topic', { timeout: 120_000 }, async () => {
    const model = await modelOf(dir);
    const { graph } = model;
    const trust = DEFAULT_VIEW.minConfidence;
    const learnables = graph.filterNodes((_n, a) => isLearnable(a));
    const ready = new Map(nextUp(graph, { minConfidence: trust }).map((t) => [t.id, t.unlocks]));
    const sorted = (s: Iterable<NodeId>) => [...s].sort();
    let checkedNext = 0;
    for (const topic of learnables) {
      const rule = buildsOn(graph, topic, trust);
      // The panel: "needed by N topics in P paths", and the Dependents list is its first step.
      expect(sorted(unlocks(graph, topic, trust).topics)).toEqual(sorted(rule));
      for (const { id } of relationsOf(graph, topic, 'dependents', trust)) expect(rule.has(id)).toBe(true);
      // The map: node size from the build's counts, and the hover highlight.
      expect(model.placements.get(topic)?.dependents).toBe(rule.size);
      const look = appearance(model, DEFAULT_VIEW, topic);
      const lit = learnables.filter((id) => id !== topic && look.node(id) === 'highlighted');
      expect(sorted(lit)).toEqual(sorted(new Set([...rule, ...needsFirst(graph, topic, trust)])));
      // `atlas next` and the page's Next up, for the topics ready now.
      const next = ready.get(topic);
      if (next !== undefined) {
        expect(next).toBe(rule.size);
        checkedNext++;
      }
    }
    expect(checkedNext).toBeGreaterThan(0);
  });
});
