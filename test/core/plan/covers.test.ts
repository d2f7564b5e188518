// "I know Git" should spare a learner "Version Control with Git" in another path, and nothing that
// merely cites the same page: a known topic covers a related one only when both names say the same
// thing and, unless the names are the same, the two teach from the same material.
import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/core/plan/index';
import { COVERS_MATERIAL, COVERS_NAMES, covers } from '../../../src/core/plan/coverage';
import { addTypedEdge } from '../../../src/core/graph';
import { Curriculum } from './fixtures';

/** Two paths: Git in one, and a Version Control topic of the other that a Pipelines topic needs. */
function twoPaths(names: number, sharedWords: number, material: number) {
  const c = new Curriculum()
    .path('se/', 'Software Engineering')
    .doc('se/tools', 'Tools', { path: 'se/' })
    .topic('git', 'Git Fundamentals')
    .path('ops/', 'MLOps')
    .doc('ops/basics', 'Basics', { path: 'ops/' })
    .topic('vc', 'Version Control for ML')
    .topic('pipes', 'Pipelines')
    .requires('vc', 'pipes');
  addTypedEdge(c.graph, 'git', 'vc', {
    kind: 'related',
    similarity: Math.max(names, material),
    names,
    sharedWords,
    material,
    evidence: 'test',
    source: { file: 'x.md', line: 1 },
  });
  return c.graph;
}

describe('what one known topic covers: pairs that must not', () => {
  it.each([
    // The corpus's pairs, with their scores: names (share of words in common), words in common, material.
    ['"Automated Testing and Validation" and "Docker Image Creation and Optimization": one shared page, no word', 0, 0, 0.65],
    ['"Infrastructure Testing and Validation" and "Automated Testing and Validation": half the words, one shared page', 0.5, 2, 0.65],
    ['"Understanding Transformer Architecture" and "Recurrent Neural Networks (RNNs)": two shared papers, no word', 0, 0, 0.8],
    ['"Time Series Components and Decomposition" and "Time Series Preprocessing": three shared books, few words', 0.4, 2, 0.95],
    ['"Neural Network Fundamentals" and "Graph Neural Networks": two words of three, nothing taught alike', 0.67, 2, 0.04],
    ['"Python Programming Fundamentals" and "Python Programming Mastery": two words of three, nothing taught alike', 0.67, 2, 0.15],
    ['"Application Security" and "Application Security Monitoring": two words of three, one shared page', 0.67, 2, 0.65],
    ['"Experiment Management" and "Advanced Experimental Techniques": one word, the same once generic words are left out', 1, 1, 0.04],
  ])('%s', (_pair, names, sharedWords, material) => {
    expect(covers({ names, sharedWords, material })).toBe(false);
    const p = plan(twoPaths(names, sharedWords, material), { targets: ['Pipelines'], known: ['Git Fundamentals'] });
    expect(p.steps.map((s) => s.label)).toEqual(['Version Control for ML', 'Pipelines']);
  });
});

describe('what one known topic covers: pairs that do', () => {
  it.each([
    ['"Linear Algebra Basics" and "Linear Algebra Fundamentals": the same words', 1, 2, 0.95],
    ['"Privacy and Data Protection" and "Data Privacy and Protection": the same words, nothing shared', 1, 3, 0],
    [
      '"Neural Networks and Deep Learning Basics" and "Neural Network Fundamentals": two words of three, three shared resources',
      0.67,
      2,
      0.95,
    ],
    ['"Statistics and Probability" and "Statistics and Probability Theory": two words of three, two shared resources', 0.67, 2, 0.8],
  ])('%s', (_pair, names, sharedWords, material) => {
    expect(covers({ names, sharedWords, material })).toBe(true);
    const p = plan(twoPaths(names, sharedWords, material), { targets: ['Pipelines'], known: ['Git Fundamentals'] });
    expect(p.steps.map((s) => s.label)).toEqual(['Pipelines']);
    expect(p.known.map((k) => k.label)).toContain('Version Control for ML');
  });

  it(`holds at its thresholds: names from ${COVERS_NAMES} with material from ${COVERS_MATERIAL}, or every word and two of them`, () => {
    expect(covers({ names: COVERS_NAMES, sharedWords: 2, material: COVERS_MATERIAL })).toBe(true);
    expect(covers({ names: COVERS_NAMES - 0.01, sharedWords: 2, material: 1 })).toBe(false);
    expect(covers({ names: COVERS_NAMES, sharedWords: 2, material: COVERS_MATERIAL - 0.01 })).toBe(false);
    expect(covers({ names: 1, sharedWords: 2, material: 0 })).toBe(true);
    expect(covers({ names: 1, sharedWords: 1, material: COVERS_MATERIAL })).toBe(true);
  });

  it('done counts as known', () => {
    expect(plan(twoPaths(1, 2, 0.8), { targets: ['Pipelines'], done: ['Git Fundamentals'] }).steps.map((s) => s.label)).toEqual([
      'Pipelines',
    ]);
  });
});
