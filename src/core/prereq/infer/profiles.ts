// What inference knows of each topic: where it sits, its name's words and subjects, and the
// passages of text about it (its description, concepts, and the titles and descriptions of the
// resources that teach it). Built once per build; every signal reads the same profiles.
import type { AtlasGraph, NodeId, Source } from '../../types.ts';
import { isLearnable } from '../../types.ts';
import { stem, terms, words } from '../terms.ts';
import { isOverviewDoc } from '../structural.ts';
import { isStudySchedule } from '../../ingest/orientation.ts';
import type { KnowledgeBase } from '../knowledge/base.ts';
import { findPhrases, phraseTokens } from '../knowledge/phrases.ts';

export interface Passage {
  /** Where the words come from: the topic's description, one of its concept bullets, or a resource that teaches it. */
  kind: 'description' | 'concept' | 'resource';
  text: string;
  tokens: string[];
  source: Source;
  /** The resource a `resource` passage describes. */
  resource?: NodeId;
}

export interface Profile {
  /** Index in the list of profiles. */
  at: number;
  id: NodeId;
  label: string;
  /** A study schedule is orientation, profiled only for the order it states. */
  kind: 'topic' | 'milestone' | 'schedule';
  doc: NodeId;
  docOrder: number;
  path: NodeId | null;
  order: number;
  source: Source;
  labelTokens: string[];
  /** The label's content terms (stems, generic words such as "fundamentals" dropped), distinct. */
  core: string[];
  /** "X Fundamentals", "Introduction to X": the broad first look at a subject. */
  broad: boolean;
  /** "Advanced X", "X in Production": a topic that narrows or applies its subject. */
  narrow: boolean;
  /**
   * Knowledge-base subjects the label names, with the words that named each. A subject named only
   * as the setting of another noun ("Container Registry", "Kubernetes Monitoring") is applied here,
   * not taught: the topic may need it, but it is not where a learner learns it.
   */
  subjects: { id: string; phrase: string; setting: boolean }[];
  passages: Passage[];
  /** The resources that teach the topic. */
  resources: ReadonlySet<NodeId>;
}

const BROAD =
  /\b(fundamentals?|basics?|concepts|introduction|intro|foundations?|essentials|principles|primer|overview|101|getting started|beginners?|architecture|core|anatomy|theory)\b/i;
const NARROW = /\b(advanced|mastery|in production|at scale|optimi[sz]ation|expert|deep dive|specialized|for [a-z])/i;

/** Profiles of the topics and milestones of every document but overview pages and those `skip` names. */
export function buildProfiles(graph: AtlasGraph, kb: KnowledgeBase, skip: ReadonlySet<NodeId> = new Set()): Profile[] {
  const profiles: Profile[] = [];
  const docs = new Map<NodeId, { path: NodeId | null; order: number; overview: boolean }>();
  graph.forEachNode((id, a) => {
    if (a.kind === 'doc') docs.set(id, { path: a.path, order: a.order, overview: isOverviewDoc(id) });
    const schedule = a.kind === 'orientation' && isStudySchedule(a.label, a.description);
    if (!isLearnable(a) && !schedule) return;
    const doc = docs.get(a.doc);
    if (doc === undefined || doc.overview || skip.has(a.doc)) return;
    const passages: Passage[] = [];
    const resources = new Set<NodeId>();
    const add = (kind: Passage['kind'], text: string, source: Source, resource?: NodeId) =>
      passages.push({ kind, text, tokens: phraseTokens(text, true), source, ...(resource === undefined ? {} : { resource }) });
    if (a.description) add('description', a.description, a.source);
    graph.forEachOutNeighbor(id, (_c, ca) => {
      if (ca.kind === 'concept') add('concept', ca.label, ca.source);
    });
    graph.forEachInEdge(id, (_e, ea, r, _t, ra) => {
      if (ea.kind !== 'teaches' || ra.kind !== 'resource') return;
      resources.add(r);
      add('resource', ra.description ? `${ea.title}: ${ra.description}` : ea.title, ea.source, r);
    });
    const labelTokens = phraseTokens(a.label);
    const subjects = subjectsOf(a.label, kb);
    const settings = settingsOf(a.label, kb);
    profiles.push({
      at: profiles.length,
      id,
      label: a.label,
      kind: schedule ? 'schedule' : (a.kind as Profile['kind']),
      doc: a.doc,
      docOrder: doc.order,
      path: doc.path,
      order: a.order,
      source: a.source,
      labelTokens,
      core: [...new Set(terms(a.label))],
      broad: BROAD.test(a.label),
      narrow: NARROW.test(a.label),
      subjects: subjects
        .filter((s, i) => subjects.findIndex((t) => t.id === s.id) === i)
        .map((s) => ({ ...s, setting: settings.has(s.id) })),
      passages,
      resources,
    });
  });
  return profiles;
}

