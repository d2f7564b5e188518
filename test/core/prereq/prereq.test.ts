import { describe, expect, it } from 'vitest';
import { loadDocs } from '../../../src/node/read-tree';
import { check } from '../../../src/core/check';
import { buildGraph } from '../../../src/core/build';
import { findEdge } from '../../../src/core/graph';
import type { AtlasGraph, RequiresAttributes } from '../../../src/core/types';
import { isLearnable } from '../../../src/core/types';
import { aliasBomb, CORPUS, corpusAvailable, DEFAULT_DOCS, tree } from '../../helpers';

const label = (g: AtlasGraph, n: string) => g.getNodeAttribute(n, 'label');
const requires = (g: AtlasGraph, origin?: string) =>
  g
    .filterEdges((_e, a) => a.kind === 'requires' && (origin === undefined || a.origin === origin))
    .map((e) => `${label(g, g.source(e))} -> ${label(g, g.target(e))}`)
    .sort();

const SECTION = (topics: string) => `# Doc\n\n## Area\n- **What you Need to Know**\n${topics}`;
const topic = (name: string, ...concepts: string[]) => `  - **${name}**\n${concepts.map((c) => `    - ${c}\n`).join('')}`;

describe('curation files', () => {
  it.each([
    [
      'an unknown topic, naming the closest match',
      'topics:\n  Neural Nets:\n    Calculus: chain rule\n',
      'c.yaml',
      2,
      'unknown topic "Neural Nets"; did you mean "Neural Networks"?',
    ],
    ['a prerequisite without a reason', 'topics:\n  Neural Networks:\n    Calculus: ""\n', 'c.yaml', 3, 'give a one-line reason'],
    ['an unknown key', 'topcs: {}\n', 'c.yaml', 1, 'topcs'],
    ['bad YAML', 'topics: [\n', 'c.yaml', 2, 'invalid YAML'],
    ['an alias bomb', aliasBomb(), 'c.yaml', 2, 'has aliases that expand to more than 100 copies'],
    ['a file over the size limit', `# ${'x'.repeat(1024 * 1024)}\n`, 'c.yaml', 1, 'over the limit of 1048576; not read'],
  ])('reports %s with file and line', (_name, yaml, file, line, message) => {
    const r = buildGraph(tree({ 'p/a.md': SECTION(topic('Calculus', 'derivatives') + topic('Neural Networks', 'layers')) }), {
      curation: tree({ [file]: yaml }),
    });
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ file, line, level: 'error', code: 'curation', message: expect.stringContaining(message) }),
    );
  });

  it('adds curated edges with their reason', () => {
    const r = buildGraph(tree({ 'p/a.md': SECTION(topic('Calculus', 'derivatives') + topic('Neural Networks', 'layers')) }), {
      curation: tree({ 'c.yaml': 'topics:\n  Neural Networks:\n    Calculus: backpropagation is the chain rule\n' }),
    });
    const e = r.graph.edges('p/a#calculus', 'p/a#neural-networks')[0] as string;
    expect(r.graph.getEdgeAttributes(e)).toMatchObject({
      kind: 'requires',
      origin: 'curated',
      confidence: 1,
      evidence: 'backpropagation is the chain rule',
      source: { file: 'c.yaml', line: 3 },
    });
  });
  it('builds a curated edge the way it is written, even against an edge the other way', () => {
    const docs = tree({
      'p/a.md': SECTION(
        topic('Calculus and Optimization', 'derivatives') + topic('Scientific Computing Libraries', 'Requires: Calculus and Optimization'),
      ),
    });
    const curation = tree({
      'c.yaml': 'topics:\n  Calculus and Optimization:\n    Scientific Computing Libraries: a curated edge against the written one\n',
    });
    const g = buildGraph(docs, { curation }).graph;
    const curated = findEdge(g, 'requires', 'p/a#scientific-computing-libraries', 'p/a#calculus-and-optimization');
    expect(curated && g.getEdgeAttributes(curated)).toMatchObject({
      origin: 'curated',
      evidence: 'a curated edge against the written one',
    });
    const written = findEdge(g, 'requires', 'p/a#calculus-and-optimization', 'p/a#scientific-computing-libraries') as string;
    expect((g.getEdgeAttributes(written) as RequiresAttributes).reasons.map((r) => r.origin)).toEqual(['explicit']);
  });
});

