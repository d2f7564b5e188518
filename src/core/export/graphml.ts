// GraphML for yEd, Cytoscape, NetworkX and Gephi. graphology only reads GraphML, so this is a small
// writer of our own: typed <key> declarations, every text and attribute escaped.
import type { AtlasGraph } from '../types.ts';
import { flatGraph, flatten, inferTypes, type FlatAttributes, type ValueType } from './flat.ts';
import { escapeXml } from './xml.ts';

const GRAPHML_TYPE: Record<ValueType, string> = { boolean: 'boolean', integer: 'long', double: 'double', string: 'string' };

type Domain = 'graph' | 'node' | 'edge';

interface Key {
  id: string;
  name: string;
}

function declare(domain: Domain, records: FlatAttributes[], lines: string[]): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const [name, type] of inferTypes(records)) {
    const key = { id: `${domain[0]}${keys.size}`, name };
    keys.set(name, key);
    lines.push(`  <key id="${key.id}" for="${domain}" attr.name="${escapeXml(name)}" attr.type="${GRAPHML_TYPE[type]}"/>`);
  }
  return keys;
}

function data(keys: Map<string, Key>, attributes: FlatAttributes, indent: string): string[] {
  return Object.entries(attributes).map(
    ([name, value]) => `${indent}<data key="${(keys.get(name) as Key).id}">${escapeXml(String(value))}</data>`,
  );
}

export function toGraphml(graph: AtlasGraph): string {
  const { nodes, edges } = flatGraph(graph);
  const graphAttributes = flatten(graph.getAttributes());
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  const graphKeys = declare('graph', [graphAttributes], lines);
  const nodeKeys = declare(
    'node',
    nodes.map((n) => n.attributes),
    lines,
  );
  const edgeKeys = declare(
    'edge',
    edges.map((e) => e.attributes),
    lines,
  );
  lines.push('  <graph edgedefault="directed">', ...data(graphKeys, graphAttributes, '    '));
  for (const n of nodes) lines.push(`    <node id="${escapeXml(n.id)}">`, ...data(nodeKeys, n.attributes, '      '), '    </node>');
  for (const e of edges) {
    lines.push(
      `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">`,
      ...data(edgeKeys, e.attributes, '      '),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
