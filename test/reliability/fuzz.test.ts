// Random markdown and random bytes: the ingest never throws, never hangs, always returns a
// graph plus diagnostics, and accounts for everything it was given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/core/build';
import { check } from '../../src/core/check';

const pieces = [
  '# ',
  '## ',
  '### ',
  '- ',
  '  - ',
  '    - ',
  '1. ',
  '> ',
  '**',
  '**What you Need to Know**',
  '**Resources:**',
  '[t](',
  ')',
  'https://e.org/x',
  'javascript:x',
  './a.md',
  '../../x.md',
  '| a | Prerequisites |\n|---|---|\n',
  '| T | A, B |',
  'Requires: ',
  '---\n',
  'title: x\n',
  '\n',
  '\r\n',
  '\r',
  '`',
  '```\n',
  '<b>',
  '&#x6A;',
  '\u0000',
  '\u202e',
  'e\u0301',
  ' ',
  'Topic',
  'For X Backgrounds',
  '(8-12 weeks)',
  ':',
];
const markdown = fc.array(fc.constantFrom(...pieces), { maxLength: 200 }).map((a) => a.join(''));
const utf8 = (s: string) => new TextEncoder().encode(s);

function assertSound(files: { path: string; bytes: Uint8Array }[]) {
  const r = buildGraph(files);
  expect(r.graph.order).toBeGreaterThanOrEqual(0);
  const { input, outcomes } = r.accounting;
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  expect([sum(outcomes.heading), sum(outcomes.listItem), sum(outcomes.link)]).toEqual([input.headings, input.listItems, input.links]);
  for (const d of check(r)) expect(d.line).toBeGreaterThanOrEqual(1);
}

describe('the ingest under random input', () => {
  it('takes random markdown built from the template pieces', () => {
    fc.assert(
      fc.property(fc.array(markdown, { minLength: 1, maxLength: 4 }), (docs) => {
        assertSound(docs.map((text, i) => ({ path: `p/${i}-doc.md`, bytes: utf8(text) })));
      }),
      { numRuns: 300 },
    );
  });

  it('takes random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.string({ maxLength: 500 }), (bytes, text) => {
        assertSound([
          { path: 'p/bytes.md', bytes },
          { path: 'p/text.md', bytes: utf8(text) },
          { path: 'p/_category_.json', bytes: utf8(text) },
        ]);
      }),
      { numRuns: 300 },
    );
  });
});
