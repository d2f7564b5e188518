// A Cypher script for Neo4j: every node labelled :AtlasNode and by its kind (:Topic), every edge a
// relationship typed by its kind (:REQUIRES), every attribute a property. MERGE on the stable ids
// makes re-running the script after a rebuild update the database instead of duplicating it.
import type { AtlasGraph } from '../types.ts';
import { flatGraph, groupByKind, inferTypes, type FlatAttributes, type Primitive, type ValueType } from './flat.ts';
import { kindLabel, NODE_LABEL, relationshipType } from './neo4j.ts';

/** Rows per UNWIND statement: large enough to load fast, small enough for one transaction. */
const BATCH = 500;

/** An identifier, backquoted unless it is a plain name. */
export function cypherName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

// Escaped beyond what Cypher needs: controls and bidirectional overrides would make the script
// display differently from what it does, and a bare `;` trips naive statement splitters. Unpaired
// surrogates are escaped too, since they cannot be written as UTF-8.
const ESCAPED =
  /[\\'\u0000-\u001F\u007F-\u009F;\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SHORT: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function cypherString(text: string): string {
  return `'${text.replace(ESCAPED, (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;
}

function cypherValue(value: Primitive, type: ValueType | undefined): string {
  if (typeof value === 'string' || type === 'string') return cypherString(String(value));
  if (typeof value === 'boolean') return String(value);
  // Cypher's exponent has no '+', and a double-typed property stays a float even when it is whole.
  const text = String(value).replace('e+', 'e');
  return type === 'double' && /^-?\d+$/.test(text) ? `${text}.0` : text;
}

function cypherMap(record: FlatAttributes, types: Map<string, ValueType>): string {
  return `{${Object.entries(record)
    .map(([k, v]) => `${cypherName(k)}: ${cypherValue(v, types.get(k))}`)
    .join(', ')}}`;
}

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

export function toCypher(graph: AtlasGraph): string {
  const { nodes, edges } = flatGraph(graph);
  const nodeTypes = inferTypes(nodes.map((n) => n.attributes));
  const edgeTypes = inferTypes(edges.map((e) => e.attributes));
  const name = graph.getAttribute('name').replace(/[\r\n\u2028\u2029]/g, ' ');
  const out = [
    `// Atlas knowledge graph "${name}": ${nodes.length} nodes, ${edges.length} relationships.`,
    '// Load with `cypher-shell -f FILE` (Neo4j 5). Running it again updates the same nodes by their `id`.',
    `CREATE CONSTRAINT atlas_node_id IF NOT EXISTS FOR (n:${NODE_LABEL}) REQUIRE n.id IS UNIQUE;`,
  ];
  for (const [kind, group] of groupByKind(nodes)) {
    for (const batch of batches(group)) {
      out.push(
        'UNWIND [',
        batch.map((n) => `  {id: ${cypherString(n.id)}, properties: ${cypherMap(n.attributes, nodeTypes)}}`).join(',\n'),
        `] AS row MERGE (n:${NODE_LABEL} {id: row.id}) SET n:${cypherName(kindLabel(kind))}, n += row.properties;`,
      );
    }
  }
  for (const [kind, group] of groupByKind(edges)) {
    for (const batch of batches(group)) {
      out.push(
        'UNWIND [',
        batch
          .map(
            (e) =>
              `  {id: ${cypherString(e.id)}, source: ${cypherString(e.source)}, target: ${cypherString(e.target)}, properties: ${cypherMap(e.attributes, edgeTypes)}}`,
          )
          .join(',\n'),
        `] AS row MATCH (a:${NODE_LABEL} {id: row.source}) MATCH (b:${NODE_LABEL} {id: row.target}) MERGE (a)-[r:${cypherName(relationshipType(kind))} {id: row.id}]->(b) SET r += row.properties;`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}