describe('inferred prerequisites', () => {
  it('infers nothing between unrelated topics', () => {
    const r = buildGraph(
      tree({
        'p/a.md': SECTION(
          topic('Watercolour Painting', 'brushes and pigments', 'wet on wet') +
            topic('Sourdough Baking', 'starters and hydration', 'shaping loaves'),
        ),
      }),
    );
    expect(requires(r.graph)).toEqual([]);
  });

  it('infers that a topic naming an earlier topic builds on it, with the sentence as evidence', () => {
    const r = buildGraph(
      tree({
        'p/a.md': SECTION(
          topic('Linear Algebra', 'vectors and matrices') +
            topic('Principal Components', 'builds on linear algebra: eigenvectors of covariance'),
        ),
      }),
    );
    const [e] = r.graph.filterEdges((_e, a) => a.kind === 'requires');
    expect(r.graph.getEdgeAttributes(e as string)).toMatchObject({
      origin: 'inferred',
      evidence: expect.stringContaining('builds on linear algebra'),
    });
    expect((r.graph.getEdgeAttributes(e as string) as RequiresAttributes).confidence).toBeLessThan(1);
  });

  it('does not read a forward mention as a dependency', () => {
    const r = buildGraph(
      tree({
        'p/a.md': SECTION(
          topic('Calculus', 'chain rule for neural networks later on') + topic('Neural Networks', 'layers and activations'),
        ),
      }),
    );
    expect(requires(r.graph)).toEqual([]);
  });
});

describe('structural prerequisites', () => {
  it('joins a next link and the prerequisites document, never section order', () => {
    const r = buildGraph(
      tree({
        'p/00-prerequisites.md': `${SECTION(topic('Algebra', 'x'))}\n## Other\n- **What you Need to Know**\n${topic('Programming', 'y')}`,
        'p/01-one.md': `${SECTION(topic('Models', 'z'))}\nContinue to [Two](./02-two.md) next.\n`,
        'p/02-two.md': SECTION(topic('Deployment', 'w')),
      }),
    );
    const structural = r.graph
      .filterEdges((_e, a) => a.kind === 'requires' && a.origin === 'structural')
      .map((e) => `${r.graph.source(e)} -> ${r.graph.target(e)}`);
    expect(structural.sort()).toEqual(['p/one -> p/two', 'p/prerequisites -> p/one']);
    expect(requires(r.graph).filter((x) => x.includes('Algebra') || x.includes('Programming'))).toEqual([]);
  });
});

describe('cycles', () => {
  it('are found and reported with every edge and its file:line', () => {
    const r = buildGraph(tree({ 'p/a.md': '# A\n### Alpha\nRequires: Gamma\n### Beta\nRequires: Alpha\n### Gamma\nRequires: Beta\n' }));
    const cycles = check(r).filter((x) => x.code === 'cycle');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toMatchObject({ file: 'p/a.md', line: 3, level: 'error' });
    expect(cycles[0]?.message).toBe(
      'prerequisite cycle: Alpha → Beta (explicit 1, p/a.md:5); Beta → Gamma (explicit 1, p/a.md:7); Gamma → Alpha (explicit 1, p/a.md:3); planning ignores that Gamma comes before Alpha',
    );
  });
});

describe('the default dataset', async () => {
  const r = await loadDocs(DEFAULT_DOCS);
  const g = r.graph;

  it('gives every topic a prerequisite except where a beginner starts', () => {
    const roots = g.filterNodes(
      (n, a) => isLearnable(a) && !g.someInEdge(n, (_e, e) => e.kind === 'requires' && (e.origin !== 'inferred' || e.confidence >= 0.5)),
    );
    expect(roots.map((n) => label(g, n)).sort()).toEqual(['Linear Algebra Fundamentals', 'Python Programming Mastery']);
  });

  it('is acyclic, and check reports no errors', () => {
    expect(check(r).filter((d) => d.code === 'cycle' || d.level === 'error')).toEqual([]);
  });

  it.each([
    ['Software Engineering', ['Python Programming Mastery', 'Software Engineering Practices'], ['Linear Algebra Fundamentals']],
    [
      'Mathematics/Statistics',
      ['Linear Algebra Fundamentals', 'Calculus and Optimization', 'Statistics and Probability Theory'],
      ['Python Programming Mastery'],
    ],
    ['Complete Beginners', [], ['Linear Algebra Fundamentals', 'Python Programming Mastery']],
  ])('the %s pathway assumes what that background knows and focuses on the rest', (background, assumed, notAssumed) => {
    const p = g.findNode((_n, a) => a.kind === 'pathway' && a.background === background) as string;
    const out = (kind: string) =>
      g
        .outEdges(p)
        .filter((e) => g.getEdgeAttribute(e, 'kind') === kind)
        .map((e) => label(g, g.target(e)));
    expect(out('assumes')).toEqual(expect.arrayContaining(assumed));
    if (assumed.length === 0) expect(out('assumes')).toEqual([]);
    for (const t of notAssumed) expect(out('assumes')).not.toContain(t);
    for (const t of notAssumed) expect(out('focuses')).toContain(t);
  });
});

