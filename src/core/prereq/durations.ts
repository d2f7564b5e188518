// Effort written in overview documents ("Module 1: ML Fundamentals (8-10 weeks)") becomes the
// `weeks` of the module's document in the same learning path, for the planner's estimates.
import type { AtlasGraph, DocAttributes, NodeId } from '../types.ts';
import { parseWeeks } from '../ingest/document.ts';
import { jaccard, words } from './terms.ts';

const MODULE_LINE = /^module\s+\d+\s*:\s*(.+?)\s*\(/i;

export function moduleDurations(graph: AtlasGraph): void {
  const docsByPath = new Map<NodeId | null, NodeId[]>();
  graph.forEachNode((id, a) => {
    if (a.kind !== 'doc') return;
    const list = docsByPath.get(a.path);
    if (list) list.push(id);
    else docsByPath.set(a.path, [id]);
  });
  graph.forEachNode((_id, a) => {
    if (a.kind !== 'concept') return;
    const name = MODULE_LINE.exec(a.label)?.[1];
    if (name === undefined) return;
    const weeks = parseWeeks(a.label);
    if (weeks === undefined) return;
    const holder = graph.getNodeAttributes(a.parent);
    const docId = 'doc' in holder ? holder.doc : null;
    if (docId === null || graph.getNodeAttribute(docId, 'kind') !== 'doc') return;
    const path = (graph.getNodeAttributes(docId) as DocAttributes).path;
    const want = new Set(words(name));
    let best: { id: NodeId; score: number } | null = null;
    for (const d of docsByPath.get(path) ?? []) {
      if (d === docId) continue;
      const score = jaccard(want, new Set(words(graph.getNodeAttribute(d, 'label'))));
      if (score >= 0.5 && (best === null || score > best.score)) best = { id: d, score };
    }
    const found = best as { id: NodeId; score: number } | null;
    if (found && graph.getNodeAttribute(found.id, 'weeks' as never) === undefined) graph.mergeNodeAttributes(found.id, { weeks });
  });
}
