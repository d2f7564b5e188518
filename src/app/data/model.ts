// The page's read-only view of the graph: the loaded data plus the indices every panel needs
// (learning path of a node, the outline tree, backgrounds). Built once per load from the map's part,
// never mutated but by `details`, which joins concepts, resources and related edges into the graph.
import type { BuildStats } from '../../core/map/index';
import { documentOrder, topicOf as topicRule } from '../../core/rules';
import type { AtlasGraph, Diagnostic, NodeAttributes, NodeId } from '../../core/types';
import { isLearnable } from '../../core/types';
import type { Details } from './details';

export interface Placement {
  x: number;
  y: number;
  layer: number;
  dependents: number;
}

export interface OutlineSection {
  id: NodeId | null;
  label: string;
  items: NodeId[];
}
export interface OutlineDoc {
  id: NodeId;
  label: string;
  sections: OutlineSection[];
}
export interface OutlinePath {
  id: NodeId;
  label: string;
  docs: OutlineDoc[];
}

/** A background a learner can pick: every pathway of that name, across documents. */
export interface Background {
  name: string;
  pathways: NodeId[];
}

export interface AtlasModel {
  name: string;
  stats: BuildStats;
  graph: AtlasGraph;
  placements: Map<NodeId, Placement>;
  diagnostics: Diagnostic[];
  /** The concepts and resources: in the graph already, or fetched on demand (details.ts). */
  details: Details;
  /** Learning paths in sidebar order; documents outside any folder form the path ROOT_PATH. */
  paths: { id: NodeId; label: string }[];
  outline: OutlinePath[];
  backgrounds: Background[];
  maxDependents: number;
  /** The learning path a node belongs to ('' for the docs root). */
  pathOf: (id: NodeId) => NodeId;
  /** The topic a node stands for: itself, a concept's parent, a resource's first citing topic. */
  topicOf: (id: NodeId) => NodeId | null;
}

export const ROOT_PATH = '';

export function buildModel(input: Pick<AtlasModel, 'name' | 'stats' | 'graph' | 'placements' | 'diagnostics' | 'details'>): AtlasModel {
  const { graph } = input;
  const attrs = (id: NodeId): NodeAttributes => graph.getNodeAttributes(id);
  const byOrder = (a: NodeId, b: NodeId): number => documentOrder(attrs(a)) - documentOrder(attrs(b));

  const docPath = (doc: NodeId): NodeId => {
    const a = graph.hasNode(doc) ? attrs(doc) : undefined;
    return a?.kind === 'doc' ? (a.path ?? ROOT_PATH) : ROOT_PATH;
  };
  const topicOf = (id: NodeId): NodeId | null => topicRule(graph, id);
  const pathOf = (id: NodeId): NodeId => {
    if (!graph.hasNode(id)) return ROOT_PATH;
    const a = attrs(id);
    switch (a.kind) {
      case 'path':
        return id;
      case 'doc':
        return a.path ?? ROOT_PATH;
      case 'section':
      case 'topic':
      case 'milestone':
      case 'pathway':
      case 'orientation':
        return docPath(a.doc);
      case 'concept':
      case 'resource': {
        const topic = topicOf(id);
        return topic === null ? (a.kind === 'concept' && graph.hasNode(a.parent) ? pathOf(a.parent) : ROOT_PATH) : pathOf(topic);
      }
    }
  };

  // The outline sorts every topic: made when first read (the Outline view, the filters), not before the map.
  let outline: OutlinePath[] | null = null;
  let sortedBackgrounds: Background[] | null = null;
  const backgrounds = new Map<string, NodeId[]>();
  graph.forEachNode((id, a) => {
    if (a.kind !== 'pathway') return;
    const list = backgrounds.get(a.background) ?? [];
    backgrounds.set(a.background, [...list, id]);
  });
  let maxDependents = 0;
  for (const p of input.placements.values()) maxDependents = Math.max(maxDependents, p.dependents);

  return {
    ...input,
    paths: pathsOf(graph, byOrder),
    get outline() {
      return (outline ??= buildOutline(graph, byOrder));
    },
    // Sorted when first read (by the planner and the filters): the first localeCompare sets up the
    // browser's collator, some 30 ms the map need not wait for.
    get backgrounds() {
      return (sortedBackgrounds ??= [...backgrounds]
        .map(([name, pathways]) => ({ name, pathways }))
        .sort((a, b) => a.name.localeCompare(b.name)));
    },
    maxDependents,
    pathOf,
    topicOf,
  };
}

/** The learning paths in the order of their first document, each with its documents in order. */
function pathDocs(graph: AtlasGraph, byOrder: (a: NodeId, b: NodeId) => number): Map<NodeId, OutlinePath> {
  const docs = graph.filterNodes((_id, a) => a.kind === 'doc').sort(byOrder);
  const paths = new Map<NodeId, OutlinePath>();
  for (const doc of docs) {
    const a = graph.getNodeAttributes(doc);
    if (a.kind !== 'doc') continue;
    const pathId = a.path ?? ROOT_PATH;
    if (!paths.has(pathId))
      paths.set(pathId, {
        id: pathId,
        label: pathId === ROOT_PATH || !graph.hasNode(pathId) ? 'Overview' : graph.getNodeAttribute(pathId, 'label'),
        docs: [],
      });
    paths.get(pathId)?.docs.push({ id: doc, label: a.label, sections: [] });
  }
  return paths;
}

const pathsOf = (graph: AtlasGraph, byOrder: (a: NodeId, b: NodeId) => number): { id: NodeId; label: string }[] =>
  [...pathDocs(graph, byOrder).values()].map(({ id, label }) => ({ id, label }));

/** path → doc → section → learnables and pathways, each level in document order. */
function buildOutline(graph: AtlasGraph, byOrder: (a: NodeId, b: NodeId) => number): OutlinePath[] {
  const paths = pathDocs(graph, byOrder);
  const docIndex = new Map<NodeId, OutlineDoc>();
  for (const p of paths.values()) for (const d of p.docs) docIndex.set(d.id, d);
  const sectionIndex = new Map<string, OutlineSection>();
  const members = graph.filterNodes((_id, a) => isLearnable(a) || a.kind === 'pathway' || a.kind === 'orientation').sort(byOrder);
  for (const id of members) {
    const a = graph.getNodeAttributes(id);
    if (!('doc' in a) || typeof a.doc !== 'string') continue;
    const doc = docIndex.get(a.doc);
    if (doc === undefined) continue;
    const section = (a.kind === 'pathway' ? sectionOfPathway(graph, id) : 'section' in a ? a.section : null) ?? null;
    const key = `${a.doc}\u0000${section ?? ''}`;
    let entry = sectionIndex.get(key);
    if (entry === undefined) {
      entry = {
        id: section,
        label: section !== null && graph.hasNode(section) ? graph.getNodeAttribute(section, 'label') : 'Topics',
        items: [],
      };
      sectionIndex.set(key, entry);
      doc.sections.push(entry);
    }
    entry.items.push(id);
  }
  return [...paths.values()];
}

/** Pathways carry no section attribute; the section that contains them is their parent. */
function sectionOfPathway(graph: AtlasGraph, id: NodeId): NodeId | null {
  return graph.filterInNeighbors(id, (_n, a) => a.kind === 'section')[0] ?? null;
}