/** Words that say how much of a subject a topic covers, not which: "Fundamentals", "Proficiency". */
const DEGREE = new Set([
  'fundamental',
  'fundamentals',
  'basic',
  'basics',
  'concept',
  'concepts',
  'proficiency',
  'skill',
  'skills',
  'essential',
  'essentials',
  'introduction',
  'intro',
  'principle',
  'principles',
  'mastery',
  'overview',
  'advanced',
  'foundation',
  'foundations',
  'understanding',
  'knowledge',
  'familiarity',
  'literacy',
]);
/** The same words as `phraseTokens` stems them. */
export const DEGREE_STEMS: ReadonlySet<string> = new Set([...DEGREE].map(stem));
const CONJUNCTION = /\s*(?:,|\band\b|&|\/)\s*/i;

/**
 * The knowledge-base subjects a topic's label names. A label joins subjects ("Linux and Command
 * Line Proficiency", "Programming and Scripting Fundamentals"): each part is also read with the
 * degree words the label puts around the whole ("Programming Fundamentals", "Scripting
 * Fundamentals"), and a label that names nothing as written is read again without them.
 */
export function subjectsOf(label: string, kb: KnowledgeBase): readonly { id: string; phrase: string }[] {
  const memo = readingsOf<readonly { id: string; phrase: string }[]>(kb, 'subjects');
  let found = memo.get(label);
  if (found === undefined) memo.set(label, (found = readSubjects(label, kb)));
  return found;
}

/**
 * Profiles, pathways and cross-path units read the same labels again and again: each once per
 * build, in tables that `forgetReadings` drops when the build is done, so that no label (a slice
 * of its document's text) outlives the graph through them.
 */
const readings = new WeakMap<KnowledgeBase, Map<string, Map<string, unknown>>>();

export function readingsOf<T>(kb: KnowledgeBase, table: string): Map<string, T> {
  let tables = readings.get(kb);
  if (tables === undefined) readings.set(kb, (tables = new Map()));
  let memo = tables.get(table);
  if (memo === undefined) tables.set(table, (memo = new Map()));
  return memo as Map<string, T>;
}

export function forgetReadings(kb: KnowledgeBase): void {
  readings.delete(kb);
}

function readSubjects(label: string, kb: KnowledgeBase): { id: string; phrase: string }[] {
  // "X for Y" teaches X, applied to Y: Y is its setting, neither taught here nor needed first.
  const bare = label
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+for\s+.*$/i, '')
    .trim();
  const found = findPhrases(phraseTokens(bare), kb.aliases, kb.longest).map((m) => ({ id: m.value, phrase: m.phrase }));
  const parts = bare.split(CONJUNCTION).filter((p) => p !== '');
  if (parts.length > 1) {
    const first = (parts[0] as string).split(/\s+/);
    const last = (parts[parts.length - 1] as string).split(/\s+/);
    let lead = 0;
    while (lead < first.length - 1 && DEGREE.has((first[lead] as string).toLowerCase())) lead++;
    let tail = last.length;
    while (tail > 1 && DEGREE.has((last[tail - 1] as string).toLowerCase())) tail--;
    const prefix = first.slice(0, lead).join(' ');
    const suffix = last.slice(tail).join(' ');
    for (const part of parts) {
      for (const m of findPhrases(
        phraseTokens(`${prefix} ${part.startsWith(prefix) ? part.slice(prefix.length) : part} ${part.endsWith(suffix) ? '' : suffix}`),
        kb.aliases,
        kb.longest,
      ))
        found.push({ id: m.value, phrase: m.phrase });
    }
  }
  if (found.length === 0) {
    const plain = phraseTokens(bare).filter((t) => !DEGREE_STEMS.has(t));
    for (const m of findPhrases(plain, kb.aliases, kb.longest)) found.push({ id: m.value, phrase: m.phrase });
  }
  for (const f of [...found]) for (const c of kb.subjects.get(f.id)?.covers ?? []) found.push({ id: c, phrase: f.phrase });
  return found;
}

