import { describe, expect, it } from 'vitest';
import { nextUp } from '../../../src/core/plan';
import { Curriculum, seedLike } from './fixtures';

describe('nextUp', () => {
  it('fails on an unknown title like plan does', () => {
    expect(() => nextUp(seedLike().graph, { done: ['Pyhton Programming'] })).toThrow('did you mean "Python Programming"');
  });

  it('offers the topics with nothing left to learn first, the ones opening most first', () => {
    expect(nextUp(seedLike().graph)).toEqual([
      { id: 'la', label: 'Linear Algebra Fundamentals', unlocks: 3 },
      { id: 'prob', label: 'Probability and Statistics', unlocks: 2 },
      { id: 'py', label: 'Python Programming', unlocks: 2 },
    ]);
  });

  it('moves on as topics are done, and offers a milestone once its document is done', () => {
    const { graph } = seedLike();
    expect(nextUp(graph, { done: ['la', 'prob'] }).map((t) => t.id)).toEqual(['calc', 'py']);
    expect(nextUp(graph, { done: ['Mathematics'], background: 'Software Engineering' }).map((t) => t.id)).toEqual(['nn', 'check']);
  });

  it('stays within the targets: only what leads to them counts', () => {
    expect(nextUp(seedLike().graph, { targets: ['Neural Networks'] })).toEqual([
      { id: 'la', label: 'Linear Algebra Fundamentals', unlocks: 2 },
      { id: 'prob', label: 'Probability and Statistics', unlocks: 1 },
    ]);
  });

  it('waits for a whole required document', () => {
    const { graph } = seedLike().requires('pre', 'dl', { origin: 'structural', confidence: 0.75 });
    const mostOfIt = ['la', 'calc', 'prob', 'py', 'ds'];
    expect(nextUp(graph, { done: mostOfIt, targets: ['Deep Learning Frameworks'] }).map((t) => t.id)).toEqual(['check']);
    expect(nextUp(graph, { done: [...mostOfIt, 'check'], targets: ['Deep Learning Frameworks'] })).toEqual([
      { id: 'nn', label: 'Neural Networks', unlocks: 1 },
    ]);
  });

  it('still offers something inside a prerequisite cycle', () => {
    const { graph } = new Curriculum()
      .topic('a', 'Alpha')
      .topic('b', 'Beta')
      .requires('a', 'b')
      .requires('b', 'a', { origin: 'inferred', confidence: 0.7 });
    expect(nextUp(graph)).toEqual([{ id: 'a', label: 'Alpha', unlocks: 1 }]);
  });

  it('offers nothing when everything is done', () => {
    expect(nextUp(seedLike().graph, { done: ['Prerequisites', 'Deep Learning'] })).toEqual([]);
  });
});
