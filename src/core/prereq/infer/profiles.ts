// What inference knows of each topic: where it sits, its name's words and subjects, and the
// passages of text about it (its description, concepts, and the titles and descriptions of the
// resources that teach it). Built once per build; every signal reads the same profiles.
import type { AtlasGraph, NodeId, Source } from '../../types';
import { isLearnable } from '../../types';
import { terms } from '../terms';
import { isOverviewDoc } from '../structural';
import type { KnowledgeBase } from '../knowledge/base';
import { findPhrases, phraseTokens } from '../knowledge/phrases';

export interface Passage {
  text: string;
  tokens: string[];
  source: Source;
  /** A passage of another topic that teaches the same subject, lent to this one. */
  lent?: NodeId;
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

const BROAD = /\b(fundamentals?|basics?|concepts|introduction|intro|foundations?|essentials|principles|primer|overview|101|getting started|beginners?)\b/i;
const NARROW = /\b(advanced|mastery|in production|at scale|optimi[sz]ation|expert|deep dive|specialized|for [a-z])/i;

export function buildProfiles(graph: AtlasGraph, kb: KnowledgeBase): Profile[] {
  const profiles: Profile[] = [];
  const docs = new Map<NodeId, { path: NodeId | null; order: number; overview: boolean }>();
  graph.forEachNode((id, a) => {
    if (a.kind === 'doc') docs.set(id, { path: a.path, order: a.order, overview: isOverviewDoc(id) });
    if (!isLearnable(a)) return;
    const doc = docs.get(a.doc);
    if (doc === undefined || doc.overview) return;
    const passages: Passage[] = [];
    const add = (text: string, source: Source) => passages.push({ text, tokens: phraseTokens(text), source });
    if (a.description) add(a.description, a.source);
    graph.forEachOutNeighbor(id, (_c, ca) => {
      if (ca.kind === 'concept') add(ca.label, ca.source);
    });
    graph.forEachInEdge(id, (_e, ea, _r, _t, ra) => {
      if (ea.kind === 'teaches' && ra.kind === 'resource') add(ra.description ? `${ea.title}: ${ra.description}` : ea.title, ea.source);
    });
    const labelTokens = phraseTokens(a.label);
    const subjects = findPhrases(labelTokens, kb.aliases, kb.longest).map((m) => ({ id: m.value, phrase: m.phrase }));
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
