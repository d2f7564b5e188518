// Full-text search over what a learner looks for: topics (and milestones, pathways), the concepts
// they cover and the resources that teach them. Topics rank first: a concept or resource hit is a
// way to its topic. Concepts and resources are searched by the data's search part (details.ts),
// so search needs none of their chunks; the index is built a slice at a time, between frames.
import MiniSearch from 'minisearch';
import { searchText } from '../../core/rules';
import type { NodeId, NodeKind } from '../../core/types';
import type { DetailRow } from '../data/details';
import type { AtlasModel } from '../data/model';

export interface SearchHit {
  id: string;
  label: string;
  kind: NodeKind;
  /** What selecting the hit selects: the topic of a concept or resource. */
  select: NodeId;
  /** Where the hit sits, for telling apart equal labels across paths. */
  context: string;
}

interface Doc {
  id: string;
  label: string;
  text: string;
  kind: NodeKind;
  topic: NodeId | null;
}

const KIND_BOOST: Partial<Record<NodeKind, number>> = { topic: 4, milestone: 3, pathway: 2, orientation: 1, concept: 1, resource: 1 };
/** The searchable kinds the map part holds; concepts and resources come as DetailRows. */
const ON_MAP = new Set<NodeKind>(['topic', 'milestone', 'pathway', 'orientation']);
/** Documents indexed per slice: a few milliseconds' work. */
const SLICE = 200;

export interface AtlasSearch {
  search: (query: string, limit?: number) => SearchHit[];
}

export async function buildSearch(model: AtlasModel, details: readonly DetailRow[]): Promise<AtlasSearch> {
  const { graph } = model;
  const docs: Doc[] = [];
  graph.forEachNode((id, a) => {
    if (ON_MAP.has(a.kind)) docs.push({ id, label: a.label, text: searchText(a), kind: a.kind, topic: id });
  });
  for (const r of details) docs.push(r);
  const byId = new Map(docs.map((d) => [d.id, d]));
  const index = new MiniSearch<Doc>({
    fields: ['label', 'text'],
    storeFields: ['kind'],
    searchOptions: {
      boost: { label: 3 },
      prefix: true,
      fuzzy: 0.2,
      combineWith: 'AND',
      boostDocument: (_id, _term, stored) => KIND_BOOST[stored?.kind as NodeKind] ?? 1,
    },
  });
  await index.addAllAsync(docs, { chunkSize: SLICE });

  const contextOf = (topic: NodeId | null): string => {
    if (topic === null || !graph.hasNode(topic)) return '';
    const a = graph.getNodeAttributes(topic);
    return 'doc' in a && typeof a.doc === 'string' && graph.hasNode(a.doc) ? graph.getNodeAttribute(a.doc, 'label') : '';
  };

  return {
    search(query, limit = 8) {
      const q = query.trim();
      if (q === '') return [];
      return index
        .search(q)
        .slice(0, limit)
        .map((r) => {
          const doc = byId.get(r.id as string) as Doc;
          return { id: doc.id, label: doc.label, kind: doc.kind, select: doc.topic ?? doc.id, context: contextOf(doc.topic) };
        });
    },
  };
}
