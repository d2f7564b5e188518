// CSV for `neo4j-admin database import` and for spreadsheets: one file of nodes per kind and one
// of relationships per kind, with neo4j-admin's typed headers, the same properties as the Cypher script.
import Papa from 'papaparse';
import type { AtlasGraph } from '../types.ts';
import { flatGraph, groupByKind, inferTypes, type FlatAttributes, type Primitive, type ValueType } from './flat.ts';
import { kindLabel, NODE_LABEL, relationshipType } from './neo4j.ts';

export interface ExportFile {
  name: string;
  content: string;
}

const HEADER_TYPE: Record<ValueType, string> = { boolean: ':boolean', integer: ':long', double: ':double', string: '' };

/**
 * Text a spreadsheet would run as a formula (= + - @, tab, CR) gets a leading `'`. A value that already
 * starts with quotes before such a character gets one more, so `unescapeFormula` is an exact inverse.
 */
const FORMULA = /^'*[=+\-@\t\r]/;

export function unescapeFormula(cell: string): string {
  return FORMULA.test(cell) && cell.startsWith("'") ? cell.slice(1) : cell;
}

function table(fixed: string[], columns: Map<string, ValueType>, rows: Array<{ fixed: Primitive[]; attributes: FlatAttributes }>): string {
  const fields = [...fixed, ...[...columns].map(([name, type]) => `${name}${HEADER_TYPE[type]}`)];
  const data = rows.map((r) => [
    ...r.fixed,
    ...[...columns].map(([name, type]) => {
      const v = r.attributes[name];
      return v === undefined ? '' : type === 'string' ? String(v) : v;
    }),
  ]);
  return `${Papa.unparse({ fields, data }, { escapeFormulae: FORMULA, newline: '\n' })}\n`;
}

/** Columns of one kind's file in that kind's order, typed as for the whole graph so a property has one type in Neo4j. */
function columnsOf(records: FlatAttributes[], types: Map<string, ValueType>): Map<string, ValueType> {
  return new Map([...inferTypes(records).keys()].map((name) => [name, types.get(name) as ValueType]));
}

export function csvFiles(graph: AtlasGraph): ExportFile[] {
  const { nodes, edges } = flatGraph(graph);
  const nodeTypes = inferTypes(nodes.map((n) => n.attributes));
  const edgeTypes = inferTypes(edges.map((e) => e.attributes));
  const files: ExportFile[] = [];
  for (const [kind, group] of groupByKind(nodes)) {
    const columns = columnsOf(
      group.map((n) => n.attributes),
      nodeTypes,
    );
    const rows = group.map((n) => ({ fixed: [n.id, `${NODE_LABEL};${kindLabel(kind)}`], attributes: n.attributes }));
    files.push({ name: `nodes_${kind}.csv`, content: table(['id:ID', ':LABEL'], columns, rows) });
  }
  for (const [kind, group] of groupByKind(edges)) {
    const columns = columnsOf(
      group.map((e) => e.attributes),
      edgeTypes,
    );
    const rows = group.map((e) => ({ fixed: [e.source, e.target, relationshipType(kind), e.id], attributes: e.attributes }));
    files.push({ name: `relationships_${kind}.csv`, content: table([':START_ID', ':END_ID', ':TYPE', 'id'], columns, rows) });
  }
  return files;
}

/**
 * All files in one text, for standard output: each file's rows after a one-cell row `# NAME`. Every
 * header and data row has more than one cell, so a CSV reader finds the file boundaries unambiguously.
 */
export function toCsv(graph: AtlasGraph): string {
  return csvFiles(graph)
    .map((f) => `# ${f.name}\n${f.content}`)
    .join('\n');
}
