import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { loadDocs } from '../../../src/node/read-tree';
import { buildGraph } from '../../../src/core/build';
import { describeUnlocks, unlocks } from '../../../src/core/prereq/unlocks';
import { buildsOn, needsFirst } from '../../../src/core/prereq/walk';
import type { AtlasGraph } from '../../../src/core/types';
import { DEFAULT_DOCS, tree } from '../../helpers';

const ML = 'machine-learning-engineering/prerequisites#';

/** A random DAG of topics in two documents, edges from lower to higher index. */
function randomDag(n: number, edges: [number, number, number][]): AtlasGraph {
  const g = new MultiDirectedGraph() as AtlasGraph;
  for (const d of ['d0', 'd1']) g.addNode(d, { kind: 'doc', label: d, source: { file: `${d}.md`, line: 1 }, path: null, order: 0 });
  for (let i = 0; i < n; i++)
    g.addNode(`t${i}`, {
      kind: 'topic',
      label: `T${i}`,
      source: { file: 'x.md', line: i + 1 },
      doc: i < n / 2 ? 'd0' : 'd1',
      section: null,
      order: i,
    });
  for (let i = 0; i < n; i++) g.addEdge(i < n / 2 ? 'd0' : 'd1', `t${i}`, { kind: 'contains', source: { file: 'x.md', line: 1 } });
  for (const [a, b, confidence] of edges) {
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const origin = confidence < 1 ? 'inferred' : 'explicit';
    if (lo !== hi && lo < n && hi < n && !g.hasEdge(`t${lo}`, `t${hi}`))
      g.addEdge(`t${lo}`, `t${hi}`, { kind: 'requires', origin, confidence, evidence: '', reasons: [], source: { file: 'x.md', line: 1 } });
  }
  return g;
}

describe('what builds on a topic', () => {
  it('is exactly the topics that need it first, at any trust (property)', () => {
    const confidence = fc.constantFrom(0.2, 0.5, 0.7, 1);
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 30 }),
        fc.array(fc.tuple(fc.nat(29), fc.nat(29), confidence), { maxLength: 80 }),
        fc.boolean(),
        fc.constantFrom(0, 0.5, 0.8),
        (n, edges, docEdge, trust) => {
          const g = randomDag(n, edges);
          if (docEdge)
            g.addEdge('d0', 'd1', {
              kind: 'requires',
              origin: 'structural',
              confidence: 0.8,
              evidence: 'd0 before d1',
              reasons: [],
              source: { file: 'd0.md', line: 1 },
            });
          for (let i = 0; i < n; i++) {
            const down = buildsOn(g, `t${i}`, trust);
            for (let j = 0; j < n; j++) {
              if (i === j) continue;
              expect(down.has(`t${j}`)).toBe(needsFirst(g, `t${j}`, trust).has(`t${i}`));
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads a document-level prerequisite as all of it before any of the next', () => {
    const r = buildGraph(
      tree({ 'p/00-prerequisites.md': '# P\n### Algebra\nx\n', 'p/01-one.md': '# One\n### Models\ny\n### Metrics\nz\n' }),
    );
    expect([...buildsOn(r.graph, 'p/prerequisites#algebra')].sort()).toEqual(['p/one#metrics', 'p/one#models']);
  });

  it('leaves out an inferred edge below the trust, never a written one', () => {
    const g = randomDag(4, [
      [0, 1, 0.3],
      [1, 2, 1],
      [2, 3, 0.6],
    ]);
    expect([...buildsOn(g, 't0', 0.5)]).toEqual([]);
    expect([...buildsOn(g, 't1', 0.5)].sort()).toEqual(['t2', 't3']);
    expect([...buildsOn(g, 't1', 0.7)]).toEqual(['t2']);
    expect([...buildsOn(g, 't0', 0)].sort()).toEqual(['t1', 't2', 't3']);
  });
});

describe('on the default dataset', async () => {
  const { graph } = await loadDocs(DEFAULT_DOCS);

  it('says what Linear Algebra unlocks, per path', () => {
    const u = unlocks(graph, `${ML}linear-algebra-fundamentals`);
    expect(u.topics).toContain(`${ML}deep-learning-frameworks`);
    expect(u.byPath).toEqual([{ path: 'machine-learning-engineering/', label: 'Machine Learning Engineering', count: u.topics.length }]);
    expect(describeUnlocks(u)).toBe(`needed by ${u.topics.length} topics in 1 path`);
  });
});
