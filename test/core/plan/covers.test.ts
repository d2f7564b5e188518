import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/core/plan/index';
import { COVERS_SIMILARITY } from '../../../src/core/plan/coverage';
import { addTypedEdge } from '../../../src/core/graph';
import { Curriculum } from './fixtures';

/** Two paths: Git in one, and a Version Control topic of the other that a Pipelines topic needs. */
function twoPaths(similarity: number) {
  const c = new Curriculum()
    .path('se/', 'Software Engineering')
    .doc('se/tools', 'Tools', { path: 'se/' })
    .topic('git', 'Git Fundamentals')
    .path('ops/', 'MLOps')
    .doc('ops/basics', 'Basics', { path: 'ops/' })
    .topic('vc', 'Version Control for ML')
    .topic('pipes', 'Pipelines')
    .requires('vc', 'pipes');
  addTypedEdge(c.graph, 'git', 'vc', { kind: 'related', similarity, evidence: 'names overlap', source: { file: 'x.md', line: 1 } });
  return c.graph;
}

describe('one "what I know" across paths', () => {
  it(`knowing a topic covers a related topic of another path from ${COVERS_SIMILARITY} up, in plan() itself`, () => {
    const p = plan(twoPaths(COVERS_SIMILARITY), { targets: ['Pipelines'], known: ['Git Fundamentals'] });
    expect(p.steps.map((s) => s.label)).toEqual(['Pipelines']);
    expect(p.known.map((k) => k.label)).toContain('Version Control for ML');
  });

  it('done counts as known', () => {
    expect(plan(twoPaths(0.9), { targets: ['Pipelines'], done: ['Git Fundamentals'] }).steps.map((s) => s.label)).toEqual(['Pipelines']);
  });

  it('a weaker relation covers nothing', () => {
    expect(
      plan(twoPaths(COVERS_SIMILARITY - 0.05), { targets: ['Pipelines'], known: ['Git Fundamentals'] }).steps.map((s) => s.label),
    ).toEqual(['Version Control for ML', 'Pipelines']);
  });
});
