// Shared by the exporters' tests: the datasets every format must round-trip, hostile text, and the
// flat view each reader should give back.
import { MultiDirectedGraph } from 'graphology';
import type AbstractGraph from 'graphology-types';
import { loadDocs } from '../../../src/node/read-tree';
import { flatGraph, type FlatAttributes, type FlatEdge, type FlatNode } from '../../../src/core/export/flat';
import { addTypedEdge } from '../../../src/core/graph';
import type { AtlasGraph, EdgeAttributes, NodeAttributes } from '../../../src/core/types';
import { build, CORPUS, corpusAvailable, DEFAULT_DOCS } from '../../helpers';

/** Text a document author could type, and text an attacker would. */
export const HOSTILE = [
  '<script>alert("x")</script>',
  'Tom & Jerry &amp; &#60;',
  `"double" and 'single' quotes`,
  'line one\nline two\r\nline three\rend',
  "=cmd|' /C calc'!A0",
  '+1 and -1 and @SUM(A1)',
  '-leading minus',
  '@leading at',
  "'=already escaped",
  'back\\slash \\n is not a newline \\',
  'עברית RTL \u202Eevil override\u202C and combining e\u0301 n\u0303',
  'tab\there',
  'semi; colon // comment /* block */ -- sql',
  ']]> end of CDATA',
  'controls \u0000\u0001\u0008\u000B\u000C\u001F\u007F\u0085 end',
  'emoji 🧠 and an unpaired \uD800 surrogate',
  '`backtick` ${template} {map: 1}',
  '  padded  ',
  'line separator \u2028 paragraph \u2029 bom \uFEFF',
  ',comma,"quoted",',
];

/** A graph of every kind with hostile labels, attributes, ids and graph name, including parallel edges. */
export function hostileGraph(): AtlasGraph {
  const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false }) as AtlasGraph;
  g.replaceAttributes({ name: 'hostile <&> "name" \u0001' });
  const source = (line: number) => ({ file: `a <&> "b" ${HOSTILE[3]}.md`, line });
  g.addNode('p/', { kind: 'path', label: HOSTILE[0] as string, source: source(1), position: 0, description: HOSTILE[4] as string });
  g.addNode('p/doc', { kind: 'doc', label: 'Doc', source: source(2), path: 'p/', order: 0, tags: HOSTILE, weeks: { min: 1, max: 2 } });
  g.addNode('p/doc#s', { kind: 'section', label: 'Section', source: source(3), doc: 'p/doc', order: 1 });
  HOSTILE.forEach((label, i) => {
    const id = i === 0 ? 'p/doc#milestone' : `p/doc#${label}`;
    g.addNode(id, {
      kind: i === 0 ? 'milestone' : 'topic',
      label,
      source: source(10 + i),
      doc: 'p/doc',
      section: i % 3 === 0 ? null : 'p/doc#s',
      order: 2 + i,
      description: HOSTILE[(i + 1) % HOSTILE.length] as string,
      weeks: { min: i, max: i + 0.5 },
    });
    g.addNode(`${id}/concept`, { kind: 'concept', label, source: source(100 + i), parent: id });
    addTypedEdge(g, id, `${id}/concept`, { kind: 'contains', source: source(100 + i) });
  });
  const topics = g.filterNodes((_n, a) => a.kind === 'topic' || a.kind === 'milestone');
  g.addNode('https://example.org/?q=<&>', {
    kind: 'resource',
    label: HOSTILE[5] as string,
    source: source(200),
    url: 'https://example.org/?q=<&>',
    titles: HOSTILE,
    description: '',
  });
  g.addNode('p/doc#for-hostile', {
    kind: 'pathway',
    label: 'For Hostile Backgrounds',
    source: source(300),
    background: HOSTILE[10] as string,
    doc: 'p/doc',
    focus: HOSTILE,
  });
  topics.slice(1).forEach((t, i) => {
    const from = topics[i] as string;
    const reason = { origin: 'explicit' as const, confidence: 1, evidence: HOSTILE[i] as string, source: source(400 + i) };
    addTypedEdge(g, from, t, {
      kind: 'requires',
      origin: 'explicit',
      confidence: i % 2 === 0 ? 1 : 0.25,
      evidence: HOSTILE[i] as string,
      reasons: [reason, { ...reason, origin: 'inferred', confidence: 0.5 }],
      source: source(400 + i),
    });
    addTypedEdge(g, from, t, {
      kind: 'related',
      similarity: 0.75,
      names: 0.75,
      sharedWords: 3,
      material: 0,
      evidence: HOSTILE[i + 1] as string,
      source: source(500 + i),
    });
    addTypedEdge(g, 'https://example.org/?q=<&>', t, { kind: 'teaches', title: HOSTILE[i] as string, source: source(600 + i) });
  });
  addTypedEdge(g, 'p/doc#for-hostile', topics[1] as string, {
    kind: 'assumes',
    confidence: 0.9,
    evidence: HOSTILE[2] as string,
    source: source(700),
  });
  addTypedEdge(g, 'p/doc#for-hostile', topics[2] as string, { kind: 'focuses', confidence: 1, evidence: '', source: source(701) });
  addTypedEdge(g, 'p/', 'p/doc', { kind: 'contains', source: source(702) });
  addTypedEdge(g, 'p/doc', 'p/doc#s', { kind: 'contains', source: source(703) });
  return g;
}

