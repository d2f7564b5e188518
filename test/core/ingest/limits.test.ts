import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, enforceLineLimits } from '../../../src/core/ingest/limits';
import type { Diagnostic } from '../../../src/core/types';

const nested = (levels: number, indent: string) => Array.from({ length: levels }, (_, i) => `${indent.repeat(i)}- level ${i + 1}`).join('\n');

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
