// What a background already knows, read by meaning: a profession or field the knowledge base
// names knows its subjects ("Software Engineers" know testing, version control, APIs…), and a
// pathway that says what the learner already has ("leverage existing project management
// experience") knows what it names. A topic is assumed when the subjects its label names are
// ones the background knows: never on the strength of one shared word ("Some Technical
// Background" is not "Technical Leadership"). What Atlas cannot read, it does not guess.
import type { NodeId, PathwayAttributes } from '../types.ts';
import { type KnowledgeBase } from './knowledge/base.ts';
import { findPhrases, phraseTokens } from './knowledge/phrases.ts';
import { readingsOf, subjectsOf } from './infer/profiles.ts';

/** A background that names no experience at all. */
export const BEGINNER = /\b(beginners?|novices?|no (prior )?(background|experience)|new to)\b/i;
/** A focus line that says what the learner already has or may skip: what it names is assumed, not studied. */
export const ALREADY = /\b(skip|already (?:know|have)|existing|leverage|familiar with|you know|experience (?:in|with))\b/i;
/** "Advanced X", "X Mastery", "X at Scale": a background knows a subject, not its depths. */
const DEEP = /\b(advanced|mastery|expert|in production|at scale|deep dive|specialized)\b/i;
/** "Testing for ML Systems": a subject applied to the path's own field, which is new to the background. */
const APPLIED = /\s(for|in)\s/i;

export interface PathTopic {
  id: NodeId;
  label: string;
  /** Its concept bullets: what it teaches, read when its label names no subject. */
  concepts: string[];
}

/** A topic whose label names nothing is read from its bullets: they must name this many subjects, at least half of them known. */
const MIN_BULLET_SUBJECTS = 3;

export type Assumed = { kind: 'assumes'; topics: Map<NodeId, string> } | { kind: 'beginner' } | { kind: 'unknown' };

/** Words that say how much of a subject, not which. */
const DEGREE = new Set(
  phraseTokens(
    'fundamentals basics basic concepts proficiency skills essentials introduction principles overview foundations understanding knowledge theory practices',
  ),
);

/**
 * Subject ids a topic's label names, with its covers, once each; none when the subjects leave most
 * of the label's words unexplained ("Boosting Algorithms" is not about algorithms in general).
 */
export function subjectIds(label: string, kb: KnowledgeBase): readonly string[] {
  // Every pathway of a path reads the path's topics: each label once per build.
  const memo = readingsOf<readonly string[]>(kb, 'subject ids');
  let ids = memo.get(label);
  if (ids === undefined) memo.set(label, (ids = readSubjectIds(label, kb)));
  return ids;
}

function readSubjectIds(label: string, kb: KnowledgeBase): string[] {
  const found = subjectsOf(label, kb);
  const words = phraseTokens(label.replace(/\([^)]*\)/g, ' ')).filter((w) => !DEGREE.has(w));
  const named = new Set(found.flatMap((f) => f.phrase.split(' ')));
  const explained = words.filter((w) => named.has(w)).length;
  return explained * 3 < words.length * 2 ? [] : [...new Set(found.map((s) => s.id))];
}

/** The knowledge base's backgrounds a name says, read as written and in the singular ("IT Professionals"). */
function backgroundsNamed(name: string, kb: KnowledgeBase): KnowledgeBase['backgrounds'] {
  const longest = Math.max(0, ...[...kb.backgroundNames.keys()].map((k) => k.split(' ').length));
  const out = new Set<KnowledgeBase['backgrounds'][number]>();
  for (const text of [name, name.replace(/(\w{3,})s\b/g, '$1')])
    for (const m of findPhrases(phraseTokens(text), kb.backgroundNames, longest)) out.add(m.value);
  return [...out];
}

/** What a topic's label names, and else what its bullets teach: every pathway of its path asks, so it is read once. */
function readingOf(t: PathTopic, kb: KnowledgeBase): { subjects: readonly string[]; taught: readonly string[] } {
  let read = topicReadings.get(t);
  if (read === undefined || read.kb !== kb) {
    const subjects = subjectIds(t.label, kb);
    const taught = subjects.length > 0 ? [] : [...new Set(t.concepts.flatMap((c) => subjectsOf(c, kb).map((f) => f.id)))];
    read = { kb, subjects, taught };
    topicReadings.set(t, read);
  }
  return read;
}

const topicReadings = new WeakMap<PathTopic, { kb: KnowledgeBase; subjects: readonly string[]; taught: readonly string[] }>();

/** What pathway `p` assumes among `topics` (its learning path's topics, in order). */
export function assumedBy(p: PathwayAttributes, topics: readonly PathTopic[], kb: KnowledgeBase): Assumed {
  const name = p.background;
  if (BEGINNER.test(name) || BEGINNER.test(p.label)) return { kind: 'beginner' };
  // Subject id → why the background knows it.
  const knows = new Map<string, string>();
  for (const b of backgroundsNamed(name, kb)) {
    for (const s of b.knows)
      if (!knows.has(s))
        knows.set(
          s,
          `"${name}" is the knowledge base's ${b.id} background (${b.source.file}:${b.source.line}), which knows ${kb.subjects.get(s)?.name ?? s}`,
        );
  }
  for (const line of p.focus) {
    const said = ALREADY.exec(line);
    if (!said) continue;
    for (const f of subjectsOf(line.slice(said.index), kb)) if (!knows.has(f.id)) knows.set(f.id, `the pathway says "${line}"`);
  }
  if (knows.size === 0) return { kind: 'unknown' };
  const assumed = new Map<NodeId, string>();
  for (const t of topics) {
    if (DEEP.test(t.label) || APPLIED.test(t.label)) continue;
    const { subjects, taught } = readingOf(t, kb);
    if (subjects.length > 0) {
      // Everything the label names, not one subject of several it joins ("ML Concepts and Algorithms").
      if (subjects.every((s) => knows.has(s)))
        assumed.set(t.id, `${knows.get(subjects[0] as string) as string}, which "${t.label}" is about`);
      continue;
    }
    const known = taught.filter((s) => knows.has(s));
    if (taught.length >= MIN_BULLET_SUBJECTS && known.length * 2 >= taught.length) {
      const names = known.map((s) => kb.subjects.get(s)?.name ?? s);
      assumed.set(
        t.id,
        `${knows.get(known[0] as string) as string}; the bullets of "${t.label}" name ${known.length} of its ${taught.length} subjects (${names.slice(0, 4).join(', ')})`,
      );
    }
  }
  return { kind: 'assumes', topics: assumed };
}
