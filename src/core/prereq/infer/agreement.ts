// Agreement across paths: when two subjects of this path also appear in another path (the same
// topics by `related` edges), and that path orders them definitely (an edge it states or infers
// with confidence), that order is evidence here. One author's explicit order helps the next path.
import type { AtlasGraph, NodeId, RequiresAttributes } from '../../types.ts';
import type { Findings } from './findings.ts';
import type { Profile } from './profiles.ts';

export const AGREEMENT_CONFIDENCE = 0.35;

export function agreementSignal(graph: AtlasGraph, profiles: readonly Profile[], findings: Findings, minConfidence: number): void {
  const byId = new Map<NodeId, Profile>(profiles.map((p) => [p.id, p]));
  const related = new Map<NodeId, Profile[]>();
  graph.forEachEdge((_e, a, s, t) => {
    if (a.kind !== 'related') return;
    const ps = byId.get(s);
    const pt = byId.get(t);
    if (ps && pt) {
      (related.get(s) ?? related.set(s, []).get(s))?.push(pt);
      (related.get(t) ?? related.set(t, []).get(t))?.push(ps);
    }
  });
  // Orders another path states or another signal found, read before this pass adds its own.
  const orders: { x: Profile; y: Profile; why: string }[] = [];
  graph.forEachEdge((_e, a, s, t) => {
    if (a.kind !== 'requires') return;
    const r = a as RequiresAttributes;
    const x = byId.get(s);
    const y = byId.get(t);
    if (x && y && r.origin !== 'structural' && r.origin !== 'inferred') orders.push({ x, y, why: `${r.origin}: ${r.evidence}` });
  });
  for (const list of findings.byPair.values()) {
    const first = list[0];
    if (first === undefined || findings.confidence(first.from, first.to) < minConfidence) continue;
    orders.push({ x: first.from, y: first.to, why: list.map((f) => f.signal).join(' and ') });
  }
  for (const { x, y, why } of orders) {
    for (const a of related.get(x.id) ?? []) {
      for (const b of related.get(y.id) ?? []) {
        if (a.doc !== b.doc || a === b || a.path === x.path) continue;
        findings.add({
          from: a,
          to: b,
          signal: 'agreement',
          confidence: AGREEMENT_CONFIDENCE,
          evidence: () => `agreement across paths: "${x.label}" comes before "${y.label}" in ${x.path ?? 'another path'} (${why})`,
          source: b.source,
        });
      }
    }
  }
}
