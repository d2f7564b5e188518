// The graph on the wire. graphology's export repeats the same evidence sentences and file names on
// thousands of `requires` edges; interning them in one string table, naming edge ends by index and
// dropping what the page can rebuild (edge keys, a lone reason equal to its edge) makes it a few
// times smaller.
// Pure and framework-free: the Vite plugin encodes, the page decodes.
import type { SerializedGraph } from 'graphology-types';
import { Interner } from '../interner.ts';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, Reason, Source } from '../types.ts';

type Json = Record<string, unknown>;
/**
 * Edges name their ends by index into `nodes`: node ids are long and an edge repeats two of them. A
 * graph sent in parts (see src/core/map/payload.ts) names an end in another part by its id instead.
 */
export type WireEnd = number | string;
export type WireGraph = { strings: string[]; attributes: GraphAttributes; nodes: [string, Json][]; edges: [WireEnd, WireEnd, Json][] };
export type AtlasSerializedGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function encodeGraph(graph: AtlasSerializedGraph): WireGraph {
  const table = new Interner();
  const intern = (s: string): number => table.index(s);
  // Interns exactly the spots decodeGraph's `fix` restores (an object's `source.file` and
  // `evidence`, and those of a `requires` edge's reasons), copying one level: a generic deep walk
  // cost seconds at 50k topics. Keys are visited in order, so the string table is the same as ever.
  const pack = (o: Json, slim = false): Json => {
    const out: Json = {};
    for (const key in o) {
      const value = o[key];
      if (key === 'source' && value !== null && typeof value === 'object' && typeof (value as Source).file === 'string')
        out.source = { ...value, file: intern((value as Source).file) };
      else if (key === 'evidence' && typeof value === 'string') out.evidence = intern(value);
      else if (key === 'reasons' && o.kind === 'requires' && Array.isArray(value))
        out.reasons = slim ? undefined : value.map((r: Json) => pack(r));
      else out[key] = value;
    }
    return out;
  };
  const nodes = graph.nodes.map((n): [string, Json] => [n.key, pack((n.attributes ?? {}) as unknown as Json)]);
  const position = new Map(graph.nodes.map((n, i) => [n.key, i]));
  const at = (key: string): WireEnd => position.get(key) ?? key;
  const edges = graph.edges.map((e): [WireEnd, WireEnd, Json] => {
    const a = e.attributes as EdgeAttributes;
    const slim = a.kind === 'requires' && a.reasons.length === 1 && isSameReason(a.reasons[0] as Reason, a);
    return [at(e.source), at(e.target), pack(a as unknown as Json, slim)];
  });
  return { strings: table.values, attributes: graph.attributes as GraphAttributes, nodes, edges };
}

function isSameReason(r: Reason, a: { origin: string; confidence: number; evidence: string; source: Source }): boolean {
  return (
    r.signal === undefined &&
    r.origin === a.origin &&
    r.confidence === a.confidence &&
    r.evidence === a.evidence &&
    r.source.file === a.source.file &&
    r.source.line === a.source.line
  );
}

/**
 * Decoding rewrites the interned fields in place: the page decodes the whole corpus on every load,
 * and copying every attribute object would cost more than parsing the JSON did.
 */
export function decodeGraph(wire: WireGraph): AtlasSerializedGraph {
  const { strings } = wire;
  const str = (value: unknown): string => {
    if (typeof value === 'string') return value;
    const s = typeof value === 'number' ? strings[value] : undefined;
    if (s === undefined) throw new Error(`graph data refers to string #${String(value)}, which is missing`);
    return s;
  };
  const fix = (o: Json): void => {
    const source = o.source as { file: unknown } | undefined;
    if (source) source.file = str(source.file);
    if ('evidence' in o) o.evidence = str(o.evidence);
  };
  // Edge keys are not sent: they are rebuilt the way the core writes them (src/core/graph.ts), so
  // an export from the page is the same file as the CLI's.
  const used = new Set<string>();
  const keyFor = (kind: string, source: string, target: string): string => {
    const base = `${kind}:${source}->${target}`;
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}#${n}`;
    used.add(key);
    return key;
  };
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: wire.attributes,
    nodes: wire.nodes.map(([key, attributes]) => {
      fix(attributes);
      return { key, attributes: attributes as unknown as NodeAttributes };
    }),
    edges: wire.edges.map(([from, to, attributes]) => {
      const source = typeof from === 'string' ? from : wire.nodes[from]?.[0];
      const target = typeof to === 'string' ? to : wire.nodes[to]?.[0];
      if (source === undefined || target === undefined)
        throw new Error(`graph data has an edge to node #${source === undefined ? from : to}, which is missing`);
      fix(attributes);
      const a = attributes as unknown as EdgeAttributes;
      if (a.kind === 'requires') {
        if (a.reasons === undefined)
          a.reasons = [{ origin: a.origin, confidence: a.confidence, evidence: a.evidence, source: { ...a.source } }];
        else for (const r of a.reasons) fix(r as unknown as Json);
      }
      return { key: keyFor(a.kind, source, target), source, target, attributes: a };
    }),
  };
}
