// What inference knows of each topic: where it sits, its name's words and subjects, and the
// passages of text about it (its description, concepts, and the titles and descriptions of the
// resources that teach it). Built once per build; every signal reads the same profiles.
import type { AtlasGraph, NodeId, Source } from '../../types.ts';
import { isLearnable } from '../../types.ts';
import { stem, terms } from '../terms.ts';
import { isOverviewDoc } from '../structural.ts';
import type { KnowledgeBase } from '../knowledge/base.ts';
import { findPhrases, phraseTokens } from '../knowledge/phrases.ts';

export interface Passage {
  /** Where the words come from: the topic's description, one of its concept bullets, or a resource that teaches it. */
  kind: 'description' | 'concept' | 'resource';
  text: string;
  tokens: string[];
  source: Source;
}

export interface Profile {
  /** Index in the list of profiles. */
  at: number;
  id: NodeId;
  label: string;
  kind: 'topic' | 'milestone';
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
  /** Knowledge-base subjects the label names, with the words that named each. */
  subjects: { id: string; phrase: string }[];
  passages: Passage[];
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
    if (!isLearnable(a)) return;
    const doc = docs.get(a.doc);
    if (doc === undefined || doc.overview || skip.has(a.doc)) return;
    const passages: Passage[] = [];
    const add = (kind: Passage['kind'], text: string, source: Source) => passages.push({ kind, text, tokens: phraseTokens(text), source });
    if (a.description) add('description', a.description, a.source);
    graph.forEachOutNeighbor(id, (_c, ca) => {
      if (ca.kind === 'concept') add('concept', ca.label, ca.source);
    });
    graph.forEachInEdge(id, (_e, ea, _r, _t, ra) => {
      if (ea.kind === 'teaches' && ra.kind === 'resource')
        add('resource', ra.description ? `${ea.title}: ${ra.description}` : ea.title, ea.source);
    });
    const labelTokens = phraseTokens(a.label);
    const subjects = subjectsOf(a.label, kb);
    profiles.push({
      at: profiles.length,
      id,
      label: a.label,
      kind: a.kind,
      doc: a.doc,
      docOrder: doc.order,
      path: doc.path,
      order: a.order,
      source: a.source,
      labelTokens,
      core: [...new Set(terms(a.label))],
      broad: BROAD.test(a.label),
      narrow: NARROW.test(a.label),
      subjects: subjects.filter((s, i) => subjects.findIndex((t) => t.id === s.id) === i),
      passages,
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
