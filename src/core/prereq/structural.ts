// Prerequisites from the documents' order and links: a path's prerequisites document comes
// before its modules, and a `next` link means the linking document comes first. These join
// documents, not topics ("every topic of Module 2 needs all of Module 1" would be a quadratic
// fan of edges); the pathfinder reads a document-level edge as "all of it, before any of this".
// Section order inside a document is not a prerequisite: mathematics and programming sit side by side.
import type { AtlasGraph, DocAttributes, NodeId } from '../types.ts';
import { addRequires } from './requires.ts';
import { isOverviewDocument } from '../ingest/orientation.ts';

export const STRUCTURAL_CONFIDENCE = { next: 0.8, prerequisites: 0.75 } as const;

const PREREQ_DOC = /(^|\/)prerequisites?$/;
/** A learning path's prerequisites document: what its modules build on. */
export const isPrerequisitesDoc = (doc: NodeId): boolean => PREREQ_DOC.test(doc);
/** Overview documents (role, career, getting started) teach no topic a module needs: the ingest's rule (ingest/orientation.ts). */
export const isOverviewDoc = (doc: NodeId): boolean => isOverviewDocument(doc);

export function structuralRequires(graph: AtlasGraph): void {
  const byPath = new Map<string, NodeId[]>();
  graph.forEachNode((id, a) => {
    if (a.kind !== 'doc' || isOverviewDoc(id)) return;
    const p = a.path ?? '';
    const list = byPath.get(p);
    if (list) list.push(id);
    else byPath.set(p, [id]);
  });
  const label = (n: NodeId) => graph.getNodeAttribute(n, 'label');
  for (const [, docs] of byPath) {
    const modules = new Set(docs);
    const linkedTo = new Set<NodeId>();
    for (const d of docs) {
      graph.forEachOutEdge(d, (_e, a, _s, t) => {
        if (a.kind !== 'next' || !modules.has(t) || PREREQ_DOC.test(t)) return;
        linkedTo.add(t);
        addRequires(graph, d, t, {
          origin: 'structural',
          confidence: STRUCTURAL_CONFIDENCE.next,
          evidence: `"${label(d)}" links to "${label(t)}" as what comes next`,
          source: a.source,
        });
      });
    }
    for (const pre of docs.filter((d) => PREREQ_DOC.test(d))) {
      const preOrder = (graph.getNodeAttributes(pre) as DocAttributes).order;
      for (const m of docs) {
        if (m === pre || linkedTo.has(m) || PREREQ_DOC.test(m) || (graph.getNodeAttributes(m) as DocAttributes).order < preOrder) continue;
        addRequires(graph, pre, m, {
          origin: 'structural',
          confidence: STRUCTURAL_CONFIDENCE.prerequisites,
          evidence: `"${label(pre)}" is the prerequisites document of this learning path, which "${label(m)}" builds on`,
          source: graph.getNodeAttribute(m, 'source'),
        });
      }
    }
  }
}
