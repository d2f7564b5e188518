// Assessments: a readiness check ("Write scripts for automation", "Understand basic networking
// concepts") comes after the topics of its document that its items name, by subject or by name.
import type { KnowledgeBase } from '../knowledge/base';
import { findPhrases, matchedWords } from '../knowledge/phrases';
import type { Findings } from './findings';
import type { Profile } from './profiles';
import { aliasLists, topicIndex } from './text';

export const ASSESSMENT_CONFIDENCE = 0.6;
const CHECKBOX = /^\[[ xX]\]\s*/;

export function assessmentSignal(groups: readonly Profile[][], kb: KnowledgeBase, findings: Findings): void {
  const aliasesOf = aliasLists(kb);
  for (const group of groups) {
    if (!group.some((p) => p.kind === 'milestone')) continue;
    const { index, longest } = topicIndex(
      group.filter((p) => p.kind === 'topic'),
      kb,
      aliasesOf,
    );
    for (const m of group) {
      if (m.kind !== 'milestone') continue;
      for (const passage of m.passages) {
        if (passage.kind !== 'concept' || passage.lent !== undefined) continue;
        for (const { value, at, length } of findPhrases(passage.tokens, index, longest)) {
          const phrase = matchedWords(passage.text, at, length);
          for (const a of value) {
            findings.add({ from: a, to: m, signal: 'assessment', confidence: ASSESSMENT_CONFIDENCE, evidence: `readiness check "${passage.text.replace(CHECKBOX, '')}" (${m.label}) names '${phrase}', which "${a.label}" teaches`, source: passage.source });
          }
        }
      }
    }
  }
}
