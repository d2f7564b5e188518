// Topics of different learning paths that teach the same thing: same or near-same name,
// shared resources, overlapping concepts. Candidates come from an inverted index, never all pairs.
import type { AtlasGraph, DocAttributes, NodeId } from '../types';
import { isLearnable } from '../types';
import { addTypedEdge } from '../graph';
import { jaccard, Lexicon } from './terms';

export const RELATED_THRESHOLD = 0.5;

interface Profile {
  id: NodeId;
  label: string;
  path: NodeId | null;
  order: number;
  labelTerms: Set<number>;
  conceptTerms: Set<number>;
  resources: Set<NodeId>;
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
  graph.forEachNode((id, a) => {
    if (!isLearnable(a)) return;
    const conceptTerms = new Set<number>();
    const resources = new Set<NodeId>();
    graph.forEachOutNeighbor(id, (_n, na) => {
      if (na.kind === 'concept') for (const t of lexicon.termIds(na.label)) conceptTerms.add(t);
    });
    graph.forEachInNeighbor(id, (n, na) => {
      if (na.kind === 'resource') resources.add(n);
    });
    const p: Profile = { id, label: a.label, path: (graph.getNodeAttributes(a.doc) as DocAttributes).path, order: a.order, labelTerms: new Set(lexicon.termIds(a.label)), conceptTerms, resources };
    profiles.push(p);
    for (const key of p.labelTerms) put(key, p);
    for (const key of p.resources) put(key, p);
  });
  // A word most topics share ("data") makes no two of them alike: skip it as a candidate key, so
  // the pass stays linear on a large catalogue.
  const common = 50;

  for (const p of profiles) {
    const candidates = new Set<Profile>();
    const gather = (key: number | NodeId) => {
      const list = index.get(key) as Profile[];
      if (list.length > common) return;
      for (const q of list) if (q.order > p.order && q.path !== p.path) candidates.add(q);
    };
    for (const key of p.labelTerms) gather(key);
    for (const key of p.resources) gather(key);
    for (const q of candidates) {
      const byName = jaccard(p.labelTerms, q.labelTerms);
      let shared = 0;
      for (const r of p.resources) if (q.resources.has(r)) shared++;
      const byResources = shared > 0 ? Math.min(1, 0.5 + 0.15 * shared) : 0;
      const byConcepts = 0.8 * jaccard(p.conceptTerms, q.conceptTerms);
      const similarity = Math.round(Math.max(byName, byResources, byConcepts) * 100) / 100;
      if (similarity < RELATED_THRESHOLD) continue;
      const why = [byName >= RELATED_THRESHOLD ? `names overlap ${Math.round(byName * 100)}%` : '', shared > 0 ? `${shared} shared resource${shared > 1 ? 's' : ''}` : '', byConcepts >= RELATED_THRESHOLD ? `concepts overlap ${Math.round((byConcepts / 0.8) * 100)}%` : ''].filter(Boolean).join(', ');
      addTypedEdge(graph, p.id, q.id, { kind: 'related', similarity, evidence: `"${p.label}" and "${q.label}": ${why}`, source: graph.getNodeAttribute(q.id, 'source') });
    }
  }
}