/** Words after a subject's name that leave it the topic's subject: "Docker Fundamentals", "Container Concepts". */
const HEAD_WORDS: ReadonlySet<string> = new Set(
  [
    ...DEGREE,
    ...['architecture', 'basics', 'theory', 'anatomy', 'core', 'essentials', 'primer', 'management', 'practices', 'best'],
    ...['library', 'libraries', 'framework', 'frameworks', 'tool', 'tools', 'toolkit', 'usage', 'ecosystem', 'stack', 'packages'],
  ].map(stem),
);
const GLUE_WORDS = new Set(['for', 'with', 'in', 'on', 'using', 'via', 'of', 'to', 'by', 'into', 'the', 'a', 'an', 'your']);
const COORDINATION = new Set(['and', 'or', '&']);

/**
 * The subjects a label names only as the setting of another noun: "Container" in "Container Registry
 * and Image Management" or "Container and Kubernetes Monitoring", but not in "Container Concepts",
 * "Linux and Command Line Proficiency" or "Python Programming" (Python covers programming).
 */
export function settingsOf(label: string, kb: KnowledgeBase): Set<string> {
  const tokens: string[] = [];
  /** What follows token i: the end of a phrase, a coordination, or the next word of the same noun phrase. */
  const after: ('end' | 'and' | 'next')[] = [];
  for (const w of words(label.replace(/\s+for\s+.*$/i, ''))) {
    if (COORDINATION.has(w) || GLUE_WORDS.has(w)) {
      if (after.length > 0) after[after.length - 1] = COORDINATION.has(w) ? 'and' : 'end';
      continue;
    }
    tokens.push(stem(w));
    after.push('next');
  }
  if (after.length > 0) after[after.length - 1] = 'end';
  const matches = findPhrases(tokens, kb.aliases, kb.longest);
  const startsAt = new Map(matches.map((m) => [m.at, m]));
  const isHead = new Map<(typeof matches)[number], boolean>();
  for (let i = matches.length - 1; i >= 0; i--) {
    const m = matches[i] as (typeof matches)[number];
    const end = m.at + m.length - 1;
    const next = tokens[end + 1];
    const following = startsAt.get(end + 1);
    let head: boolean;
    if (after[end] === 'end' || next === undefined) head = true;
    else if (HEAD_WORDS.has(next)) head = true;
    else if (after[end] === 'and') head = following ? (isHead.get(following) ?? true) : true;
    else head = following !== undefined && (kb.subjects.get(m.value)?.covers ?? []).includes(following.value);
    isHead.set(m, head);
  }
  const heads = new Set<string>();
  const named = new Set<string>();
  for (const [m, head] of isHead) {
    const ids = [m.value, ...(kb.subjects.get(m.value)?.covers ?? [])];
    for (const id of ids) {
      named.add(id);
      if (head) heads.add(id);
    }
  }
  return new Set([...named].filter((id) => !heads.has(id)));
}

/** Profiles grouped by document, in order. */
export function byDocument(profiles: readonly Profile[]): Profile[][] {
  const groups = new Map<NodeId, Profile[]>();
  for (const p of profiles) {
    const list = groups.get(p.doc);
    if (list) list.push(p);
    else groups.set(p.doc, [p]);
  }
  return [...groups.values()];
}
