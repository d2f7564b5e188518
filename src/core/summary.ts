// The one-line account of a build: documents, nodes and edges by kind, diagnostics by level.
import type { BuildResult } from './build.ts';
import type { Accounting } from './ingest/builder.ts';
import { EDGE_KINDS, NODE_KINDS, type BuildProgress } from './types.ts';

export interface BuildStats {
  documents: number;
  nodes: Record<string, number>;
  edges: Record<string, number>;
  diagnostics: Record<'error' | 'warning' | 'info', number>;
}

export function buildStats(result: BuildResult): BuildStats {
  const nodes: Record<string, number> = Object.fromEntries(NODE_KINDS.map((k) => [k, 0]));
  const edges: Record<string, number> = Object.fromEntries(EDGE_KINDS.map((k) => [k, 0]));
  result.graph.forEachNode((_id, a) => void (nodes[a.kind] = (nodes[a.kind] ?? 0) + 1));
  result.graph.forEachEdge((_id, a) => void (edges[a.kind] = (edges[a.kind] ?? 0) + 1));
  const diagnostics = { error: 0, warning: 0, info: 0 };
  for (const d of result.diagnostics) diagnostics[d.level]++;
  return { documents: result.documents, nodes, edges, diagnostics };
}

/** "1 warning", "2 warnings": every count a person reads. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const breakdown = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');

export function formatSummary(s: BuildStats): string {
  const nodeTotal = Object.values(s.nodes).reduce((a, b) => a + b, 0);
  const edgeTotal = Object.values(s.edges).reduce((a, b) => a + b, 0);
  return `${plural(s.documents, 'document')}; ${plural(nodeTotal, 'node')} (${breakdown(s.nodes)}); ${plural(edgeTotal, 'edge')} (${breakdown(s.edges)}); ${plural(s.diagnostics.error, 'error')}, ${plural(s.diagnostics.warning, 'warning')}, ${s.diagnostics.info} info`;
}

/** "Nothing lost", checkable: every heading, list item and link of the input and what it became. */
export function formatAccounting(a: Accounting): string {
  const rows: [string, number, Record<string, number>][] = [
    ['headings', a.input.headings, a.outcomes.heading],
    ['list items', a.input.listItems, a.outcomes.listItem],
    ['links', a.input.links, a.outcomes.link],
  ];
  const counts = rows.map(([name, total, o]) => {
    const sum = Object.values(o).reduce((x, y) => x + y, 0);
    return `${name}: ${total} in input = ${o.node} nodes + ${o.edge} edges + ${o.diagnostic} diagnostics + ${o.marker} template markers${sum === total ? '' : ` (MISMATCH: ${sum} accounted)`}`;
  });
  const orientation = a.orientation.map((o) => `  ${o.id}: "${o.label}": ${o.reason}`);
  return [...counts, `orientation, not study: ${a.orientation.length} headings${orientation.length > 0 ? ':' : ''}`, ...orientation].join(
    '\n',
  );
}

const STAGES: Record<BuildProgress['stage'], string> = {
  read: 'reading files',
  parse: 'reading documents',
  relate: 'relating topics across paths',
  infer: 'inferring prerequisites',
  pathways: 'deriving pathways',
};

/** Where a long build is, in words: "atlas: reading documents 2,310/5,760…". */
export function progressLine(p: BuildProgress): string {
  const count = (n: number): string => n.toLocaleString('en');
  const amount = p.stage === 'parse' ? ` ${count(p.done)}/${count(p.total)}` : p.stage === 'read' ? ` ${count(p.done)}` : '';
  return `atlas: ${STAGES[p.stage]}${amount}…`;
}
