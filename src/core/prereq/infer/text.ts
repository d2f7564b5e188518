// Signals from the words: which topics the text about a topic names. A later topic whose own
// concepts name an earlier one is a `mention` (stronger with a cue such as "builds on"). Reference
// distance (RefD, after Liang et al., EMNLP 2015) compares the two directions: A is likely needed
// before B when the text about B names A much more than the text about A names B. The text about a
// topic includes the passages of other documents that teach the same subject, so a terse
// prerequisites document borrows evidence from the modules that expand it.
import type { KnowledgeBase } from '../knowledge/base.ts';
import { CLAUSE, findPhrases, matchedWords, phraseKey, phraseWords } from '../knowledge/phrases.ts';
import type { NodeId } from '../../types.ts';
import type { Findings } from './findings.ts';
import { DEGREE_STEMS, type Passage, type Profile } from './profiles.ts';

/** A later topic naming an earlier one in its own words by a phrase of two or more words, or only by one word or in a resource's title; a word of dependence adds. */
export const MENTION_CONFIDENCE = { phrase: 0.5, word: 0.35, cue: 0.25 } as const;
export const REFD = { threshold: 0.15, base: 0.1, max: 0.45, minMentions: 2, lent: 8 } as const;
/** Terms a later topic uses that an earlier topic's concepts introduce: how many make evidence, and its weight. */
export const VOCABULARY = { terms: 2, confidence: 0.5, minLength: 4, share: 6 } as const;

const CUE =
  /\b(builds? on|building on|after|assum(es|ing)|requires?|prerequisites?|based on|relies on|extends|applies|applying|familiarity with|knowledge of)\b/i;
/** Words that say how a topic is taught, not what it is about: no key to a topic on their own. */
const GENERIC: ReadonlySet<string> = new Set([
  ...DEGREE_STEMS,
  ...[
    'fundamental',
    'basic',
    'concept',
    'introduction',
    'intro',
    'principl',
    'overview',
    'advanced',
    'essential',
    'foundation',
    'skill',
    'understand',
    'proficiency',
    'mastery',
    'practic',
    'techniqu',
    'method',
    'tool',
    'management',
    'development',
    'system',
    'application',
    'best',
    'modern',
    'core',
    'key',
    'theory',
    'approach',
    'strategy',
    'strategi',
    'implementation',
    'and',
    'learn',
    'work',
  ],
]);

/** A topic's title without the words that say how it is taught. */
export const contentWords = (p: Profile): string[] => p.labelTokens.filter((t) => !GENERIC.has(t));

/** The phrases that name a topic by its own label: the label without generic words, and its word pairs. */
function keysOf(p: Profile): string[] {
  const keys = new Set<string>();
  const content = contentWords(p);
  if (content.length >= 2 && content.length <= 4) keys.add(phraseKey(content));
  for (let i = 0; i + 1 < content.length; i++) keys.add(phraseKey(content.slice(i, i + 2)));
  if (content.length === 1 && (content[0] as string).length >= 5) keys.add(content[0] as string);
  return [...keys];
}

export interface NamedTopics {
  /** The topics of the document that a passage names, by one phrase each, in the passage's order. */
  find(passage: Passage): { value: Profile[]; phrase: string; at: number; length: number; subject?: string }[];
}

/** The knowledge-base subjects a passage names: read once per passage, whichever document borrows it. */
const subjectsNamed = new WeakMap<Passage, ReturnType<typeof findPhrases<string>>>();

/**
 * What names the topics of one document: their subjects (through the knowledge base's aliases) and
 * their own titles. A subject or phrase most of the document's topics share names none of them.
 */
export function namedTopics(group: readonly Profile[], kb: KnowledgeBase): NamedTopics {
  const byTitle = new Map<string, Profile[]>();
  const bySubject = new Map<string, Profile[]>();
  let longest = 1;
  for (const p of group) {
    for (const k of keysOf(p)) {
      (byTitle.get(k) ?? byTitle.set(k, []).get(k))?.push(p);
      longest = Math.max(longest, k.split(' ').length);
    }
    for (const id of new Set(p.subjects.map((x) => x.id))) (bySubject.get(id) ?? bySubject.set(id, []).get(id))?.push(p);
  }
  const limit = Math.max(3, Math.ceil(group.length / 3));
  for (const index of [byTitle, bySubject]) for (const [k, list] of index) if (list.length > limit) index.delete(k);
  return {
    find(passage) {
      let subjects = subjectsNamed.get(passage);
      if (subjects === undefined) subjectsNamed.set(passage, (subjects = findPhrases(passage.tokens, kb.aliases, kb.longest)));
      const out: { value: Profile[]; phrase: string; at: number; length: number; subject?: string }[] = [];
      for (const m of subjects) {
        const value = bySubject.get(m.value);
        if (value !== undefined) out.push({ value, phrase: m.phrase, at: m.at, length: m.length, subject: m.value });
      }
      for (const m of findPhrases(passage.tokens, byTitle, longest)) out.push(m);
      return out;
    },
  };
}

