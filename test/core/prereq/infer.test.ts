// One fixture per inference signal, documents where nothing should be inferred, and inference's
// own rules: every reason kept, confidence growing when independent signals agree, cycles broken.
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/core/check';
import { buildGraph } from '../../../src/core/build';
import type { AtlasGraph, Diagnostic, RequiresAttributes, Signal } from '../../../src/core/types';
import { addRequires } from '../../../src/core/prereq/requires';
import { inferRequires } from '../../../src/core/prereq/infer/index';
import { parseKnowledge } from '../../../src/core/prereq/knowledge/base';
import { tree } from '../../helpers';

const SECTION = (topics: string) => `# Doc\n\n## Area\n- **What you Need to Know**\n${topics}`;
const topic = (name: string, ...concepts: string[]) => `  - **${name}**\n${concepts.map((c) => `    - ${c}\n`).join('')}`;
const KB = tree({
  'kb.yaml': `version: 1
subjects:
  - id: containers
    name: Containers
    aliases: [containers, docker, containerization]
    needs:
      linux: containers are Linux processes isolated by namespaces and cgroups
  - id: linux
    name: Linux
    aliases: [linux, command line]
  - id: orchestration
    name: Container Orchestration
    aliases: [kubernetes, k8s, container orchestration]
    needs:
      containers: Kubernetes schedules containers
`,
});

function edges(g: AtlasGraph, signal?: Signal): { from: string; to: string; a: RequiresAttributes }[] {
  return g
    .filterEdges(
      (_e, a) =>
        a.kind === 'requires' &&
        a.origin === 'inferred' &&
        (signal === undefined || (a as RequiresAttributes).reasons.some((r) => r.signal === signal)),
    )
    .map((e) => ({
      from: g.getNodeAttribute(g.source(e), 'label'),
      to: g.getNodeAttribute(g.target(e), 'label'),
      a: g.getEdgeAttributes(e) as RequiresAttributes,
    }));
}
const pairs = (g: AtlasGraph, signal?: Signal) => edges(g, signal).map((e) => `${e.from} -> ${e.to}`);

