import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { loadDocs } from '../../../src/node/read-tree';
import { buildGraph } from '../../../src/core/ingest/build';
import { coveredByRelated, pathCoverage } from '../../../src/core/learner/coverage';
import { checkSuggestions, parseSuggestions, toCurationPatch, toIssueText } from '../../../src/core/learner/suggestions';
import { describeUnlocks, downstream, unlocks } from '../../../src/core/learner/unlocks';
import { prerequisitesOf, reach } from '../../../src/core/prereq/walk';
import type { AtlasGraph } from '../../../src/core/types';
import { CORPUS, corpusAvailable, DEFAULT_DOCS, tree } from '../../helpers';

const ML = 'machine-learning-engineering/prerequisites#';

/** A random DAG of topics in two documents, edges from lower to higher index. */
function randomDag(n: number, edges: [number, number][]): AtlasGraph {
  const g = new MultiDirectedGraph() as AtlasGraph;
  for (const d of ['d0', 'd1']) g.addNode(d, { kind: 'doc', label: d, source: { file: `${d}.md`, line: 1 }, path: null, order: 0 });
  for (let i = 0; i < n; i++) g.addNode(`t${i}`, { kind: 'topic', label: `T${i}`, source: { file: 'x.md', line: i + 1 }, doc: i < n / 2 ? 'd0' : 'd1', section: null, order: i });
  for (let i = 0; i < n; i++) g.addEdge(i < n / 2 ? 'd0' : 'd1', `t${i}`, { kind: 'contains', source: { file: 'x.md', line: 1 } });
  for (const [a, b] of edges) {
    const [lo, hi] = a < b ? [a, b] : [b, a];
    if (lo !== hi && lo < n && hi < n && !g.hasEdge(`t${lo}`, `t${hi}`)) g.addEdge(`t${lo}`, `t${hi}`, { kind: 'requires', origin: 'explicit', confidence: 1, evidence: '', reasons: [], source: { file: 'x.md', line: 1 } });
  }
  return g;
}

describe('downstream', () => {
  it('contains exactly the topics whose prerequisite closure contains the topic (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }), fc.array(fc.tuple(fc.nat(29), fc.nat(29)), { maxLength: 80 }), fc.boolean(), (n, edges, docEdge) => {
        const g = randomDag(n, edges);
        if (docEdge) g.addEdge('d0', 'd1', { kind: 'requires', origin: 'structural', confidence: 0.8, evidence: 'd0 before d1', reasons: [], source: { file: 'd0.md', line: 1 } });
        for (let i = 0; i < n; i++) {
          const down = downstream(g, `t${i}`);
          for (let j = 0; j < n; j++) {
            if (i === j) continue;
            const closure = reach([`t${j}`], (x) => prerequisitesOf(g, x));
            expect(down.has(`t${j}`)).toBe(closure.has(`t${i}`));
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reads a document-level prerequisite as all of it before any of the next', () => {
    const r = buildGraph(tree({ 'p/00-prerequisites.md': '# P\n### Algebra\nx\n', 'p/01-one.md': '# One\n### Models\ny\n### Metrics\nz\n' }));
    expect([...downstream(r.graph, 'p/prerequisites#algebra')].sort()).toEqual(['p/one#metrics', 'p/one#models']);
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

  it('exports suggestions as a curation patch, an issue text, and checks them', () => {
    const suggestions = parseSuggestions(JSON.stringify({ version: 1, suggestions: [
      { type: 'needs', topic: `${ML}deep-learning-frameworks`, needs: `${ML}software-engineering-practices`, note: 'you need git to follow the tutorials' },
      { type: 'wrong-edge', from: `${ML}linear-algebra-fundamentals`, to: `${ML}calculus-and-optimization` },
      { type: 'needs', topic: `${ML}neural-network-fundamentals`, needs: `${ML}calculus-and-optimization` },
    ] }), 's.json');
    expect(toCurationPatch(graph, suggestions)).toContain('topics:\n  Deep Learning Frameworks:\n    Software Engineering Practices: you need git to follow the tutorials');
    expect(toCurationPatch(graph, suggestions)).toContain('reject:\n  Calculus and Optimization:\n    Linear Algebra Fundamentals: reported wrong by a learner');
    expect(toIssueText(graph, suggestions)).toContain('**Deep Learning Frameworks** (machine-learning-engineering/00-prerequisites.md:125) needs **Software Engineering Practices** first.');
    const lacking = checkSuggestions(graph, suggestions).map((d) => d.message);
    expect(lacking).toHaveLength(2);
    expect(lacking[0]).toContain('"Deep Learning Frameworks" needs "Software Engineering Practices" first');
    expect(lacking[1]).toContain('"Linear Algebra Fundamentals" → "Calculus and Optimization" as wrong');
  });

  it.each([
    ['{', 'not JSON'],
    ['{"version": 2, "suggestions": []}', 'not a suggestions file'],
    ['{"version": 1, "suggestions": [{"type": "like"}]}', 'not a suggestions file'],
  ])('rejects a bad suggestions file %s', (text, message) => {
    expect(() => parseSuggestions(text, 's.json')).toThrow(message);
  });
});

describe('curation can reject a derived prerequisite', () => {
  it('removes an inferred edge and refuses to remove an explicit one', () => {
    const docs = tree({ 'p/a.md': '# A\n\n## S\n- **What you Need to Know**\n  - **Linear Algebra**\n    - vectors\n  - **Principal Components**\n    - builds on linear algebra\n  - **Clustering**\n    - Requires: Linear Algebra\n' });
    const curation = tree({ 'c.yaml': 'reject:\n  Principal Components:\n    Linear Algebra: not really\n  Clustering:\n    Linear Algebra: nope\n' });
    const r = buildGraph(docs, { curation });
    expect(r.graph.hasEdge('p/a#linear-algebra', 'p/a#principal-components')).toBe(false);
    expect(r.graph.hasEdge('p/a#linear-algebra', 'p/a#clustering')).toBe(true);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ file: 'c.yaml', line: 5, level: 'warning', message: expect.stringContaining('cannot reject') }));
  });
});

describe.skipIf(!corpusAvailable)('one "what I know" across paths', async () => {
  const { graph } = await loadDocs(CORPUS);

  it('marks a related topic of another path as covered, with the similarity, and undo restores it', () => {
    const python = graph.findNode((_n, a) => a.kind === 'topic' && a.label === 'Python Programming Mastery' && a.doc === 'machine-learning-engineering/prerequisites') as string;
    const covered = coveredByRelated(graph, new Set([python]));
    expect(covered.length).toBeGreaterThan(0);
    const other = covered[0];
    expect(other?.via).toBe(python);
    expect(other?.similarity).toBeGreaterThanOrEqual(0.6);
    expect(graph.getNodeAttribute(other?.topic as string, 'doc' as never)).not.toMatch(/^machine-learning-engineering\//);
    const before = pathCoverage(graph, new Set(), []);
    const after = pathCoverage(graph, new Set([python]), covered);
    expect(after.some((p, i) => p.covered > (before[i]?.covered ?? 0) && p.path !== 'machine-learning-engineering/')).toBe(true);
    expect(coveredByRelated(graph, new Set())).toEqual([]);
  });
});
