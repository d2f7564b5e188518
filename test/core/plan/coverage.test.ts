import { describe, expect, it } from 'vitest';
import { loadDocs } from '../../../src/node/read-tree';
import { coveredByRelated, pathCoverage } from '../../../src/core/plan/coverage';
import { CORPUS, corpusAvailable } from '../../helpers';

describe.skipIf(!corpusAvailable)('one "what I know" across paths', async () => {
  const { graph } = await loadDocs(CORPUS);

  it('marks a related topic of another path as covered, with the similarity, and undo restores it', () => {
    const python = graph.findNode(
      (_n, a) => a.kind === 'topic' && a.label === 'Python Programming Mastery' && a.doc === 'machine-learning-engineering/prerequisites',
    ) as string;
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
