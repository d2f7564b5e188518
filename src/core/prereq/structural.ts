// Prerequisites from the documents' order and links: a path's prerequisites document comes
// before its modules, and a `next` link means the linking document comes first. Only the
// boundary topics are joined (the last topics of one document to the first of the next) so the
// closure is complete without a quadratic fan of edges. Section order inside a document is not
// a prerequisite: mathematics and programming sit side by side.
import type { AtlasGraph, DocAttributes, NodeId } from '../types';
import { isLearnable } from '../types';
import { addRequires } from './requires';

export const STRUCTURAL_CONFIDENCE = { next: 0.8, prerequisites: 0.75 } as const;

const PREREQ_DOC = /(^|\/)prerequisites?$/;
/** Overview documents (role, career, getting started) teach no topic a module needs. */
const OVERVIEW_DOC = /(^|\/)(getting-started|overview|introduction|intro|index|readme|welcome)$/;
export const isOverviewDoc = (doc: NodeId): boolean => OVERVIEW_DOC.test(doc);

function topicsOf(graph: AtlasGraph, doc: NodeId): NodeId[] {
  return graph.filterNodes((_id, a) => isLearnable(a) && a.doc === doc);
}

/** Topics of `doc` with no prerequisite (sources) or no dependent (sinks) inside it. */
function boundary(graph: AtlasGraph, doc: NodeId, side: 'sources' | 'sinks'): NodeId[] {
  const topics = topicsOf(graph, doc);
  const inDoc = new Set(topics);
  const edges = (n: NodeId) => (side === 'sources' ? graph.inEdges(n) : graph.outEdges(n));
  const other = (e: string) => (side === 'sources' ? graph.source(e) : graph.target(e));
  const picked = topics.filter((n) => !edges(n).some((e) => graph.getEdgeAttribute(e, 'kind') === 'requires' && inDoc.has(other(e))));
  return picked.length > 0 ? picked : topics;
}

export function structuralRequires(graph: AtlasGraph): void {
  const docs = graph.filterNodes((_id, a) => a.kind === 'doc' && !isOverviewDoc(_id));
  const byPath = new Map<string, NodeId[]>();
  for (const d of docs) {
    const p = (graph.getNodeAttributes(d) as DocAttributes).path ?? '';
    byPath.set(p, [...(byPath.get(p) ?? []), d]);
  }
  const join = (from: NodeId, to: NodeId, confidence: number, evidence: string) => {
    const sinks = boundary(graph, from, 'sinks');
    const sources = boundary(graph, to, 'sources');
    const source = graph.getNodeAttribute(to, 'source');
    for (const a of sinks) for (const b of sources) addRequires(graph, a, b, { origin: 'structural', confidence, evidence, source });
  };
  for (const [, pathDocs] of byPath) {
    const learnable = new Set(pathDocs);
    const linkedTo = new Set<NodeId>();
    for (const d of pathDocs) {
      graph.forEachOutEdge(d, (_e, a, _s, t) => {
        if (a.kind !== 'next' || !learnable.has(t) || PREREQ_DOC.test(t)) return;
        linkedTo.add(t);
        join(d, t, STRUCTURAL_CONFIDENCE.next, `"${graph.getNodeAttribute(d, 'label')}" links to "${graph.getNodeAttribute(t, 'label')}" as what comes next (${a.source.file}:${a.source.line})`);
      });
    }
    for (const pre of pathDocs.filter((d) => PREREQ_DOC.test(d))) {
      const preOrder = (graph.getNodeAttributes(pre) as DocAttributes).order;
      for (const m of pathDocs) {
        if (m === pre || linkedTo.has(m) || PREREQ_DOC.test(m) || (graph.getNodeAttributes(m) as DocAttributes).order < preOrder) continue;
        join(pre, m, STRUCTURAL_CONFIDENCE.prerequisites, `"${graph.getNodeAttribute(pre, 'label')}" is the prerequisites document of this learning path, which "${graph.getNodeAttribute(m, 'label')}" builds on`);
      }
    }
  }
}