/**
 * How clearly a passage names a topic: a phrase of the author's own (2) over one word of theirs or
 * a resource's title (1), which says what the resource teaches rather than what the topic needs.
 */
const weight = (passage: Passage, length: number): number => (passage.kind !== 'resource' && length > 1 ? 2 : 1);

interface Naming {
  count: number;
  /** The first passage that names the topic, and where in it. */
  passage: Passage;
  at: number;
  length: number;
  /** The author's own words (description or concept, not a resource's title) that name the topic, by the longest phrase. */
  said?: { passage: Passage; at: number; length: number };
}

export interface TextOptions {
  mention: boolean;
  refd: boolean;
}

export function textSignals(
  profiles: readonly Profile[],
  groups: readonly Profile[][],
  kb: KnowledgeBase,
  findings: Findings,
  options: TextOptions,
): void {
  const lent = lentPassages(profiles);
  for (const group of groups) {
    if (options.refd) vocabulary(group, findings);
    const names = namedTopics(group, kb);
    /** For each topic, how many of its passages name each other topic, and the first such passage (its own first). */
    const named = new Map<Profile, Map<Profile, Naming>>();
    const total = new Map<Profile, number>();
    for (const b of group) {
      const counts = new Map<Profile, Naming>();
      const borrowed = lent.get(b) ?? [];
      total.set(b, b.passages.length + borrowed.length);
      const ownLabel = b.labelTokens.join(' ');
      // A topic that names its own subject names no other topic: "Network Intrusion Detection"
      // speaking of intrusion detection does not point to "Host-Based Intrusion Detection".
      const ownSubjects = new Set(b.subjects.map((s) => s.id));
      const read = (passage: Passage, own: boolean) => {
        const seen = new Set<Profile>();
        for (const match of names.find(passage)) {
          for (const a of match.value) {
            if (a === b || seen.has(a) || ownLabel.includes(match.phrase)) continue;
            if (match.subject !== undefined && ownSubjects.has(match.subject)) continue;
            // A resource that teaches both topics says nothing of their order.
            if (passage.resource !== undefined && a.resources.has(passage.resource)) continue;
            seen.add(a);
            const c = counts.get(a) ?? { count: 0, passage, at: match.at, length: match.length };
            c.count++;
            counts.set(a, c);
            // What a mention quotes: the author's own words over a resource's title, then the longest phrase.
            if (own && (c.said === undefined || weight(passage, match.length) > weight(c.said.passage, c.said.length)))
              c.said = { passage, at: match.at, length: match.length };
          }
        }
      };
      for (const passage of b.passages) read(passage, true);
      for (const passage of borrowed) read(passage, false);
      named.set(b, counts);
    }
    for (const [b, counts] of named) {
      for (const [a, c] of counts) {
        const said = c.said;
        if (options.mention && said !== undefined && a.order < b.order) {
          const cue = CUE.test(said.passage.text);
          findings.add({
            from: a,
            to: b,
            signal: 'mention',
            confidence:
              (weight(said.passage, said.length) > 1 ? MENTION_CONFIDENCE.phrase : MENTION_CONFIDENCE.word) +
              (cue ? MENTION_CONFIDENCE.cue : 0),
            evidence: mentionEvidence(said.passage, b, a, cue),
            source: said.passage.source,
          });
        }
        if (!options.refd || c.count < REFD.minMentions) continue;
        const back = named.get(a)?.get(b)?.count ?? 0;
        const refd = c.count / Math.max(1, total.get(b) ?? 1) - back / Math.max(1, total.get(a) ?? 1);
        if (refd < REFD.threshold) continue;
        findings.add({
          from: a,
          to: b,
          signal: 'refd',
          confidence: Math.round(Math.min(REFD.max, REFD.base + refd) * 100) / 100,
          evidence: refdEvidence(refd, a, b, c, back, total.get(a), total.get(b)),
          source: c.passage.source,
        });
      }
    }
  }
}

// The evidence of a finding is phrased only if it becomes an edge, by a closure made here, outside
// the signal's loops: a closure keeps the scope it was made in, and one made inside them would keep
// each document's indexes alive until inference ends.
const mentionEvidence = (passage: Passage, b: Profile, a: Profile, cue: boolean) => (): string =>
  `"${passage.text}" (${b.label}) names ${a.label}${cue ? ', with a word of dependence' : ''}`;

