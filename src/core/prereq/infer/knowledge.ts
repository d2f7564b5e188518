// Subject knowledge: a topic about a subject the knowledge base says needs another subject comes
// after the topics about that other subject. Direct needs weigh most; a need two or three steps
// away ("Kubernetes needs containers, which need Linux") weighs less.
import type { KnowledgeBase } from '../knowledge/base.ts';
import { ancestorsOf } from '../knowledge/base.ts';
import type { Findings } from './findings.ts';
import type { Profile } from './profiles.ts';

/** By how far apart the two subjects are: a need three steps away only supports another signal. */
export const KNOWLEDGE_CONFIDENCE = [0, 0.7, 0.6, 0.45] as const;
/** A need the dependent topic also names, taught alone earlier in the document. */
export const KNOWLEDGE_SHARED = 0.5;

export function knowledgeSignal(groups: readonly Profile[][], kb: KnowledgeBase, findings: Findings): void {
  const name = (s: string) => kb.subjects.get(s)?.name ?? s;
  for (const group of groups) {
    // Where a document teaches a subject in a topic of its own, that topic is where it is learnt, not
    // the topics that only apply it ("Container Registry" is not where containers are learnt).
    const bySubject = new Map<string, Profile[]>();
    for (const p of group) for (const s of p.subjects) (bySubject.get(s.id) ?? bySubject.set(s.id, []).get(s.id))?.push(p);
    for (const [id, list] of bySubject) {
      const taught = list.filter((p) => p.subjects.some((s) => s.id === id && !s.setting));
      if (taught.length > 0) bySubject.set(id, taught);
    }
    for (const b of group) {
      const own = new Set(b.subjects.map((s) => s.id));
      for (const s of b.subjects) {
        for (const [need, chain] of ancestorsOf(kb, s.id)) {
          for (const a of bySubject.get(need) ?? []) {
            // A topic about both subjects says nothing about the order of the two.
            if (a === b || a.subjects.some((x) => x.id === s.id)) continue;
            // Unless the document first teaches the needed subject alone: "Kubernetes Objects" before
            // "GitOps and Kubernetes Deployment", where Kubernetes is what GitOps is applied to.
            const shared = own.has(need);
            if (shared && a.order > b.order) continue;
            const depth = chain.length - 1;
            const entry = kb.subjects.get(chain[0] as string);
            const first = chain[1] as string;
            const why = entry?.needs.get(first) ?? '';
            const via = depth > 1 ? ` (through ${chain.slice(1, -1).map(name).join(', ')})` : '';
            findings.add({
              from: a,
              to: b,
              signal: 'knowledge',
              confidence: shared ? KNOWLEDGE_SHARED : (KNOWLEDGE_CONFIDENCE[Math.min(depth, 3)] as number),
              evidence: () =>
                `knowledge base: ${name(s.id)} needs ${name(need)}${via}: "${why}" (${entry?.source.file}:${entry?.source.line}); "${b.label}" names ${name(s.id)}, "${a.label}" names ${name(need)}${shared ? ` and comes first; "${b.label}" applies ${name(need)} too` : ''}`,
              source: b.source,
            });
          }
        }
      }
    }
  }
}
