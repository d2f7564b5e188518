import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, enforceLineLimits } from '../../../src/core/ingest/limits';
import type { Diagnostic } from '../../../src/core/types';
import { buildGraph } from '../../../src/core/build';
import { build, tree } from '../../helpers';

const nested = (levels: number, indent: string) =>
  Array.from({ length: levels }, (_, i) => `${indent.repeat(i)}- level ${i + 1}`).join('\n');

function limit(body: string, maxDepth: number, maxLineLength = DEFAULT_LIMITS.maxLineLength) {
  const diagnostics: Diagnostic[] = [];
  const out = enforceLineLimits(body, 0, 'doc.md', { ...DEFAULT_LIMITS, maxDepth, maxLineLength }, diagnostics);
  return { out, codes: diagnostics.map((d) => `${d.line}:${d.code}`) };
}

describe('line limits', () => {
  it.each([
    ['lists indented by two spaces', nested(8, '  '), 6, ['7:too-deep']],
    ['lists indented by a tab', nested(5, '\t'), 4, ['5:too-deep']],
    ['quotes', '> > > > > deep', 4, ['1:too-deep']],
    ['markers on one line', '- - - - - - x', 5, ['1:too-deep']],
    ['quotes and list markers alternating on one line', '> - > - > - x', 5, ['1:too-deep']],
    ['a blank quoted line under open lists', `${nested(4, '  ')}\n>`, 4, ['5:too-deep']],
  ])('blanks %s past the depth limit', (_what, body, maxDepth, codes) => {
    expect(limit(body, maxDepth).codes).toEqual(codes);
  });

  it('cuts a long line, and leaves a document within every limit as it is', () => {
    expect(limit(`short\n${'x'.repeat(30)}\nshort`, 64, 20).codes).toEqual(['2:line-too-long']);
    const body = `${nested(10, '  ')}\n\n> > quoted\n\n1. one\n   2. two\n${'word '.repeat(100)}`;
    expect(limit(body, 64)).toEqual({ out: body, codes: [] });
  });
});

describe('the budgets of a document and of a tree', () => {
  const doc = (title: string, items = 1) =>
    `# ${title}\n\n## S\n- **What you Need to Know**\n  - **${title} Topic**\n${'    - a concept\n'.repeat(items)}`;

  it('reads "> - " repeated 3,000 times down to the depth limit and reports the rest, with the tree', () => {
    const r = build({ 'p/quotes.md': `# Q\n\n${'> - '.repeat(3000)}bottom\n`, 'p/good.md': doc('Good') });
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ file: 'p/quotes.md', line: 3, code: 'too-deep' }));
    expect(r.graph.hasNode('p/good#good-topic')).toBe(true);
  });

  it('stops reading a document at its token budget, from the line where it stops', () => {
    const r = buildGraph(tree({ 'p/long.md': doc('Long', 200), 'p/good.md': doc('Good') }), { limits: { maxTokens: 300 } });
    const cut = r.diagnostics.find((d) => d.code === 'too-many-tokens');
    expect(cut).toMatchObject({
      file: 'p/long.md',
      level: 'error',
      message: expect.stringMatching(/over the limit of 300; from line \d+ on it is not read/),
    });
    expect(cut?.line).toBeGreaterThan(5);
    expect(r.graph.hasNode('p/long#long-topic')).toBe(true);
    expect(r.graph.hasNode('p/good#good-topic')).toBe(true);
  });

  it('skips the documents past the tree byte budget, by path, with one diagnostic', () => {
    const files = { 'p/a.md': doc('A'), 'p/b.md': doc('B'), 'p/c.md': doc('C') };
    const r = buildGraph(tree(files), { limits: { maxTreeBytes: files['p/a.md'].length + files['p/b.md'].length } });
    expect(r.diagnostics.filter((d) => d.code === 'tree-too-large')).toEqual([
      expect.objectContaining({ file: 'p/c.md', line: 1, level: 'error' }),
    ]);
    expect(['p/a#a-topic', 'p/b#b-topic', 'p/c#c-topic'].map((id) => r.graph.hasNode(id))).toEqual([true, true, false]);
  });
});