describe('the knowledge base', () => {
  it('orders topics by the subjects they name, and names the entry', () => {
    const r = buildGraph(
      tree({
        'p/a.md': SECTION(
          topic('Linux Command Line', 'files and processes') +
            topic('Docker Containers', 'images and volumes') +
            topic('Kubernetes Operations', 'deployments and services'),
        ),
      }),
      { knowledge: KB, signals: ['knowledge'] },
    );
    expect(pairs(r.graph).sort()).toEqual([
      'Docker Containers -> Kubernetes Operations',
      'Linux Command Line -> Docker Containers',
      'Linux Command Line -> Kubernetes Operations',
    ]);
    const direct = edges(r.graph).find((e) => e.from === 'Docker Containers')?.a;
    expect(direct?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(direct?.evidence).toMatch(/Container Orchestration needs Containers: "Kubernetes schedules containers" \(kb.yaml:\d+\)/);
    const far = edges(r.graph).find((e) => e.from === 'Linux Command Line' && e.to === 'Kubernetes Operations')?.a;
    expect(far?.confidence).toBeLessThan(direct?.confidence as number);
    expect(far?.evidence).toContain('through Containers');
  });

  it('against the order the author teaches in, a need is weaker evidence: kept on the map, not planned alone', () => {
    const r = buildGraph(
      tree({
        'p/a.md': SECTION(
          topic('Kubernetes Operations', 'deployments and services') +
            topic('Docker Containers', 'images and volumes') +
            topic('Linux Command Line', 'files and processes'),
        ),
      }),
      { knowledge: KB, signals: ['knowledge'] },
    );
    // Needs two steps away are dropped; direct needs stay, under the planner's threshold.
    expect(pairs(r.graph).sort()).toEqual(['Docker Containers -> Kubernetes Operations', 'Linux Command Line -> Docker Containers']);
    for (const e of edges(r.graph)) {
      expect(e.a.confidence).toBeLessThan(0.5);
      expect(e.a.evidence).toMatch(
        /against the document's order, which teaches "(Docker Containers|Linux Command Line)" later: 0\.7 × 0\.65/,
      );
    }
  });

  it('takes a subject from the topic that teaches it, not from one that applies it', () => {
    const r = buildGraph(
      tree({
        'p/a.md': SECTION(
          topic('Container Concepts and Architecture', 'namespaces and cgroups') +
            topic('Container Registry and Image Management', 'tags and retention') +
            topic('Kubernetes Operations', 'deployments and services'),
        ),
      }),
      { knowledge: KB, signals: ['knowledge'] },
    );
    expect(pairs(r.graph)).toEqual(['Container Concepts and Architecture -> Kubernetes Operations']);
  });

  it('orders a topic that also names a needed subject after the topic that teaches that subject alone, first', () => {
    const docs = (first: string, second: string) =>
      tree({ 'p/a.md': SECTION(topic(first, 'manifests') + topic(second, 'sync a repository')) });
    const ahead = buildGraph(docs('Docker Containers', 'Kubernetes with Docker'), { knowledge: KB, signals: ['knowledge'] });
    expect(pairs(ahead.graph)).toEqual(['Docker Containers -> Kubernetes with Docker']);
    expect(edges(ahead.graph)[0]?.a.confidence).toBe(0.5);
    expect(edges(ahead.graph)[0]?.a.evidence).toContain('"Docker Containers" names Containers and comes first');
    const behind = buildGraph(docs('Kubernetes with Docker', 'Docker Containers'), { knowledge: KB, signals: ['knowledge'] });
    expect(pairs(behind.graph)).toEqual([]);
  });

  it('stays silent in a field it does not cover', () => {
    const r = buildGraph(
      tree({ 'p/a.md': SECTION(topic('Knife Skills', 'dicing and julienne') + topic('Mother Sauces', 'béchamel, velouté, espagnole')) }),
      { knowledge: KB, signals: ['knowledge'] },
    );
    expect(pairs(r.graph)).toEqual([]);
  });

  it('reports a need of an unknown subject with its file and line', () => {
    const r = buildGraph(tree({ 'p/a.md': SECTION(topic('A', 'x')) }), {
      knowledge: tree({ 'mine.yaml': 'version: 1\nsubjects:\n  - id: a\n    name: A\n    aliases: [aaa]\n    needs:\n      b: because\n' }),
    });
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({
        file: 'mine.yaml',
        line: 3,
        level: 'error',
        code: 'knowledge',
        message: expect.stringContaining('unknown subject "b"'),
      }),
    );
  });
});

describe('a hostile knowledge file', () => {
  it('is a diagnostic at its line, and the tree is built with the rest', () => {
    const bomb = [
      'version: 1',
      'a0: &a0 [x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 9 },
        (_, i) => `a${i + 1}: &a${i + 1} [*a${i}, *a${i}, *a${i}, *a${i}, *a${i}, *a${i}, *a${i}, *a${i}, *a${i}]`,
      ),
    ].join('\n');
    const r = buildGraph(tree({ 'p/a.md': SECTION(topic('Docker Containers', 'images') + topic('Kubernetes Operations', 'pods')) }), {
      knowledge: [...KB, ...tree({ 'bomb.yaml': bomb })],
    });
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ file: 'bomb.yaml', level: 'error', code: 'knowledge' }));
    expect(pairs(r.graph)).toEqual(['Docker Containers -> Kubernetes Operations']);
  });
});

