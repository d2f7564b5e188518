// Adding a prerequisite: one `requires` edge per (prerequisite, dependent) pair, whatever the
// number of reasons; the strongest reason gives the edge its origin, confidence and evidence.
import type { AtlasGraph, NodeId, Origin, Reason, RequiresAttributes } from '../types.ts';
import { ORIGINS } from '../types.ts';
import { addTypedEdge, findEdge } from '../graph.ts';
import { combinedConfidence } from './infer/findings.ts';

const rank = (o: Origin): number => ORIGINS.indexOf(o);

function strongest(reasons: Reason[]): Reason {
  return reasons.reduce((best, r) =>
    rank(r.origin) < rank(best.origin) || (r.origin === best.origin && r.confidence > best.confidence) ? r : best,
  );
}

/** A stated reason is as sure as it says; inferred reasons add up as independent evidence does. */
function confidenceOf(reasons: readonly Reason[]): number {
  const stated = reasons.filter((r) => r.origin !== 'inferred');
  const inferred = reasons.filter((r) => r.origin === 'inferred');
  return Math.max(0, ...stated.map((r) => r.confidence), inferred.length > 0 ? combinedConfidence(inferred) : 0);
}

/** Record that `prerequisite` must be learnt before `dependent`, merging with an existing edge. */
export function addRequires(graph: AtlasGraph, prerequisite: NodeId, dependent: NodeId, reason: Reason): void {
  if (prerequisite === dependent) return;
  const existing = findEdge(graph, 'requires', prerequisite, dependent);
  if (existing === undefined) {
    addTypedEdge(graph, prerequisite, dependent, {
      kind: 'requires',
      origin: reason.origin,
      confidence: reason.confidence,
      evidence: reason.evidence,
      source: reason.source,
      reasons: [reason],
    } satisfies RequiresAttributes);
    return;
  }
  const attrs = graph.getEdgeAttributes(existing) as RequiresAttributes;
  if (attrs.reasons.some((r) => r.origin === reason.origin && r.evidence === reason.evidence)) return;
  const reasons = [...attrs.reasons, reason];
  const best = strongest(reasons);
  graph.replaceEdgeAttributes(existing, {
    ...attrs,
    origin: best.origin,
    confidence: confidenceOf(reasons),
    evidence: best.evidence,
    source: best.source,
    reasons,
  });
}
