// What each background brings and needs: `assumes` edges to the topics a learner of that
// background already knows (assumes.ts reads that by meaning), `focuses` edges to the topics the
// pathway's own text says to study. A curation file can replace either list.
import type { AtlasGraph, Diagnostic, DocAttributes, NodeId, PathwayAttributes } from '../types.ts';
import { isLearnable } from '../types.ts';
import { addTypedEdge, flat } from '../graph.ts';
import type { PathwayCuration } from './curated.ts';
import { Lexicon } from './terms.ts';
import { backgroundTier } from '../background.ts';
import { ALREADY, assumedBy, type PathTopic } from './assumes.ts';
import { EMPTY_KNOWLEDGE, type KnowledgeBase } from './knowledge/base.ts';

export const PATHWAY_CONFIDENCE = { assumes: 0.6, focuses: 0.6 } as const;

interface Area {
  id: NodeId;
  label: string;
  terms: number[];
  topics: NodeId[];
}

/** A learning path's areas, and for each term distinctive there the areas (by index) that use it. */
interface PathAreas {
  areas: Area[];
  byTerm: Map<number, number[]>;
}

export function derivePathways(
  graph: AtlasGraph,
  curations: PathwayCuration[],
  lexicon: Lexicon = new Lexicon(),
  kb: KnowledgeBase = EMPTY_KNOWLEDGE,
  diagnostics: Diagnostic[] = [],
): void {
  const areasByPath = areasOfPaths(graph, lexicon);
  // A path has several pathways: its topics are listed once.
  const pathTopics = new Map<NodeId | null, PathTopic[]>();
  const topicsOf = (path: NodeId | null): PathTopic[] => {
    let topics = pathTopics.get(path);
    if (topics === undefined) {
      topics = (areasByPath.get(path) ?? [])
        .filter((a) => a.topics.length === 1 && a.topics[0] === a.id)
        .map((a) => ({
          id: a.id,
          label: a.label,
          concepts: graph.filterOutNeighbors(a.id, (_c, ca) => ca.kind === 'concept').map((c) => graph.getNodeAttribute(c, 'label')),
        }));
      pathTopics.set(path, topics);
    }
    return topics;
  };
  const background = lexicon.id('background');
  const indexed = new Map<NodeId | null, PathAreas>();
  // A word of the path's own name, or one that more than three areas share, names none of them.
  const indexFor = (path: NodeId | null): PathAreas => {
    let found = indexed.get(path);
    if (found) return found;
    const areas = areasByPath.get(path) ?? [];
    const pathLabel = new Set(path === null ? [] : lexicon.termIds(graph.getNodeAttribute(path, 'label')));
    const users = new Map<number, number[]>();
    areas.forEach((a, i) => {
      for (const w of new Set(a.terms)) {
        const list = users.get(w);
        if (list) list.push(i);
        else users.set(w, [i]);
      }
    });
    const byTerm = new Map<number, number[]>();
    for (const [w, list] of users) if (list.length <= 3 && !pathLabel.has(w) && w !== background) byTerm.set(w, list);
    found = { areas, byTerm };
    indexed.set(path, found);
    return found;
  };
  graph.forEachNode((pathway, attrs) => {
    if (attrs.kind !== 'pathway') return;
    const { areas, byTerm } = indexFor((graph.getNodeAttributes(attrs.doc) as DocAttributes).path);
    /** The areas (in path order) that use a distinctive word of `text`. */
    const matching = (text: string): Area[] => {
      const hits = new Set<number>();
      for (const w of lexicon.termIds(text)) for (const i of byTerm.get(w) ?? []) hits.add(i);
      return [...hits].sort((x, y) => x - y).map((i) => areas[i] as Area);
    };

    const focuses = new Map<NodeId, string>();
    for (const line of attrs.focus.filter((l) => !ALREADY.test(l)))
      for (const area of matching(line))
        for (const t of area.topics) if (!focuses.has(t)) focuses.set(t, flat(['"', line, '" names ', area.label]));
    const curated = curations.find((c) => matchesBackground(attrs, c.background));
    const assumes = new Map<NodeId, string>();
    const read = assumedBy(attrs, topicsOf((graph.getNodeAttributes(attrs.doc) as DocAttributes).path), kb);
    if (read.kind === 'assumes') for (const [t, why] of read.topics) if (!focuses.has(t)) assumes.set(t, why);
    // Without a knowledge base's backgrounds Atlas did not try to read any: no notice then.
    if (read.kind === 'unknown' && !curated?.assumes && kb.backgrounds.length > 0) {
      diagnostics.push({
        ...attrs.source,
        level: 'info',
        code: 'pathway-unknown',
        message: `Atlas cannot tell what a "${attrs.background}" background already knows, so "${attrs.label}" assumes nothing: tick what you know instead`,
      });
    }

    const write = (kind: 'assumes' | 'focuses', derived: Map<NodeId, string>) => {
      const override = curated?.[kind];
      if (override)
        for (const o of override)
          addTypedEdge(graph, pathway, o.topic, { kind, confidence: 1, evidence: `curated: ${o.why}`, source: o.source });
      else
        for (const [t, evidence] of derived)
          addTypedEdge(graph, pathway, t, { kind, confidence: PATHWAY_CONFIDENCE[kind], evidence, source: attrs.source });
    };
    write('assumes', assumes);
    write('focuses', focuses);
  });
}

/** A curation entry names a pathway by its exact background or label (backgroundTier 0, src/core/background.ts). */
export function matchesBackground(p: PathwayAttributes, name: string): boolean {
  return backgroundTier(name, p) === 0;
}

/** Sections and topics of each learning path, each with the topics it stands for, in one pass. */
function areasOfPaths(graph: AtlasGraph, lexicon: Lexicon): Map<NodeId | null, Area[]> {
  const out = new Map<NodeId | null, Area[]>();
  const sections = new Map<NodeId, { path: NodeId | null; topics: NodeId[] }>();
  // Documents come before their topics in the graph: their paths are known when a topic needs one.
  const pathOfDoc = new Map<NodeId, NodeId | null>();
  graph.forEachNode((id, a) => {
    if (a.kind === 'doc') pathOfDoc.set(id, a.path);
    if (!isLearnable(a) || a.kind === 'milestone') return;
    const path = pathOfDoc.get(a.doc) as NodeId | null;
    const areas = out.get(path) ?? [];
    if (areas.length === 0) out.set(path, areas);
    areas.push({ id, label: a.label, terms: lexicon.termIds(a.label), topics: [id] });
    if (a.section !== null) {
      const s = sections.get(a.section);
      if (s) s.topics.push(id);
      else sections.set(a.section, { path, topics: [id] });
    }
  });
  for (const [id, s] of sections) {
    const label = graph.getNodeAttribute(id, 'label');
    out.get(s.path)?.push({ id, label, terms: lexicon.termIds(label), topics: s.topics });
  }
  return out;
}
