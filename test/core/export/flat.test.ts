import { describe, expect, it } from 'vitest';
import { flatten, inferTypes } from '../../../src/core/export/flat';

describe('the flat view every tabular and XML format shares', () => {
  it.each([
    ['provenance as two columns', { source: { file: 'a.md', line: 3 } }, { source_file: 'a.md', source_line: 3 }],
    ['a duration as two columns', { weeks: { min: 8, max: 12 } }, { weeks_min: 8, weeks_max: 12 }],
    ['lists as JSON text', { titles: ['A', 'B "c"'], focus: [] }, { titles: '["A","B \\"c\\""]', focus: '[]' }],
    [
      'reasons, objects in a list, as JSON text',
      { reasons: [{ origin: 'explicit', source: { file: 'a', line: 1 } }] },
      { reasons: '[{"origin":"explicit","source":{"file":"a","line":1}}]' },
    ],
    ['no value for null or undefined', { section: null, description: undefined, order: 0, kept: '' }, { order: 0, kept: '' }],
    ['no value for numbers no format can write', { a: Number.NaN, b: Number.POSITIVE_INFINITY, c: 0.5 }, { c: 0.5 }],
  ])('writes %s', (_name, input, expected) => {
    expect(flatten(input)).toEqual(expected);
  });

  it.each([
    ['whole numbers as integers', [{ n: 1 }, { n: 2 }], 'integer'],
    ['a fraction anywhere as doubles', [{ n: 1 }, { n: 0.5 }], 'double'],
    ['booleans', [{ n: true }], 'boolean'],
    ['a mix of text and numbers as text', [{ n: 1 }, { n: 'one' }], 'string'],
  ])('declares %s', (_name, records, type) => {
    expect(inferTypes(records).get('n')).toBe(type);
  });

  it('declares attributes in the order they are first seen', () => {
    expect([
      ...inferTypes([
        { kind: 'a', label: 'b' },
        { kind: 'c', url: 'd', label: 'e' },
      ]).keys(),
    ]).toEqual(['kind', 'label', 'url']);
  });
});
