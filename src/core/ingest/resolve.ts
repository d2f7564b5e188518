// The second pass: links between documents can only be resolved once every document has been read.
import type { NodeId } from '../types.ts';
import type { GraphBuilder } from './builder.ts';

export function resolveDocLinks(b: GraphBuilder, docIds: Map<string, NodeId>): void {
  for (const link of b.docLinks) {
    const target = docIds.get(link.targetPath);
    if (target === undefined) {
      b.diagnose(link.source, 'warning', 'broken-link', `link target not found: ${link.href}`);
      b.account('link', 'edge', -1);
      b.account('link', 'diagnostic');
    } else if (target !== link.from && !b.graph.someDirectedEdge(link.from, target, (_e, a) => a.kind === link.kind)) {
      b.addEdge(link.from, target, { kind: link.kind, source: link.source });
    }
  }
}
