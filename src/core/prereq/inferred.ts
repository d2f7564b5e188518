// Prerequisites read from text: a topic whose concepts name an earlier topic of its learning
// path (its label's phrase, or a distinctive word of it) is taken to build on that topic.
// Only earlier topics qualify, so a forward mention ("chain rule for backpropagation") is not
// read as a dependency in the wrong direction. Confidence stays below curated and explicit edges.
import type { AtlasGraph, NodeId, Source } from '../types';
import { isLearnable } from '../types';
import { addRequires } from './requires';
import { bigrams, terms } from './terms';
import { isOverviewDoc } from './structural';

const CUE = /\b(builds? on|building on|after|assum(es|ing)|requires?|prerequisites?|based on|relies on|extends|applies|applying)\b/i;

interface Topic {
  id: NodeId;
  label: string;
  order: number;
  path: string | null;
}

export const INFERRED_CONFIDENCE = { phrase: 0.65, word: 0.4, cue: 0.15 } as const;

function textOf(graph: AtlasGraph, id: NodeId): string {
  const parts = [graph.getNodeAttribute(id, 'label')];
  graph.forEachOutNeighbor(id, (_c, ca) => {
    if (ca.kind === 'concept') parts.push(ca.label);
  });
  return parts.join('. ');
}

export function inferRequires(graph: AtlasGraph): number {
  const topics: Topic[] = [];
  graph.forEachNode((id, a) => {
    if (isLearnable(a) && !isOverviewDoc(a.doc)) topics.push({ id, label: a.label, order: a.order, path: graph.getNodeAttribute(a.doc, 'kind') === 'doc' ? ((graph.getNodeAttributes(a.doc) as { path: string | null }).path ?? null) : null });
  });
  // How many topics use a word or phrase anywhere in their text: what many topics share ("data
  // analysis") names none of them. A single word must be nearly unique to its topic to count.
  const df = new Map<string, number>();
  for (const t of topics) {
    const text = textOf(graph, t.id);
    for (const k of new Set([...terms(text), ...bigrams(text)])) df.set(k, (df.get(k) ?? 0) + 1);
  }
  const phraseLimit = Math.min(50, Math.max(3, Math.ceil(topics.length * 0.02)));
  const index = new Map<string, { topic: Topic; strength: 'phrase' | 'word' }[]>();
  // Keyed by learning path too: only an earlier topic of the same path can qualify.
  const put = (term: string, topic: Topic, strength: 'phrase' | 'word') => {
    const key = `${topic.path ?? ''}\u0000${term}`;
    const list = index.get(key);
    if (list) list.push({ topic, strength });
    else index.set(key, [{ topic, strength }]);
  };
  for (const t of topics) {
    for (const bg of new Set(bigrams(t.label))) if ((df.get(bg) ?? 0) <= phraseLimit) put(bg, t, 'phrase');
    for (const w of new Set(terms(t.label))) if ((df.get(w) ?? 0) <= 2 && w.length >= 6) put(w, t, 'word');
  }

  let added = 0;
  for (const t of topics) {
    const best = new Map<NodeId, { confidence: number; evidence: string; source: Source }>();
    const consider = (text: string, source: Source) => {
      const keys = new Set([...bigrams(text), ...terms(text)]);
      const cue = CUE.test(text) ? INFERRED_CONFIDENCE.cue : 0;
      for (const key of keys) {
        for (const { topic: u, strength } of index.get(`${t.path ?? ''}\u0000${key}`) ?? []) {
          if (u.id === t.id || u.path !== t.path || u.order >= t.order) continue;
          const confidence = Math.min(0.9, INFERRED_CONFIDENCE[strength] + cue);
          const prev = best.get(u.id);
          if (!prev || confidence > prev.confidence) best.set(u.id, { confidence, evidence: `"${text}" (${t.label}) names ${u.label}`, source });
        }
      }
    };
    const attrs = graph.getNodeAttributes(t.id);
    if ('description' in attrs && attrs.description) consider(attrs.description, attrs.source);
    graph.forEachOutNeighbor(t.id, (c, ca) => {
      if (ca.kind === 'concept') consider(ca.label, ca.source);
    });
    for (const [u, r] of best) {
      addRequires(graph, u, t.id, { origin: 'inferred', confidence: Math.round(r.confidence * 100) / 100, evidence: r.evidence, source: r.source });
      added++;
    }
  }
  return added;
}