describe.skipIf(!corpusAvailable)('the shared corpus', async () => {
  const r = await loadDocs(CORPUS);
  const g = r.graph;
  const pathOf = (n: string) => {
    const a = g.getNodeAttributes(n);
    if (a.kind === 'doc') return a.path;
    return isLearnable(a) ? g.getNodeAttribute(a.doc, 'path' as never) : null;
  };

  it('has prerequisites within every path that has modules, and related topics across paths', () => {
    const paths = new Set(g.filterEdges((_e, a) => a.kind === 'requires').map((e) => pathOf(g.target(e))));
    expect([...paths].sort()).toEqual([
      'ai-engineering/',
      'data-science/',
      'devops-engineering/',
      'linux-engineering/',
      'machine-learning-engineering/',
      'mlops-engineering/',
      'software-engineering/',
    ]);
    const related = g.filterEdges((_e, a) => a.kind === 'related');
    expect(related.length).toBeGreaterThan(0);
    for (const e of related) expect(pathOf(g.source(e))).not.toBe(pathOf(g.target(e)));
  });

  it('reads module durations and pathways from getting-started documents', () => {
    expect(g.getNodeAttributes('machine-learning-engineering/ml-fundamentals')).toMatchObject({ weeks: { min: 8, max: 10 } });
    expect(g.getNodeAttributes('machine-learning-engineering/advanced-techniques')).toMatchObject({ weeks: { min: 10, max: 14 } });
    expect(g.getNodeAttributes('machine-learning-engineering/getting-started#for-math-stats')).toMatchObject({
      kind: 'pathway',
      background: 'Math/Stats',
      weeks: { min: 52, max: 70 },
    });
  });

  it('reports any cycle with file:line, as an error only when documents or curators wrote every edge of it', () => {
    for (const d of check(r).filter((x) => x.code === 'cycle')) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.level === 'error').toBe(!/\((inferred|structural) /.test(d.message));
    }
  });
});

describe('curation can reject a derived prerequisite', () => {
  it('removes an inferred edge and refuses to remove an explicit one', () => {
    const docs = tree({
      'p/a.md':
        '# A\n\n## S\n- **What you Need to Know**\n  - **Linear Algebra**\n    - vectors\n  - **Principal Components**\n    - builds on linear algebra\n  - **Clustering**\n    - Requires: Linear Algebra\n',
    });
    const curation = tree({
      'c.yaml': 'reject:\n  Principal Components:\n    Linear Algebra: not really\n  Clustering:\n    Linear Algebra: nope\n',
    });
    const r = buildGraph(docs, { curation });
    expect(r.graph.hasEdge('p/a#linear-algebra', 'p/a#principal-components')).toBe(false);
    expect(r.graph.hasEdge('p/a#linear-algebra', 'p/a#clustering')).toBe(true);
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ file: 'c.yaml', line: 5, level: 'warning', message: expect.stringContaining('cannot reject') }),
    );
  });
});

describe('related topics across paths', () => {
  const relatedPairs = (g: AtlasGraph) =>
    g
      .filterEdges((_e, a) => a.kind === 'related')
      .map((e) => `${label(g, g.source(e))} ~ ${label(g, g.target(e))}`)
      .sort();

  it('relates the same subject in two paths, but not two names that share one word', () => {
    const r = buildGraph(
      tree({
        'one/a.md': SECTION(topic('Network Fundamentals', 'packets') + topic('Docker Containers', 'images')),
        'two/b.md': SECTION(topic('Neural Network Fundamentals', 'perceptrons') + topic('Docker Containers Basics', 'layers')),
      }),
    );
    expect(relatedPairs(r.graph)).toEqual(['Docker Containers ~ Docker Containers Basics']);
  });
});
