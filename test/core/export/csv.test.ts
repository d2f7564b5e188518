import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvFiles, toCsv, unescapeFormula, type ExportFile } from '../../../src/core/export/csv';
import type { FlatAttributes, Primitive } from '../../../src/core/export/flat';
import { DATASETS, expectedView, hostileGraph, HOSTILE, SLOW, sortView, type FlatView } from './fixtures';

const rowsOf = (content: string): string[][] => {
  const parsed = Papa.parse<string[]>(content, { newline: '\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
};

/** A typed neo4j-admin header cell's value, as neo4j-admin would read it. */
function cell(header: string, raw: string): Primitive | undefined {
  if (raw === '') return undefined;
  const [, type] = header.split(':');
  if (type === 'long' || type === 'double') return Number(raw);
  if (type === 'boolean') return raw === 'true';
  return unescapeFormula(raw);
}

/** Every file read back as neo4j-admin would: ids, labels, types and typed properties. */
function readBack(files: ExportFile[]): FlatView & { labels: Map<string, string>; types: Map<string, string> } {
  const out = {
    nodes: [] as FlatView['nodes'],
    edges: [] as FlatView['edges'],
    labels: new Map<string, string>(),
    types: new Map<string, string>(),
  };
  for (const f of files) {
    const [header, ...rows] = rowsOf(f.content) as [string[], ...string[][]];
    const nodes = f.name.startsWith('nodes_');
    const fixed = nodes ? 2 : 4;
    for (const row of rows) {
      expect(row.length).toBe(header.length);
      const attributes: FlatAttributes = {};
      header.slice(fixed).forEach((h, i) => {
        const v = cell(h, row[fixed + i] as string);
        if (v !== undefined) attributes[h.split(':')[0] as string] = v;
      });
      const [a, b, c, d] = row.map(unescapeFormula) as [string, string, string, string];
      if (nodes) {
        out.nodes.push({ id: a, attributes });
        out.labels.set(a, b);
      } else {
        out.edges.push({ id: d, source: a, target: b, attributes });
        out.types.set(d, c);
      }
    }
  }
  return out;
}

describe.each(DATASETS)('CSV export of $name', ({ available, load }) => {
  it.skipIf(!available)(
    'reads back with papaparse as neo4j-admin would: every node and relationship, typed, labelled',
    async () => {
      const graph = await load();
      const files = csvFiles(graph);
      const back = readBack(files);
      expect(back.nodes.length).toBe(graph.order);
      expect(back.edges.length).toBe(graph.size);
      // An empty cell is no property: neo4j-admin reads it so, and so does this.
      expect(sortView(back)).toEqual(
        expectedView(
          graph,
          (s) => s,
          (v) => v !== '',
        ),
      );
      graph.forEachNode((id, a) => expect(back.labels.get(id)).toBe(`AtlasNode;${a.kind.charAt(0).toUpperCase()}${a.kind.slice(1)}`));
      graph.forEachEdge((id, a) => expect(back.types.get(id)).toBe(a.kind.toUpperCase()));
    },
    SLOW,
  );
});

describe('CSV for neo4j-admin import', () => {
  const graph = hostileGraph();
  const files = csvFiles(graph);

  it('writes one file of nodes per kind and one of relationships per kind', () => {
    expect(files.map((f) => f.name).sort()).toEqual(
      [
        'nodes_path',
        'nodes_doc',
        'nodes_section',
        'nodes_milestone',
        'nodes_topic',
        'nodes_concept',
        'nodes_resource',
        'nodes_pathway',
        'relationships_contains',
        'relationships_requires',
        'relationships_related',
        'relationships_teaches',
        'relationships_assumes',
        'relationships_focuses',
      ]
        .map((n) => `${n}.csv`)
        .sort(),
    );
  });

  it('uses neo4j-admin headers, typed as for the whole graph', () => {
    const header = (name: string) => rowsOf((files.find((f) => f.name === name) as ExportFile).content)[0];
    expect(header('nodes_topic.csv')).toEqual([
      'id:ID',
      ':LABEL',
      'kind',
      'label',
      'source_file',
      'source_line:long',
      'doc',
      'section',
      'order:long',
      'description',
      'weeks_min:long',
      'weeks_max:double',
    ]);
    expect(header('relationships_requires.csv')).toEqual([
      ':START_ID',
      ':END_ID',
      ':TYPE',
      'id',
      'kind',
      'origin',
      'confidence:double',
      'evidence',
      'reasons',
      'source_file',
      'source_line:long',
    ]);
    // `focuses` edges here all have confidence 1, yet the column is a double, as on `requires`.
    expect(header('relationships_focuses.csv')).toContain('confidence:double');
  });

  it('escapes cells a spreadsheet would run as formulas, and nothing else', () => {
    const cells = files.flatMap((f) => rowsOf(f.content).flat());
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toContain("'=cmd|' /C calc'!A0");
    expect(cells).toContain("'+1 and -1 and @SUM(A1)");
    expect(cells).toContain("'-leading minus");
    expect(cells).toContain("''=already escaped");
    expect(cells).toContain('<script>alert("x")</script>');
  });

  it.each([
    ["'=1", '=1'],
    ["''=1", "'=1"],
    ["'plain", "'plain"],
    ['=1', '=1'],
  ])('reads the escaped cell %s back as %s', (escaped, value) => {
    expect(unescapeFormula(escaped)).toBe(value);
  });

  it('keeps every hostile label exactly', () => {
    const labels = new Set(readBack(files).nodes.map((n) => n.attributes.label));
    for (const h of HOSTILE) expect(labels).toContain(h);
  });

  it('writes every file into one text for standard output, each after a one-cell row naming it', () => {
    const rows = rowsOf(toCsv(graph));
    const sections: Array<{ name: string; rows: string[][] }> = [];
    for (const row of rows) {
      if (row.length === 1) sections.push({ name: (row[0] as string).replace(/^# /, ''), rows: [] });
      else sections.at(-1)?.rows.push(row);
    }
    expect(sections).toEqual(files.map((f) => ({ name: f.name, rows: rowsOf(f.content) })));
  });
});