describe('breadth and naming', () => {
  it('puts "X Fundamentals" before a topic that narrows X, comparing stems', () => {
    const r = buildGraph(
      tree({
        'p/a.md': SECTION(
          topic('Networking Fundamentals', 'packets') +
            topic('Network Security', 'firewalls') +
            topic('Statistics', 'means') +
            topic('Statistical Analysis', 'tests'),
        ),
      }),
      { signals: ['naming'] },
    );
    // "Statistics" in "Statistical Analysis", without a broad name, is too weak to keep alone: it only supports another signal.
    expect(pairs(r.graph)).toEqual(['Networking Fundamentals -> Network Security']);
    expect(edges(r.graph)[0]?.a.confidence).toBeGreaterThanOrEqual(0.5);
    expect(edges(r.graph)[0]?.a.evidence).toBe('naming: "Networking Fundamentals" is the broad topic that "Network Security" narrows');
  });

  it('puts a name before the longer name that extends it, in the document’s order only', () => {
    const build = (first: string, second: string) =>
      buildGraph(tree({ 'p/a.md': SECTION(topic(first, 'x') + topic(second, 'y')) }), { signals: ['naming'] });
    const r = build('Container Security', 'Container Runtime Security');
    expect(pairs(r.graph)).toEqual(['Container Security -> Container Runtime Security']);
    expect(edges(r.graph)[0]?.a).toMatchObject({
      confidence: 0.5,
      evidence: 'naming: "Container Runtime Security" adds to every word of "Container Security", which the document teaches first',
    });
    expect(pairs(build('Container Runtime Security', 'Container Security').graph)).toEqual([]);
  });

  it('does not take one shared stem for an introduction ("Computer …" and "Computational …")', () => {
    const r = buildGraph(
      tree({ 'p/a.md': SECTION(topic('Computer Operation Fundamentals', 'files') + topic('Computational Thinking', 'decomposition')) }),
      { knowledge: KB, signals: ['naming'] },
    );
    expect(pairs(r.graph)).toEqual([]);
  });

  it('does not order topics that only share a word', () => {
    const r = buildGraph(tree({ 'p/a.md': SECTION(topic('Cloud Computing Basics', 'x') + topic('Cloud Platform Basics', 'y')) }), {
      signals: ['naming'],
    });
    expect(pairs(r.graph)).toEqual([]);
  });
});

describe('reference distance', () => {
  it('reads A before B when the text about B names A far more than the reverse, with terms and counts', () => {
    const r = buildGraph(
      tree({
        'p/a.md': SECTION(
          topic('Neural Network Fundamentals', 'perceptrons', 'activation functions', 'backpropagation') +
            topic(
              'Deep Learning Frameworks',
              'training a neural network in PyTorch',
              'neural network layers as modules',
              'saving a neural network',
              'GPU tensors',
            ),
        ),
      }),
      { signals: ['refd'] },
    );
    const e = edges(r.graph).find((x) => x.from === 'Neural Network Fundamentals' && x.to === 'Deep Learning Frameworks');
    expect(e?.a.evidence).toMatch(
      /^RefD 0\.\d\d: the text about Deep Learning Frameworks names 'neural network' in 3 of 4 passages; the text about Neural Network Fundamentals names Deep Learning Frameworks never/,
    );
    // Alone it never reaches the planner's threshold.
    expect(e?.a.confidence).toBeLessThan(0.5);
  });
});

describe('reference distance on terms', () => {
  const module = (...topics: string[]) => tree({ 'p/a.md': SECTION(topics.join('')) });
  const filler = ['Logging', 'Metrics', 'Tracing', 'Alerting', 'Dashboards', 'Budgets'].map((n) => topic(n, `${n.toLowerCase()} in depth`));

  it('reads a later topic using terms an earlier topic’s concepts introduce as needing it, and names the terms', () => {
    const r = buildGraph(
      module(
        topic('Kubernetes Objects', 'Pods, Services and Deployments', 'ConfigMaps and Secrets'),
        ...filler,
        topic('Configuration and Secrets', 'ConfigMaps for settings', 'encrypting Secrets at rest'),
      ),
      { signals: ['refd'] },
    );
    expect(pairs(r.graph)).toEqual(['Kubernetes Objects -> Configuration and Secrets']);
    expect(edges(r.graph)[0]?.a).toMatchObject({
      confidence: 0.5,
      evidence:
        "RefD on terms: the text about Configuration and Secrets uses 'configmaps', 'secrets', terms the concepts of Kubernetes Objects introduce to this document",
    });
  });

  it('takes nothing from one shared term, nor from terms many topics use', () => {
    const one = module(topic('Kubernetes Objects', 'Pods and ConfigMaps'), ...filler, topic('Settings', 'ConfigMaps for settings'));
    expect(pairs(buildGraph(one, { signals: ['refd'] }).graph)).toEqual([]);
    const everywhere = module(
      ...['A', 'B', 'C', 'D'].map((n) => topic(`Topic ${n}`, 'ConfigMaps and Secrets')),
      topic('Configuration', 'ConfigMaps and Secrets'),
    );
    expect(pairs(buildGraph(everywhere, { signals: ['refd'] }).graph)).toEqual([]);
  });
});

