// Assessments: a readiness check ("Write scripts for automation", "Understand basic networking
// concepts") comes after the topics of its document that its items name, by subject or by name.
import type { KnowledgeBase } from '../knowledge/base.ts';
import { matchedWords } from '../knowledge/phrases.ts';
import type { Findings } from './findings.ts';
import type { Profile } from './profiles.ts';
import { contentWords, namedTopics } from './text.ts';

/** A check item naming a topic's subject or phrase; one sharing only a distinctive word of its title. */
export const ASSESSMENT_CONFIDENCE = { named: 0.6, word: 0.5 } as const;
const CHECKBOX = /^\[[ xX]\]\s*/;

export function assessmentSignal(groups: readonly Profile[][], kb: KnowledgeBase, findings: Findings): void {
  for (const group of groups) {
    if (!group.some((p) => p.kind === 'milestone')) continue;
    const topics = group.filter((p) => p.kind === 'topic');
    const named = namedTopics(topics, kb);
    // A check item is written to test one topic: a word of that topic's title is enough, unless many titles share it.
    const byWord = new Map<string, Profile[]>();
    for (const t of topics) for (const w of new Set(contentWords(t))) (byWord.get(w) ?? byWord.set(w, []).get(w))?.push(t);
    for (const [w, list] of byWord) if (list.length > 2 || w.length < 3) byWord.delete(w);
    for (const m of group) {
      if (m.kind !== 'milestone') continue;
      for (const passage of m.passages) {
        if (passage.kind !== 'concept') continue;
        const item = passage.text.replace(CHECKBOX, '');
        for (const { value, at, length } of named.find(passage)) {
          const phrase = () => matchedWords(passage.text, at, length);
          for (const a of value)
            findings.add({
              from: a,
              to: m,
              signal: 'assessment',
              confidence: ASSESSMENT_CONFIDENCE.named,
              evidence: () => `readiness check "${item}" (${m.label}) names '${phrase()}', which "${a.label}" teaches`,
              source: passage.source,
            });
        }
        passage.tokens.forEach((w, at) => {
          for (const a of byWord.get(w) ?? [])
            findings.add({
              from: a,
              to: m,
              signal: 'assessment',
              confidence: ASSESSMENT_CONFIDENCE.word,
              evidence: () => `readiness check "${item}" (${m.label}) says '${matchedWords(passage.text, at, 1)}', a word of "${a.label}"`,
              source: passage.source,
            });
        });
      }
    }
  }
}