/** The same hostile text, written in a document and read by the ingest. */
function hostileDocs(): AtlasGraph {
  const topics = HOSTILE.filter((h) => !/[\r\n\u2028\u2029\u0000]/.test(h)).map(
    (h, i) =>
      `  - **${h.replace(/\*/g, '')} ${i}**\n    - ${h}\n    - **Resources:**\n      - [${h.replace(/[[\]]/g, '')}](https://example.org/${i}) - ${h}\n`,
  );
  return build({
    'hostile/01-doc.md': `---\ntitle: "<b>&amp;</b>"\n---\n# ${HOSTILE[0]}\n\n## ${HOSTILE[4]}\n- **What you Need to Know**\n${topics.join('')}`,
  }).graph;
}

export interface Dataset {
  name: string;
  available: boolean;
  load: () => Promise<AtlasGraph>;
}

const once = <T>(f: () => Promise<T>): (() => Promise<T>) => {
  let p: Promise<T> | undefined;
  return () => (p ??= f());
};

export const DATASETS: Dataset[] = [
  { name: 'the default dataset', available: true, load: once(async () => (await loadDocs(DEFAULT_DOCS)).graph) },
  { name: 'the shared corpus', available: corpusAvailable, load: once(async () => (await loadDocs(CORPUS)).graph) },
  { name: 'hostile text in documents', available: true, load: once(async () => hostileDocs()) },
  { name: 'hostile labels, ids and attributes', available: true, load: once(async () => hostileGraph()) },
];

/** Reading the corpus back from XML takes a few seconds. */
export const SLOW = 60_000;

export interface FlatView {
  nodes: FlatNode[];
  edges: FlatEdge[];
}

const byId = <T extends { id: string }>(xs: T[]): T[] => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The flat view of `graph` as a lossy format keeps it, sorted by id so file order does not matter. */
export function expectedView(
  graph: AtlasGraph,
  text: (s: string) => string = (s) => s,
  keep: (v: string | number | boolean) => boolean = () => true,
): FlatView {
  const attrs = (a: FlatAttributes): FlatAttributes =>
    Object.fromEntries(
      Object.entries(a)
        .filter(([, v]) => keep(v))
        .map(([k, v]) => [text(k), typeof v === 'string' ? text(v) : v]),
    );
  const { nodes, edges } = flatGraph(graph);
  return {
    nodes: byId(nodes.map((n) => ({ id: text(n.id), attributes: attrs(n.attributes) }))),
    edges: byId(edges.map((e) => ({ id: text(e.id), source: text(e.source), target: text(e.target), attributes: attrs(e.attributes) }))),
  };
}

/** The flat view of a graph a reader gave back. */
export function viewOf(graph: AbstractGraph): FlatView {
  return {
    nodes: byId(graph.mapNodes((id, a) => ({ id, attributes: { ...a } as FlatAttributes }))),
    edges: byId(graph.mapEdges((id, a, source, target) => ({ id, source, target, attributes: { ...a } as FlatAttributes }))),
  };
}

export function sortView(view: FlatView): FlatView {
  return { nodes: byId(view.nodes), edges: byId(view.edges) };
}
