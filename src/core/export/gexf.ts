// GEXF for Gephi and Gephi Lite, written by graphology-gexf from the flat view of the graph: Gephi
// reads only primitive attributes, and XML 1.0 cannot carry every character a document may hold.
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { AtlasGraph } from '../types.ts';
import { flatGraph, type FlatAttributes, type Primitive } from './flat.ts';
import { referenceLineSeparators, xmlChars } from './xml.ts';

const clean = (attributes: FlatAttributes): FlatAttributes =>
  Object.fromEntries(Object.entries(attributes).map(([k, v]) => [xmlChars(k), typeof v === 'string' ? xmlChars(v) : v]));

function withoutKey(attributes: FlatAttributes, key: string): FlatAttributes {
  const { [key]: _dropped, ...rest } = attributes;
  return rest;
}

export function toGexf(graph: AtlasGraph): string {
  const { nodes, edges } = flatGraph(graph);
  const flat = new MultiDirectedGraph<FlatAttributes, FlatAttributes, Record<string, Primitive>>();
  flat.replaceAttributes({ name: xmlChars(graph.getAttribute('name')) });
  for (const n of nodes) flat.addNode(xmlChars(n.id), clean(n.attributes));
  for (const e of edges) flat.addDirectedEdgeWithKey(xmlChars(e.id), xmlChars(e.source), xmlChars(e.target), clean(e.attributes));
  const gexf = write(flat, {
    version: '1.3',
    // The node label is GEXF's own; an edge's kind is GEXF's edge `kind`, which Gephi uses to keep
    // parallel edges of different kinds apart. Everything else is a declared, typed attribute.
    formatNode: (_key, a) => ({ label: String(a.label), attributes: withoutKey(a, 'label') }),
    formatEdge: (_key, a) => ({ kind: String(a.kind), attributes: withoutKey(a, 'kind') }),
  });
  // Every NEL and LINE SEPARATOR is inside a value here: element and attribute names are ASCII.
  return referenceLineSeparators(gexf);
}
