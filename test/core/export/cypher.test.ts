import { describe, expect, it } from 'vitest';
import { cypherName, cypherString, toCypher } from '../../../src/core/export/cypher';
import { readCypher } from './cypher-reader';
import { DATASETS, expectedView, hostileGraph, HOSTILE, SLOW, sortView } from './fixtures';

describe.each(DATASETS)('Cypher export of $name', ({ available, load }) => {
  it.skipIf(!available)(
    'reads back: every node and relationship, labelled by kind, every attribute a property, nothing lost',
    async () => {
      const graph = await load();
      const script = readCypher(toCypher(graph));
      expect(script.nodes.length).toBe(graph.order);
      expect(script.edges.length).toBe(graph.size);
      expect(sortView(script)).toEqual(expectedView(graph));
      graph.forEachNode((id, a) => expect(script.labels.get(id)).toBe(a.kind.charAt(0).toUpperCase() + a.kind.slice(1)));
      graph.forEachEdge((id, a) => expect(script.types.get(id)).toBe(a.kind.toUpperCase()));
    },
    SLOW,
  );
});

describe('the Cypher script', () => {
  const text = toCypher(hostileGraph());

  it('starts with a uniqueness constraint on the stable id', () => {
    expect(readCypher(text).constraints).toEqual([
      'CREATE CONSTRAINT atlas_node_id IF NOT EXISTS FOR (n:AtlasNode) REQUIRE n.id IS UNIQUE;',
    ]);
  });

  it('merges on ids, so loading it twice updates rather than duplicates', () => {
    expect(text).not.toMatch(/^CREATE \(/m);
    expect(text.match(/MERGE \(n:AtlasNode \{id: row\.id\}\)/g)?.length).toBeGreaterThan(0);
    expect(text.match(/MERGE \(a\)-\[r:\w+ \{id: row\.id\}\]->\(b\)/g)?.length).toBeGreaterThan(0);
  });

  it('keeps hostile text inside its string literal: no line or statement break escapes it', () => {
    const lines = text.split('\n').filter((l) => l !== '');
    expect(lines.every((l) => /^(\/\/ |CREATE CONSTRAINT |UNWIND \[$| {2}\{id: |\] AS row )/.test(l))).toBe(true);
    const code = lines.filter((l) => !l.startsWith('//')).join('\n');
    expect(code.split(';').length - 1).toBe(readCypher(text).statements);
  });

  it('writes a double-typed property as a float even when it is whole', () => {
    expect(text).toMatch(/confidence: 1\.0[,}]/);
    expect(text).toMatch(/confidence: 0\.25[,}]/);
    expect(text).toMatch(/weeks_max: 2\.0[,}]/);
  });

  it.each([
    ['a quote', "it's", "'it\\'s'"],
    ['a backslash', 'a\\nb', "'a\\\\nb'"],
    ['line ends and tabs', 'a\nb\r\tc', "'a\\nb\\r\\tc'"],
    ['a semicolon, which naive splitters would cut at', 'a; b', "'a\\u003b b'"],
    ['controls and bidirectional overrides', '\u0000\u001F\u007F\u202Eevil\u2066', "'\\u0000\\u001f\\u007f\\u202eevil\\u2066'"],
    ['an unpaired surrogate, keeping pairs', '\uD800🧠', "'\\ud800🧠'"],
    ['right-to-left and combining text', 'עברית e\u0301', "'עברית e\u0301'"],
    ['double quotes and markup, which need nothing', '"<script>"', `'"<script>"'`],
  ])('escapes %s', (_name, input, expected) => {
    expect(cypherString(input)).toBe(expected);
  });

  it.each([
    ['a plain name', 'source_file', 'source_file'],
    ['a name with a space', 'a b', '`a b`'],
    ['a name with a backquote', 'a`b', '`a``b`'],
  ])('writes %s as an identifier', (_name, input, expected) => {
    expect(cypherName(input)).toBe(expected);
  });

  it('round-trips every hostile string as a property', () => {
    const script = readCypher(text);
    const labels = new Set(script.nodes.map((n) => n.attributes.label));
    for (const h of HOSTILE) expect(labels).toContain(h);
  });
});