describe('mentions', () => {
  it('reads a later topic naming an earlier one with a word of dependence', () => {
    const r = buildGraph(
      tree({
        'p/a.md': SECTION(
          topic('Linear Algebra', 'vectors and matrices') +
            topic('Principal Components', 'builds on linear algebra: eigenvectors of covariance'),
        ),
      }),
      { signals: ['mention'] },
    );
    expect(edges(r.graph)[0]?.a).toMatchObject({ confidence: 0.75, evidence: expect.stringContaining('builds on linear algebra') });
  });

  it('reads a phrase of a topic’s title as a mention, but not a subject the later topic shares, nor across a comma', () => {
    const r = buildGraph(
      tree({
        'p/a.md': SECTION(
          topic('Kubernetes Objects', 'pods and deployments') +
            topic('Host Intrusion Detection', 'file integrity') +
            topic('Network Intrusion Detection', 'intrusion detection on the wire', 'kubernetes objects as sensors') +
            topic('Cloud Networks', 'virtual networks, intrusion rules'),
        ),
      }),
      { signals: ['mention'] },
    );
    expect(pairs(r.graph)).toEqual(['Kubernetes Objects -> Network Intrusion Detection']);
    expect(edges(r.graph)[0]?.a.confidence).toBe(0.5);
  });

  it('keeps a bare mention or one shared common word under the planner threshold', () => {
    const r = buildGraph(
      tree({
        'p/a.md': SECTION(
          topic('Performance Metrics for Regression', 'RMSE and MAE') + topic('Sports Analytics', 'regression of player performance'),
        ),
      }),
      { signals: ['mention', 'refd'] },
    );
    for (const e of edges(r.graph)) expect(e.a.confidence).toBeLessThan(0.5);
  });
});

describe('assessments', () => {
  it('a readiness check requires the topics whose subjects its items name', () => {
    const r = buildGraph(
      tree({
        'p/a.md': `${SECTION(topic('Linux Command Line', 'shell') + topic('Docker Containers', 'images'))}\n## Assessment Checklist\n\n### Skills Checklist\n- [ ] Navigate the Linux command line\n- [ ] Paint a watercolour\n`,
      }),
      { knowledge: KB, signals: ['assessment'] },
    );
    expect(pairs(r.graph)).toEqual(['Linux Command Line -> Skills Checklist']);
    expect(edges(r.graph)[0]?.a.evidence).toContain('readiness check "Navigate the Linux command line"');
  });
});