const refdEvidence =
  (refd: number, a: Profile, b: Profile, c: Naming, back: number, totalA: number | undefined, totalB: number | undefined) => (): string =>
    `RefD ${refd.toFixed(2)}: the text about ${b.label} names '${matchedWords(c.passage.text, c.at, c.length)}' in ${c.count} of ${totalB} passages; the text about ${a.label} names ${b.label} ${back === 0 ? 'never' : `in ${back} of ${totalA}`}`;

/** For each topic, passages of topics in other documents that teach one of its subjects: nearest (same path) first. */
function lentPassages(profiles: readonly Profile[]): Map<Profile, Passage[]> {
  // By subject and path, in document order: the nearest lenders are found without sorting them all.
  const bySubject = new Map<string, Map<NodeId | null, Profile[]>>();
  for (const p of profiles) {
    for (const s of p.subjects) {
      let byPath = bySubject.get(s.id);
      if (byPath === undefined) bySubject.set(s.id, (byPath = new Map()));
      (byPath.get(p.path) ?? byPath.set(p.path, []).get(p.path))?.push(p);
    }
  }
  const out = new Map<Profile, Passage[]>();
  for (const p of profiles) {
    if (p.subjects.length === 0) continue;
    const passages: Passage[] = [];
    const lenders = new Set<Profile>();
    const lend = (q: Profile): boolean => {
      if (q.doc === p.doc || lenders.has(q)) return false;
      lenders.add(q);
      for (const passage of q.passages) {
        if (passages.length >= REFD.lent) return true;
        passages.push(passage);
      }
      return passages.length >= REFD.lent;
    };
    search: for (const samePath of [true, false]) {
      for (const s of p.subjects) {
        for (const [path, list] of bySubject.get(s.id) ?? []) {
          if ((path === p.path) !== samePath) continue;
          for (const q of list) if (lend(q)) break search;
        }
      }
    }
    out.set(p, passages);
  }
  return out;
}

/**
 * Reference distance on the concepts' own words: a term a topic's concepts introduce (the first in
 * the document to use it, and few others do) that later topics use again ("ConfigMaps" and "Secrets"
 * of "Kubernetes Objects", then in "Configuration Management and Secrets") refers back to that topic.
 */
function vocabulary(group: readonly Profile[], findings: Findings): void {
  const usedBy = new Map<string, Profile[]>();
  for (const p of group) {
    const own = new Set<string>();
    for (const passage of p.passages)
      if (passage.kind !== 'resource')
        for (const t of passage.tokens) if (t.length >= VOCABULARY.minLength && t !== CLAUSE && !GENERIC.has(t)) own.add(t);
    for (const t of own) (usedBy.get(t) ?? usedBy.set(t, []).get(t))?.push(p);
  }
  const rare = Math.max(2, Math.ceil(group.length / VOCABULARY.share));
  const introduced = new Map<Profile, Map<Profile, string[]>>();
  for (const [t, users] of usedBy) {
    if (users.length < 2 || users.length > rare) continue;
    const first = users.reduce((x, y) => (y.order < x.order ? y : x));
    if (!first.passages.some((q) => q.kind === 'concept' && q.tokens.includes(t))) continue;
    for (const b of users) {
      if (b === first) continue;
      const byA = introduced.get(b) ?? introduced.set(b, new Map()).get(b)!;
      (byA.get(first) ?? byA.set(first, []).get(first))?.push(t);
    }
  }
  for (const [b, byA] of introduced)
    for (const [a, shared] of byA) {
      if (shared.length < VOCABULARY.terms) continue;
      findings.add({
        from: a,
        to: b,
        signal: 'refd',
        confidence: VOCABULARY.confidence,
        evidence: () => {
          const words = shared.slice(0, 5).map((t) => `'${asWritten(b, t)}'`);
          const more = shared.length > 5 ? ` and ${shared.length - 5} more` : '';
          return `RefD on terms: the text about ${b.label} uses ${words.join(', ')}${more}, terms the concepts of ${a.label} introduce to this document`;
        },
        source: b.source,
      });
    }
}

/** A stem as a topic's own text writes it ("secret" → "Secrets"). */
function asWritten(p: Profile, stem: string): string {
  for (const passage of p.passages) {
    const at = passage.tokens.indexOf(stem);
    if (at >= 0) return phraseWords(passage.text, true)[at] ?? stem;
  }
  return stem;
}
