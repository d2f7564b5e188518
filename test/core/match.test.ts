import { describe, expect, it } from 'vitest';
import { AtlasError } from '../../src/core/errors';
import { closestMatches, editDistance, findByTitle } from '../../src/core/match';
import { Curriculum, seedLike } from './plan/fixtures';

describe('findByTitle: unknown titles', () => {
  it.each([
    ['Calculs', 'unknown title "Calculs"; did you mean "Calculus and Optimization"?'],
    ['Linear Algebra', 'unknown title "Linear Algebra"; did you mean "Linear Algebra Fundamentals"?'],
    ['Quantum Chromodynamics', 'unknown title "Quantum Chromodynamics"'],
  ])('%s fails naming the closest titles', (title, message) => {
    const { graph } = seedLike();
    expect(() => findByTitle(graph, title)).toThrow(AtlasError);
    expect(() => findByTitle(graph, title)).toThrow(message);
  });

  it('suggests at most three titles, closest first', () => {
    const { graph } = new Curriculum()
      .topic('a', 'Python Basics')
      .topic('b', 'Python Testing')
      .topic('c', 'Python Packaging')
      .topic('d', 'Python Typing');
    expect(() => findByTitle(graph, 'Pyhton Basic')).toThrow('did you mean "Python Basics", "Python Testing" or "Python Typing"?');
  });

  it('only looks at the kinds asked for', () => {
    const { graph } = seedLike();
    expect(() => findByTitle(graph, 'Mathematics', ['topic'])).toThrow(/unknown title "Mathematics"/);
  });
});

describe('findByTitle: matches', () => {
  it('matches labels case-insensitively, ignoring surrounding spaces', () => {
    expect(findByTitle(seedLike().graph, '  neural NETWORKS ')).toBe('nn');
  });

  it('matches a pathway by its background', () => {
    expect(findByTitle(seedLike().graph, 'software engineering')).toBe('bg-se');
  });

  it('prefers a topic over a section over a document over a path with the same title', () => {
    const { graph } = new Curriculum()
      .path('p', 'Statistics')
      .doc('d', 'Statistics', { path: 'p' })
      .section('s', 'Statistics')
      .topic('t', 'Statistics');
    expect(findByTitle(graph, 'statistics')).toBe('t');
    expect(findByTitle(graph, 'statistics', ['section', 'doc', 'path'])).toBe('s');
    expect(findByTitle(graph, 'statistics', ['doc', 'path'])).toBe('d');
  });

  it('takes the first in document order among equal topics', () => {
    const { graph } = new Curriculum().topic('late', 'Projects', { order: 50 }).topic('early', 'Projects', { order: 5 });
    expect(findByTitle(graph, 'projects')).toBe('early');
  });
});

describe('closestMatches', () => {
  it.each([
    ['calculus', ['Calculus and Optimization', 'Cloud Computing'], ['Calculus and Optimization']],
    ['dockr', ['Docker Basics', 'Kubernetes', 'Docker Compose'], ['Docker Basics', 'Docker Compose']],
    ['anything', [], []],
    ['', ['Python'], []],
  ])('%s among %o', (query, candidates, expected) => {
    expect(closestMatches(query, candidates)).toEqual(expected);
  });

  it('names each candidate once and honours n', () => {
    expect(closestMatches('python', ['Python', 'Python', 'Python 3', 'Pythons'], 2)).toEqual(['Python', 'Pythons']);
  });

  it('measures edit distance', () => {
    expect([editDistance('kitten', 'sitting'), editDistance('', 'abc'), editDistance('same', 'same')]).toEqual([3, 3, 0]);
  });
});