describe('agreement across paths', () => {
  it('takes another path’s stated order of the same subjects as evidence for a pair the text relates', () => {
    const docs = tree({
      'one/a.md': `# One\n### Regression\nleast squares\n### Gradient Boosting Machines\nRequires: Regression\n`,
      'two/b.md': SECTION(topic('Regression', 'least squares') + topic('Gradient Boosting Machines', 'boosted regression with xgboost')),
    });
    const mentionOnly = buildGraph(docs, { signals: ['mention'] });
    expect(pairs(mentionOnly.graph)).toEqual([]);
    const r = buildGraph(docs, { signals: ['mention', 'agreement'] });
    expect(pairs(r.graph)).toEqual(['Regression -> Gradient Boosting Machines']);
    expect(edges(r.graph)[0]?.a.reasons.map((x) => x.evidence)).toContainEqual(
      expect.stringMatching(/^agreement across paths: "Regression" comes before "Gradient Boosting Machines" in one\//),
    );
  });
});

describe('merging evidence', () => {
  it('keeps every reason and grows the confidence when independent signals agree', () => {
    const docs = tree({
      'p/a.md': SECTION(
        topic('Networking Fundamentals', 'packets') +
          topic('Linux Fundamentals', 'files') +
          topic('Docker Containers', 'builds on Linux fundamentals'),
      ),
    });
    const alone = buildGraph(docs, { knowledge: KB, signals: ['knowledge'] });
    const both = buildGraph(docs, { knowledge: KB });
    const find = (g: AtlasGraph) =>
      edges(g).find((e) => e.from === 'Linux Fundamentals' && e.to === 'Docker Containers')?.a as RequiresAttributes;
    expect(
      find(both.graph)
        .reasons.map((r) => r.signal)
        .sort(),
    ).toEqual(['knowledge', 'mention']);
    expect(find(both.graph).confidence).toBeGreaterThan(find(alone.graph).confidence);
  });

  it('yields to what a document states, without a word: the author is not wrong', () => {
    const docs = tree({ 'p/a.md': `# A\n### Docker Containers\nimages\n### Linux Command Line\nRequires: Docker Containers\n` });
    const r = buildGraph(docs, { knowledge: KB });
    expect(pairs(r.graph)).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code === 'inferred-cycle')).toEqual([]);
    expect(check(r).filter((d) => d.code === 'cycle')).toEqual([]);
  });

  it('never makes a topic require itself, and breaks a cycle of inferred edges at its weakest edge with an info, never an error', () => {
    const r = buildGraph(tree({ 'p/a.md': SECTION(topic('Docker Containers', 'images') + topic('Linux Command Line', 'shell')) }), {
      signals: [],
    });
    const [docker, linux] = ['p/a#docker-containers', 'p/a#linux-command-line'];
    addRequires(r.graph, docker, linux, {
      origin: 'inferred',
      signal: 'mention',
      confidence: 0.9,
      evidence: 'a stronger inferred edge',
      source: { file: 'p/a.md', line: 1 },
    });
    const diagnostics: Diagnostic[] = [];
    inferRequires(r.graph, diagnostics, { knowledge: parseKnowledge(KB, []) });
    expect(pairs(r.graph)).toEqual(['Docker Containers -> Linux Command Line']);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        level: 'info',
        code: 'inferred-cycle',
        message: expect.stringContaining('"Linux Command Line" before "Docker Containers"'),
      }),
    );
    expect(check({ ...r, diagnostics }).filter((d) => d.level === 'error')).toEqual([]);
  });

  it('infers nothing between unrelated topics', () => {
    const r = buildGraph(
      tree({
        'p/a.md': SECTION(
          topic('Watercolour Painting', 'brushes and pigments', 'wet on wet') +
            topic('Sourdough Baking', 'starters and hydration', 'shaping loaves'),
        ),
      }),
      { knowledge: KB },
    );
    expect(pairs(r.graph)).toEqual([]);
  });
});

describe('on documents nobody curated', async () => {
  const { readKnowledge, readTree } = await import('../../../src/node/read-tree');
  const { plan } = await import('../../../src/core/plan/index');
  const { CORPUS, corpusAvailable } = await import('../../helpers');
  const knowledge = await readKnowledge();

  it('the knowledge base stays silent in a field it does not cover (a cooking path)', async () => {
    const { files } = await readTree(new URL('../../fixtures/other-fields/culinary-arts', import.meta.url).pathname);
    const r = buildGraph(files, { knowledge, signals: ['knowledge'] });
    expect(pairs(r.graph)).toEqual([]);
  });

  it.skipIf(!corpusAvailable)(
    'drops the wrong edges an older inference trusted, and a plan to a prerequisites topic names its chain',
    async () => {
      const r = buildGraph((await readTree(CORPUS)).files, { knowledge });
      const trustedPairs = edges(r.graph)
        .filter((e) => e.a.confidence >= 0.5)
        .map((e) => `${e.from} -> ${e.to}`);
      for (const wrong of [
        'Model-Agnostic Explanation Methods -> Meta-Learning (MAML)',
        'Performance Metrics for Regression -> Sports Analytics',
        "Server Administration Concepts -> If You're Missing Prerequisites",
      ])
        expect(trustedPairs).not.toContain(wrong);
      const { steps } = plan(r.graph, { targets: ['devops-engineering/prerequisites#automation-and-configuration-management'] });
      const labels = steps.map((s) => s.label);
      expect(labels.at(-1)).toBe('Automation and Configuration Management');
      expect(labels.indexOf('Linux and Command Line Proficiency')).toBeLessThan(labels.indexOf('Server Administration Concepts'));
      expect(labels.indexOf('Server Administration Concepts')).toBeLessThan(labels.indexOf('Automation and Configuration Management'));
      expect(steps.find((s) => s.label === 'Linux and Command Line Proficiency')?.why).toMatch(
        /^needed for Automation and Configuration Management/,
      );
      expect(steps.some((s) => / via /.test(s.why))).toBe(true);
    },
  );
});
