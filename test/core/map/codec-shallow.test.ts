import { describe, expect, it } from 'vitest';
import { decodeGraph, encodeGraph, type AtlasSerializedGraph } from '../../../src/core/map/codec';

describe('the wire encoder', () => {
  it('interns only the fields the decoder restores, so any other `file` or `evidence` survives as written', () => {
    const source = { file: 'p/a.md', line: 3 };
    const graph = {
      options: { type: 'directed', multi: true, allowSelfLoops: false },
      attributes: { name: 'x' },
      nodes: [
        { key: 'a', attributes: { kind: 'topic', label: 'A', source, extra: { file: 'kept.md', evidence: 'kept' } } },
        { key: 'b', attributes: { kind: 'topic', label: 'B', source } },
      ],
      edges: [
        {
          key: 'requires:a->b',
          source: 'a',
          target: 'b',
          attributes: {
            kind: 'requires',
            origin: 'explicit',
            confidence: 1,
            evidence: 'B needs A',
            source,
            reasons: [
              { origin: 'curated', confidence: 0.9, evidence: 'curation', source: { file: 'c.yml', line: 1 } },
              { origin: 'explicit', confidence: 1, evidence: 'B needs A', source },
            ],
          },
        },
      ],
    } as unknown as AtlasSerializedGraph;
    const wire = encodeGraph(graph);
    expect(wire.strings).toEqual(['p/a.md', 'B needs A', 'curation', 'c.yml']);
    expect(wire.nodes[0]?.[1].extra).toEqual({ file: 'kept.md', evidence: 'kept' });
    expect(decodeGraph(JSON.parse(JSON.stringify(wire)))).toEqual(graph);
  });
});
