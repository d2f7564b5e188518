// Topics of different learning paths that teach the same thing: same or near-same name,
// shared resources, overlapping concepts. Candidates come from an inverted index, never all pairs.
import type { AtlasGraph, NodeId, Source } from '../types.ts';
import { isLearnable } from '../types.ts';
import { addTypedEdge, flat } from '../graph.ts';
import { Lexicon } from './terms.ts';

export const RELATED_THRESHOLD = 0.5;

interface Profile {
  /** Index in the list of profiles. */
  at: number;
  id: NodeId;
  source: Source;
  label: string;
  path: NodeId | null;
  order: number;
  /** Distinct terms of the label, distinct resources citing the topic: a handful each, in order. */
  labelTerms: number[];
  resources: NodeId[];
  conceptTerms: Set<number>;
}

/** |a ∩ b| / |a ∪ b| of two short lists of distinct items. */
function overlap<T>(a: readonly T[], b: readonly T[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.includes(x)) shared++;
  return shared / (a.length + b.length - shared);
}

function sharedCount<T>(a: readonly T[], b: readonly T[]): number {
  let shared = 0;
  for (const x of a) if (b.includes(x)) shared++;
  return shared;
}

/** The same for sets, looking the smaller one up in the larger. */
function setOverlap(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

export function relateAcrossPaths(graph: AtlasGraph, lexicon: Lexicon = new Lexicon()): void {
  const profiles: Profile[] = [];
  // Term ids and resource ids index together: a number never equals a string key.
  const index = new Map<number | NodeId, Profile[]>();
  const put = (key: number | NodeId, p: Profile) => {
    const list = index.get(key);
    if (list) list.push(p);
    else index.set(key, [p]);
  };
  // Documents come before their topics in the graph: their paths are known when a topic needs one.
  const pathOfDoc = new Map<NodeId, NodeId | null>();
  graph.forEachNode((id, a) => {
    if (a.kind === 'doc') pathOfDoc.set(id, a.path);
    if (!isLearnable(a)) return;
    const conceptTerms = new Set<number>();
    const resources: NodeId[] = [];
    graph.forEachOutNeighbor(id, (_n, na) => {
      if (na.kind === 'concept') for (const t of lexicon.termIds(na.label)) conceptTerms.add(t);
    });
    graph.forEachInNeighbor(id, (n, na) => {
      if (na.kind === 'resource') resources.push(n);
    });
    const p: Profile = {
      at: profiles.length,
      id,
      source: a.source,
      label: a.label,
      path: pathOfDoc.get(a.doc) as NodeId | null,
      order: a.order,
      labelTerms: [...new Set(lexicon.termIds(a.label))],
      resources,
      conceptTerms,
    };
    profiles.push(p);
    for (const key of p.labelTerms) put(key, p);
    for (const key of p.resources) put(key, p);
  });
  // A word most topics share ("data") makes no two of them alike: skip it as a candidate key, so
  // the pass stays linear on a large catalogue.
  const common = 50;

  // Candidates are marked with the index of the profile that found them: no set per profile.
  const foundBy = new Int32Array(profiles.length).fill(-1);
  const candidates: Profile[] = [];
  const gather = (p: Profile, key: number | NodeId) => {
    const list = index.get(key) as Profile[];
    if (list.length > common) return;
    for (const q of list) {
      if (foundBy[q.at] === p.at || q.order <= p.order || q.path === p.path) continue;
      foundBy[q.at] = p.at;
      candidates.push(q);
    }
  };
  for (const p of profiles) {
    candidates.length = 0;
    for (const key of p.labelTerms) gather(p, key);
    for (const key of p.resources) gather(p, key);
    for (const q of candidates) {
      // One shared word of two different names is no likeness ("Network" and "Neural Network").
      const nameOverlap = overlap(p.labelTerms, q.labelTerms);
      const byName = nameOverlap < 1 && sharedCount(p.labelTerms, q.labelTerms) < 2 ? 0.8 * nameOverlap : nameOverlap;
      let shared = 0;
      for (const r of p.resources) if (q.resources.includes(r)) shared++;
      const byResources = shared > 0 ? Math.min(1, 0.5 + 0.15 * shared) : 0;
      // Concept overlap is at most the ratio of the two sets' sizes: where names and resources
      // cannot carry the pair, sizes alone can rule it out (below 0.49 even after rounding).
      if (
        byName < 0.49 &&
        shared === 0 &&
        0.8 * Math.min(p.conceptTerms.size, q.conceptTerms.size) < 0.49 * Math.max(p.conceptTerms.size, q.conceptTerms.size)
      )
        continue;
      const byConcepts = 0.8 * setOverlap(p.conceptTerms, q.conceptTerms);
      const names = Math.round(byName * 100) / 100;
      let sharedWords = 0;
      for (const t of p.labelTerms) if (q.labelTerms.includes(t)) sharedWords++;
      const material = Math.round(Math.max(byResources, byConcepts) * 100) / 100;
      const similarity = Math.max(names, material);
      if (similarity < RELATED_THRESHOLD) continue;
      const why = [
        byName >= RELATED_THRESHOLD ? `names overlap ${Math.round(byName * 100)}%` : '',
        shared > 0 ? `${shared} shared resource${shared > 1 ? 's' : ''}` : '',
        byConcepts >= RELATED_THRESHOLD ? `concepts overlap ${Math.round((byConcepts / 0.8) * 100)}%` : '',
      ]
        .filter(Boolean)
        .join(', ');
      addTypedEdge(graph, p.id, q.id, {
        kind: 'related',
        similarity,
        names,
        sharedWords,
        material,
        evidence: flat(['"', p.label, '" and "', q.label, '": ', why]),
        source: q.source,
      });
    }
  }
}
