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
/** …named by this many of its bullets (or its label). */
const MIN_KNOWN_BULLETS = 2;

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
  return labelSubjects(label, kb).ids;
}

interface LabelSubjects {
  ids: readonly string[];
  whole: boolean;
}

/**
 * subjectIds, and whether the subjects explain every word of the label. Read once per label and
 * build: every pathway of a path reads its topics' labels again.
 */
function labelSubjects(label: string, kb: KnowledgeBase): LabelSubjects {
  const memo = readingsOf<LabelSubjects>(kb, 'labelSubjects');
  let read = memo.get(label);
  if (read === undefined) memo.set(label, (read = readLabelSubjects(label, kb)));
  return read;
}

function readLabelSubjects(label: string, kb: KnowledgeBase): LabelSubjects {
  const found = subjectsOf(label, kb);
  const words = phraseTokens(label.replace(/\([^)]*\)/g, ' ')).filter((w) => !DEGREE.has(w));
  const named = new Set(found.flatMap((f) => f.phrase.split(' ')));
  const explained = words.filter((w) => named.has(w)).length;
  return explained * 3 < words.length * 2
    ? { ids: [], whole: false }
    : { ids: [...new Set(found.map((s) => s.id))], whole: explained === words.length };
}

const longestNames = new WeakMap<KnowledgeBase, number>();
function longestBackgroundName(kb: KnowledgeBase): number {
  let longest = longestNames.get(kb);
  if (longest === undefined)
    longestNames.set(kb, (longest = Math.max(0, ...[...kb.backgroundNames.keys()].map((k) => k.split(' ').length))));
  return longest;
}

/** The knowledge base's backgrounds a name says, read as written and in the singular ("IT Professionals"). */
function backgroundsNamed(name: string, kb: KnowledgeBase): KnowledgeBase['backgrounds'] {
  const longest = longestBackgroundName(kb);
  const out = new Set<KnowledgeBase['backgrounds'][number]>();
  for (const text of [name, name.replace(/(\w{3,})s\b/g, '$1')])
    for (const m of findPhrases(phraseTokens(text), kb.backgroundNames, longest)) out.add(m.value);
  return [...out];
}

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
    const r = topicReading(t, kb);
    if (r.skip) continue;
    const { ids: subjects, whole } = r.label;
    if (subjects.length > 0) {
      // Everything the label names, not one subject of several it joins ("ML Concepts and Algorithms");
      // a label that leaves a word unexplained needs bullets that do not all teach something else:
      // "Automated Testing and Validation" of an infrastructure module is Terratest, image scanning
      // and policy checks, not the software testing a software engineer knows.
      if (subjects.every((s) => knows.has(s)) && (whole || !bulletsTeachElse(bulletsOf(r, t, kb).taught, knows)))
        assumed.set(t.id, `${knows.get(subjects[0] as string) as string}, which "${t.label}" is about`);
      continue;
    }
    // A subject the label names and the background does not know is what the topic is about: the
    // bullets cannot make it known ("Function Calling and Tool Integration" is tool calling, though a
    // bullet says "function").
    if (r.inLabel.some((id) => !knows.has(id))) continue;
    const { each, taught } = bulletsOf(r, t, kb);
    const known = taught.filter((s) => knows.has(s));
    // Known subjects named by one bullet are one shared phrase ("Jupyter notebook" is Python and
    // programming); a label that names only known subjects counts as one more.
    const knownBullets = each.filter((b) => [...b].some((s) => knows.has(s))).length + (r.inLabel.length > 0 ? 1 : 0);
    if (taught.length >= MIN_BULLET_SUBJECTS && known.length * 2 >= taught.length && knownBullets >= MIN_KNOWN_BULLETS) {
      const names = known.map((s) => kb.subjects.get(s)?.name ?? s);
      assumed.set(
        t.id,
        `${knows.get(known[0] as string) as string}; the bullets of "${t.label}" name ${known.length} of its ${taught.length} subjects (${names.slice(0, 4).join(', ')})`,
      );
    }
  }
  return { kind: 'assumes', topics: assumed };
}

/** What a topic's label and bullets name, whatever the background: read once per topic, whichever of its path's pathways asks. */
interface TopicReading {
  /** "Advanced X", "Testing for ML Systems": never assumed. */
  skip: boolean;
  label: LabelSubjects;
  /** Subject ids the label names, covers included. */
  inLabel: readonly string[];
  /** The subject ids each bullet names, and every one of them once, in bullet order: read when first asked. */
  bullets?: { each: readonly ReadonlySet<string>[]; taught: readonly string[] };
}

const readingsOfTopics = new WeakMap<PathTopic, TopicReading>();
function topicReading(t: PathTopic, kb: KnowledgeBase): TopicReading {
  let r = readingsOfTopics.get(t);
  if (r === undefined) {
    const skip = DEEP.test(t.label) || APPLIED.test(t.label);
    r = skip
      ? { skip, label: { ids: [], whole: false }, inLabel: [] }
      : { skip, label: labelSubjects(t.label, kb), inLabel: subjectsOf(t.label, kb).map((f) => f.id) };
    readingsOfTopics.set(t, r);
  }
  return r;
}

function bulletsOf(r: TopicReading, t: PathTopic, kb: KnowledgeBase): NonNullable<TopicReading['bullets']> {
  if (r.bullets === undefined) {
    const each = t.concepts.map((c) => new Set(subjectsOf(c, kb).map((f) => f.id)));
    r.bullets = { each, taught: [...new Set(each.flatMap((b) => [...b]))] };
  }
  return r.bullets;
}

/** Bullets that name MIN_BULLET_SUBJECTS subjects or more, none of them known. */
function bulletsTeachElse(taught: readonly string[], knows: ReadonlyMap<string, string>): boolean {
  return taught.length >= MIN_BULLET_SUBJECTS && taught.every((s) => !knows.has(s));
}
