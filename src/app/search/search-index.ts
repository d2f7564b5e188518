// Full-text search over what a learner looks for: topics (and milestones, pathways), the concepts
// they cover and the resources that teach them. Topics rank first: a concept or resource hit is a
// way to its topic.
import MiniSearch from 'minisearch';
import type { NodeId, NodeKind } from '../../core/types';
import { isLearnable } from '../../core/types';
import type { AtlasModel } from '../data/model';

export interface SearchHit {
  id: NodeId;
  label: string;
  kind: NodeKind;
  /** What selecting the hit selects: the topic of a concept or resource. */
  select: NodeId;
  /** Where the hit sits, for telling apart equal labels across paths. */
  context: string;
}

interface Doc {
  id: NodeId;
  label: string;
  text: string;
  kind: NodeKind;
}

const KIND_BOOST: Partial<Record<NodeKind, number>> = { topic: 4, milestone: 3, pathway: 2, orientation: 1, concept: 1, resource: 1 };
const SEARCHABLE = new Set<NodeKind>(['topic', 'milestone', 'pathway', 'orientation', 'concept', 'resource']);

export interface AtlasSearch {
  search: (query: string, limit?: number) => SearchHit[];
}

export function buildSearch(model: AtlasModel): AtlasSearch {
  const { graph } = model;
  const docs: Doc[] = [];
  graph.forEachNode((id, a) => {
    if (!SEARCHABLE.has(a.kind)) return;
    const text =
      a.kind === 'resource'
        ? [...a.titles, a.description ?? ''].join(' ')
        : isLearnable(a) || a.kind === 'orientation'
          ? (a.description ?? '')
          : a.kind === 'pathway'
            ? a.focus.join(' ')
            : '';
    docs.push({ id, label: a.label, text, kind: a.kind });
  });
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
  index.addAll(docs);

  const contextOf = (topic: NodeId | null): string => {
    if (topic === null) return '';
    const a = graph.getNodeAttributes(topic);
    const doc = 'doc' in a && typeof a.doc === 'string' && graph.hasNode(a.doc) ? graph.getNodeAttribute(a.doc, 'label') : '';
    return doc;
  };

  return {
    search(query, limit = 8) {
      const q = query.trim();
      if (q === '') return [];
      return index
        .search(q)
        .slice(0, limit)
        .map((r) => {
          const id = r.id as NodeId;
          const topic = model.topicOf(id);
          return {
            id,
            label: graph.getNodeAttribute(id, 'label'),
            kind: graph.getNodeAttribute(id, 'kind'),
            select: topic ?? id,
            context: contextOf(topic),
          };
        });
    },
  };
}
