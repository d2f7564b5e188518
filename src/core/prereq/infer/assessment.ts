// Assessments: a readiness check ("Write scripts for automation", "Understand basic networking
// concepts") comes after the topics of its document whose subjects its items name.
import type { KnowledgeBase } from '../knowledge/base';
import { findPhrases, matchedWords } from '../knowledge/phrases';
import type { Findings } from './findings';
import type { Profile } from './profiles';

export const ASSESSMENT_CONFIDENCE = 0.6;
const CHECKBOX = /^\[[ xX]\]\s*/;

export function assessmentSignal(groups: readonly Profile[][], kb: KnowledgeBase, findings: Findings): void {
  for (const group of groups) {
    const bySubject = new Map<string, Profile[]>();
    for (const p of group) if (p.kind === 'topic') for (const s of p.subjects) (bySubject.get(s.id) ?? bySubject.set(s.id, []).get(s.id))?.push(p);
    for (const m of group) {
      if (m.kind !== 'milestone') continue;
      for (const passage of m.passages) {
        if (passage.lent !== undefined) continue;
        for (const { value, at, length } of findPhrases(passage.tokens, kb.aliases, kb.longest)) {
          const phrase = matchedWords(passage.text, at, length);
          for (const a of bySubject.get(value) ?? []) {
            findings.add({ from: a, to: m, signal: 'assessment', confidence: ASSESSMENT_CONFIDENCE, evidence: `readiness check "${passage.text.replace(CHECKBOX, '')}" (${m.label}) names '${phrase}', which "${a.label}" teaches`, source: passage.source });
          }
        }
      }
    }
  }
}
