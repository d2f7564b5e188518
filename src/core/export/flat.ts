// Most graph formats (GEXF, GraphML, CSV, Neo4j properties) hold only primitive attribute values, so
// every exporter but JSON writes the same flat view of the graph: one rule, one set of column names.
import type { AtlasGraph } from '../types.ts';

export type Primitive = string | number | boolean;
export type FlatAttributes = Record<string, Primitive>;

/**
 * An element's attributes as primitives: nested objects become `parent_child` keys
 * (`source` → `source_file`, `source_line`; `weeks` → `weeks_min`, `weeks_max`), arrays become JSON
 * text (`titles`, `focus`, `tags`, `reasons`), null and undefined are left out, and so are NaN and
 * infinities, which no format here can write as numbers (JSON makes them null too).
 */
export function flatten(attributes: object): FlatAttributes {
  const out: FlatAttributes = {};
  const visit = (prefix: string, value: unknown): void => {
    if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return;
    if (Array.isArray(value)) out[prefix] = JSON.stringify(value);
    else if (typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(prefix === '' ? k : `${prefix}_${k}`, v);
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[prefix] = value;
    else out[prefix] = String(value);
  };
  visit('', attributes);
  return out;
}

/** The value types every typed format can declare; integers are 64-bit where the format asks. */
export type ValueType = 'boolean' | 'integer' | 'double' | 'string';

const typeOf = (v: Primitive): ValueType =>
  typeof v === 'boolean' ? 'boolean' : typeof v === 'string' ? 'string' : Number.isInteger(v) ? 'integer' : 'double';

/** One declared type per attribute name, in first-seen order: integers widen to doubles, any other mix to strings. */
export function inferTypes(records: Iterable<FlatAttributes>): Map<string, ValueType> {
  const types = new Map<string, ValueType>();
  for (const record of records) {
    for (const [k, v] of Object.entries(record)) {
      const t = typeOf(v);
      const seen = types.get(k);
      if (seen === undefined || seen === t) types.set(k, t);
      else if ((seen === 'integer' && t === 'double') || (seen === 'double' && t === 'integer')) types.set(k, 'double');
      else types.set(k, 'string');
    }
  }
  return types;
}

export interface FlatNode {
  id: string;
  attributes: FlatAttributes;
}

export interface FlatEdge {
  id: string;
  source: string;
  target: string;
  attributes: FlatAttributes;
}

/** The whole graph, flattened, in graphology's (stable) iteration order. */
export function flatGraph(graph: AtlasGraph): { nodes: FlatNode[]; edges: FlatEdge[] } {
  return {
    nodes: graph.mapNodes((id, a) => ({ id, attributes: flatten(a) })),
    edges: graph.mapEdges((id, a, source, target) => ({ id, source, target, attributes: flatten(a) })),
  };
}

/** Elements grouped by their `kind`, kinds and elements in first-seen order. */
export function groupByKind<T extends { attributes: FlatAttributes }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const kind = String(item.attributes.kind);
    const group = groups.get(kind);
    if (group) group.push(item);
    else groups.set(kind, [item]);
  }
  return groups;
}
