// Effort written in overview documents ("Module 1: ML Fundamentals (8-10 weeks)") becomes the
// `weeks` of the module's document in the same learning path, for the planner's estimates.
import type { AtlasGraph, DocAttributes, NodeId } from '../types';
import { parseWeeks } from '../ingest/document';
import { jaccard, words } from './terms';

const MODULE_LINE = /^module\s+\d+\s*:\s*(.+?)\s*\(/i;

export function moduleDurations(graph: AtlasGraph): void {
  graph.forEachNode((_id, a) => {
    if (a.kind !== 'concept') return;
    const name = MODULE_LINE.exec(a.label)?.[1];
    const weeks = parseWeeks(a.label);
    if (name === undefined || weeks === undefined) return;
    const holder = graph.getNodeAttributes(a.parent);
    const docId = 'doc' in holder ? holder.doc : null;
    if (docId === null || graph.getNodeAttribute(docId, 'kind') !== 'doc') return;
    const path = (graph.getNodeAttributes(docId) as DocAttributes).path;
    const want = new Set(words(name));
    let best: { id: NodeId; score: number } | null = null;
    graph.forEachNode((d, da) => {
      if (da.kind !== 'doc' || da.path !== path || d === docId) return;
      const score = jaccard(want, new Set(words(da.label)));
      if (score >= 0.5 && (best === null || score > best.score)) best = { id: d, score };
    });
    const found = best as { id: NodeId; score: number } | null;
    if (found && graph.getNodeAttribute(found.id, 'weeks' as never) === undefined) graph.mergeNodeAttributes(found.id, { weeks });
  });
}
