import { describe, expect, it } from 'vitest';
import { loadDocs } from '../../../src/node/read-tree';
import { coveredByRelated, pathCoverage } from '../../../src/core/plan/coverage';
import { plan } from '../../../src/core/plan/index';
import type { AtlasGraph, NodeId } from '../../../src/core/types';
import { CORPUS, corpusAvailable } from '../../helpers';

const topic = (graph: AtlasGraph, label: string, doc: string): NodeId =>
  graph.findNode((_n, a) => a.kind === 'topic' && a.label === label && a.doc === doc) as NodeId;

describe.skipIf(!corpusAvailable)('one "what I know" across paths', async () => {
  const { graph } = await loadDocs(CORPUS);
  const labels = (ids: readonly NodeId[]) => ids.map((id) => graph.getNodeAttribute(id, 'label'));

  it('marks a related topic of another path as covered, with the similarity, and undo restores it', () => {
    const statistics = topic(graph, 'Statistics and Probability', 'ai-engineering/prerequisites');
    const covered = coveredByRelated(graph, new Set([statistics]));
    expect(labels(covered.map((c) => c.topic))).toContain('Statistics and Probability Theory');
    for (const c of covered) {
      expect(c.via).toBe(statistics);
      expect(graph.getNodeAttribute(c.topic, 'doc' as never)).not.toMatch(/^ai-engineering\//);
    }
    const before = pathCoverage(graph, new Set(), []);
    const after = pathCoverage(graph, new Set([statistics]), covered);
    expect(after.some((p, i) => p.covered > (before[i]?.covered ?? 0) && p.path !== 'ai-engineering/')).toBe(true);
    expect(coveredByRelated(graph, new Set())).toEqual([]);
  });

  it.each([
    ['Automated Testing and Validation', 'mlops-engineering/infrastructure-automation', 'Docker Image Creation and Optimization'],
    ['Automated Testing and Validation', 'mlops-engineering/infrastructure-automation', 'Compliance and Governance'],
    ['Automated Testing and Validation', 'mlops-engineering/infrastructure-automation', 'Infrastructure Testing and Validation'],
    ['Software Engineering Practices', 'machine-learning-engineering/prerequisites', 'Git Fundamentals'],
    ['Neural Network Fundamentals', 'machine-learning-engineering/prerequisites', 'Graph Neural Networks'],
  ])('does not take knowing "%s" for knowing "%s"', (known, doc, other) => {
    const covered = coveredByRelated(graph, new Set([topic(graph, known, doc)]));
    expect(labels(covered.map((c) => c.topic))).not.toContain(other);
  });

  it('a software engineer aiming at MLOps knows what the background says, and the same topics elsewhere, nothing that only shares a page', () => {
    const p = plan(graph, { targets: ['mlops-engineering/'], background: 'Software Engineers' });
    expect(p.known.map((k) => k.label)).not.toEqual(
      expect.arrayContaining([
        'Docker Image Creation and Optimization',
        'Security Configuration Management',
        'Policy as Code and Governance',
      ]),
    );
    for (const k of p.known) expect(k.label).not.toMatch(/Docker|Security|Compliance|Policy/);
  });

  it('pulls in the machine-learning path MLOps needs, and not the whole software-engineering path', () => {
    const p = plan(graph, { targets: ['mlops-engineering/'], background: 'Software Engineers' });
    const paths = new Set(p.steps.map((s) => s.id.split('/')[0]));
    expect(paths).toContain('machine-learning-engineering');
    expect(paths).not.toContain('software-engineering');
    expect(p.steps.map((s) => s.label)).not.toContain('HTML Structure and Semantics');
  });
});
