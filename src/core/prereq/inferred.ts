// Prerequisites read from text: a topic whose concepts name an earlier topic of its learning
// path (its label's phrase, or a distinctive word of it) is taken to build on that topic.
// Only earlier topics qualify, so a forward mention ("chain rule for backpropagation") is not
// read as a dependency in the wrong direction. Confidence stays below curated and explicit edges.
import type { AtlasGraph, NodeId, Source } from '../types.ts';
import { isLearnable } from '../types.ts';
import { flat } from '../graph.ts';
import { addRequires } from './requires.ts';
import { Lexicon, pairKey } from './terms.ts';
import { isOverviewDoc } from './structural.ts';

const CUE = /\b(builds? on|building on|after|assum(es|ing)|requires?|prerequisites?|based on|relies on|extends|applies|applying)\b/i;

interface Text {
  text: string;
  source: Source;
  terms: number[];
}

interface Topic {
  id: NodeId;
  label: string;
  order: number;
  path: string | null;
  labelTerms: number[];
  /** The description, then each concept: the texts whose words may name an earlier topic. */
  texts: Text[];
}

interface Entry {
  topic: Topic;
  strength: 'phrase' | 'word';
}

export const INFERRED_CONFIDENCE = { phrase: 0.65, word: 0.4, cue: 0.15 } as const;

/**
 * The keys of a term sequence: its phrases (consecutive pairs) first, then its terms, each once,
 * in order of first appearance.
 */
function keysOf(t: readonly number[]): Set<number> {
  const keys = new Set<number>();
  for (let i = 0; i + 1 < t.length; i++) keys.add(pairKey(t[i] as number, t[i + 1] as number));
  for (const x of t) keys.add(x);
  return keys;
}

export function inferRequires(graph: AtlasGraph, lexicon: Lexicon = new Lexicon()): number {
  const topics: Topic[] = [];
  // How many topics use a word or phrase anywhere in their text (label and concepts): what many
  // topics share ("data analysis") names none of them. A single word must be nearly unique to
  // its topic to count.
  const df = new Map<number, number>();
  // Documents come before their topics in the graph: each is looked at once, not once per topic.
  const docs = new Map<NodeId, { path: string | null; overview: boolean }>();
  graph.forEachNode((id, a) => {
    if (a.kind === 'doc') docs.set(id, { path: a.path, overview: isOverviewDoc(id) });
    if (!isLearnable(a)) return;
    const doc = docs.get(a.doc) ?? { path: null, overview: isOverviewDoc(a.doc) };
    if (doc.overview) return;
    const texts: Text[] = [];
    if (a.description) texts.push({ text: a.description, source: a.source, terms: lexicon.termIds(a.description) });
    const labelTerms = lexicon.termIds(a.label);
    const parts = [a.label];
    const partTerms = [labelTerms];
    graph.forEachOutNeighbor(id, (_c, ca) => {
      if (ca.kind !== 'concept') return;
      const terms = lexicon.termIds(ca.label);
      parts.push(ca.label);
      partTerms.push(terms);
      texts.push({ text: ca.label, source: ca.source, terms });
    });
    for (const k of keysOf(lexicon.termIdsOfParts(parts, partTerms))) df.set(k, (df.get(k) ?? 0) + 1);
    topics.push({ id, label: a.label, order: a.order, path: doc.path, labelTerms, texts });
  });
  const phraseLimit = Math.min(50, Math.max(3, Math.ceil(topics.length * 0.02)));
  // Keyed by learning path: only an earlier topic of the same path can qualify.
  const index = new Map<string | null, Map<number, Entry[]>>();
  const put = (key: number, topic: Topic, strength: Entry['strength']) => {
    let byKey = index.get(topic.path);
    if (byKey === undefined) index.set(topic.path, (byKey = new Map()));
    const list = byKey.get(key);
    if (list) list.push({ topic, strength });
    else byKey.set(key, [{ topic, strength }]);
  };
  for (const t of topics) {
    const l = t.labelTerms;
    const phrases = new Set<number>();
    for (let i = 0; i + 1 < l.length; i++) phrases.add(pairKey(l[i] as number, l[i + 1] as number));
    for (const p of phrases) if ((df.get(p) ?? 0) <= phraseLimit) put(p, t, 'phrase');
    for (const w of new Set(l)) if ((df.get(w) ?? 0) <= 2 && lexicon.stemOf(w).length >= 6) put(w, t, 'word');
  }

  let added = 0;
  for (const t of topics) {
    const byKey = index.get(t.path);
    if (byKey === undefined) continue;
    const best = new Map<Topic, { confidence: number; text: Text }>();
    for (const text of t.texts) {
      let cue: number | undefined;
      for (const key of keysOf(text.terms)) {
        const list = byKey.get(key);
        if (list === undefined) continue;
        for (const { topic: u, strength } of list) {
          if (u.order >= t.order || u === t) continue;
          cue ??= CUE.test(text.text) ? INFERRED_CONFIDENCE.cue : 0;
          const confidence = Math.min(0.9, INFERRED_CONFIDENCE[strength] + cue);
          const prev = best.get(u);
          if (!prev || confidence > prev.confidence) best.set(u, { confidence, text });
        }
      }
    }
    for (const [u, r] of best) {
      addRequires(graph, u.id, t.id, { origin: 'inferred', confidence: Math.round(r.confidence * 100) / 100, evidence: flat(['"', r.text.text, '" (', t.label, ') names ', u.label]), source: r.text.source });
      added++;
    }
  }
  return added;
}
