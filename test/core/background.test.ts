import { describe, expect, it } from 'vitest';
import { backgroundTier, pathwaysForBackground } from '../../src/core/background';
import type { PathwayAttributes } from '../../src/core/types';
import { build } from '../helpers';

const PATHWAYS = (path: string) =>
  `# ${path}\n\n## Personalized Learning Pathways\n- **For Complete Beginners**\n  - start slowly\n- **For Software Engineering Backgrounds**\n  - skip programming\n`;

describe('which pathways a background means', () => {
  const { graph } = build({ 'a/x.md': PATHWAYS('A'), 'b/y.md': PATHWAYS('B') });
  const pathways = graph.filterNodes((_n, a) => a.kind === 'pathway');
  const inPath = (p: string) => pathways.filter((id) => id.startsWith(p));

  it('names nothing for an unknown or empty background', () => {
    expect(pathwaysForBackground(graph, 'astronaut')).toEqual([]);
    expect(pathwaysForBackground(graph, '  ')).toEqual([]);
  });

  it('matches a word prefix ("beginner") across every path, and a pathway id as itself', () => {
    const beginners = pathwaysForBackground(graph, 'beginner');
    expect(beginners).toHaveLength(2);
    expect(pathwaysForBackground(graph, beginners[0] as string)).toEqual([beginners[0]]);
  });

  it("prefers the pathways of the goals' paths, whatever the goal's kind", () => {
    const goalInB = graph.filterNodes((id, a) => a.kind === 'doc' && id.startsWith('b/'));
    expect(pathwaysForBackground(graph, 'software engineering', goalInB)).toEqual(
      inPath('b/').filter((id) => graph.getNodeAttribute(id, 'label').includes('Software')),
    );
  });

  it('ranks an exact name before a prefix before a substring', () => {
    const p = { background: 'Software Engineering', label: 'For Software Engineering Backgrounds' } as PathwayAttributes;
    expect([
      backgroundTier('software engineering', p),
      backgroundTier('soft eng', p),
      backgroundTier('ware', p),
      backgroundTier('chemistry', p),
    ]).toEqual([0, 1, 2, 3]);
  });
});
