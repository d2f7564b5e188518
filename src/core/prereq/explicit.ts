// Explicit prerequisites: the names a document gives (`Requires: A, B`, a Prerequisites column,
// front-matter `prerequisites:`), resolved to topics once every document has been read.
import type { NodeId } from '../types.ts';
import { isLearnable } from '../types.ts';
import { closestMatches } from '../match.ts';
import type { GraphBuilder } from '../ingest/builder.ts';
import { addRequires } from './requires.ts';

/** Topics and milestones a title stands for: a topic itself, or every topic a section, doc or path contains. */
function learnablesUnder(b: GraphBuilder, id: NodeId): NodeId[] {
  const out: NodeId[] = [];
  const stack = [id];
  while (stack.length > 0) {
    const n = stack.pop() as NodeId;
    if (isLearnable(b.graph.getNodeAttributes(n))) out.push(n);
    b.graph.forEachOutEdge(n, (_e, a, _s, t) => {
      if (a.kind === 'contains') stack.push(t);
    });
  }
  return out;
}

export function resolveRequirements(b: GraphBuilder): void {
  if (b.requirements.length === 0) return;
  const byLabel = new Map<string, NodeId>();
  const rank = { topic: 0, milestone: 0, section: 1, doc: 2, path: 3 } as Record<string, number>;
  b.graph.forEachNode((id, a) => {
    if (!(a.kind in rank)) return;
    const key = a.label.toLowerCase();
    const prev = byLabel.get(key);
    if (prev === undefined || (rank[a.kind] ?? 9) < (rank[b.graph.getNodeAttribute(prev, 'kind')] ?? 9)) byLabel.set(key, id);
  });
  // The labels to suggest from, only once a name is unknown.
  let labels: string[] | undefined;
  for (const req of b.requirements) {
    const dependents = req.dependents.length > 0 ? req.dependents : learnablesUnder(b, req.docId);
    for (const name of req.names) {
      const found = byLabel.get(name.toLowerCase());
      if (found === undefined) {
        labels ??= [...new Set([...byLabel.values()].map((id) => b.graph.getNodeAttribute(id, 'label')))];
        const near = closestMatches(name, labels);
        b.diagnose(
          req.source,
          'warning',
          'unknown-prerequisite',
          `prerequisite "${name}" names no topic${near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(', ')}?` : ''}`,
        );
        continue;
      }
      for (const prerequisite of learnablesUnder(b, found)) {
        for (const dependent of dependents) {
          addRequires(b.graph, prerequisite, dependent, { origin: 'explicit', confidence: 1, evidence: req.evidence, source: req.source });
        }
      }
    }
  }
}
