// The example, on the shared corpus: a software engineer's plan to the whole MLOps path.
import { describe, expect, it } from 'vitest';
import { loadDocs } from '../../../src/node/read-tree';
import { plan } from '../../../src/core/plan/index';
import { CORPUS, corpusAvailable } from '../../helpers';

describe.runIf(corpusAvailable)('atlas plan --target mlops-engineering/ --background "Software Engineers"', async () => {
  const { graph } = await loadDocs(CORPUS);
  const p = plan(graph, { targets: ['mlops-engineering/'], background: 'Software Engineers' });
  const labels = p.steps.map((s) => s.label);

  it('has no orientation step', () => {
    for (const s of p.steps) expect(graph.getNodeAttribute(s.id, 'kind')).not.toBe('orientation');
    for (const label of [
      'Career Benefits and Market Demand',
      'Personalized Learning Pathways',
      'Five Progressive Modules Overview',
      'Week 1: Environment Setup and Exploration',
      'Month 2-3: Advanced Implementation',
    ])
      expect(labels).not.toContain(label);
  });

  it('explains every step with more than "goal": the goal is a path', () => {
    for (const s of p.steps) expect(s.why).not.toBe('goal');
  });

  it("studies the machine-learning path's fundamentals before MLOps asks for them, and says where they are covered", () => {
    const mlFundamentals = p.steps.filter((s) => s.id.startsWith('machine-learning-engineering/ml-fundamentals#'));
    expect(mlFundamentals.length).toBeGreaterThan(0);
    const needing = labels.indexOf('ML Concepts and Algorithms');
    for (const s of mlFundamentals) {
      expect(labels.indexOf(s.label)).toBeLessThan(needing);
      expect(s.why).toContain('covered in Machine Learning Engineering');
    }
  });

  it('leaves the machine-learning fundamentals out when they are known', () => {
    const known = plan(graph, {
      targets: ['mlops-engineering/'],
      background: 'Software Engineers',
      known: ['machine-learning-engineering/ml-fundamentals'],
    });
    expect(known.steps.filter((s) => s.id.startsWith('machine-learning-engineering/ml-fundamentals#'))).toEqual([]);
  });

  it('gives every step an effort with its basis, and the total is their sum', () => {
    for (const s of p.steps) expect(s.effort).toEqual({ hours: s.hours, basis: expect.any(String) });
    expect(p.totalHours).toBeCloseTo(
      p.steps.reduce((t, s) => t + s.hours, 0),
      6,
    );
  });
});
