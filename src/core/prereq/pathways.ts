// What each background brings and needs: `assumes` edges to the topics a learner of that
// background already knows (the areas the background is named after), `focuses` edges to the
// topics the pathway's own text says to study. A curation file can replace either list.
import type { AtlasGraph, DocAttributes, NodeId, PathwayAttributes } from '../types';
import { isLearnable } from '../types';
import { addTypedEdge } from '../graph';
import type { PathwayCuration } from './curated';
import { terms } from './terms';

const BEGINNER = /\b(beginners?|novices?|no (prior )?(background|experience)|new to|career changers?)\b/i;
export const PATHWAY_CONFIDENCE = { assumes: 0.6, focuses: 0.6 } as const;

interface Area {
  id: NodeId;
  label: string;
  terms: string[];
  topics: NodeId[];
}

export function derivePathways(graph: AtlasGraph, curations: PathwayCuration[]): void {
  const areasByPath = areasOfPaths(graph);
  graph.forEachNode((pathway, attrs) => {
    if (attrs.kind !== 'pathway') return;
    const path = (graph.getNodeAttributes(attrs.doc) as DocAttributes).path;
    const areas = areasByPath.get(path) ?? [];
    const pathLabel = new Set(path === null ? [] : terms(graph.getNodeAttribute(path, 'label')));
    const df = new Map<string, number>();
    for (const a of areas) for (const w of new Set(a.terms)) df.set(w, (df.get(w) ?? 0) + 1);
    const distinctive = (w: string) => !pathLabel.has(w) && (df.get(w) ?? 0) <= 3 && w !== 'background';
    const matching = (text: string) => {
      const want = new Set(terms(text).filter(distinctive));
      return want.size === 0 ? [] : areas.filter((a) => a.terms.some((w) => want.has(w)));
    };

    const focuses = new Map<NodeId, string>();
    for (const line of attrs.focus) for (const area of matching(line)) for (const t of area.topics) if (!focuses.has(t)) focuses.set(t, `"${line}" names ${area.label}`);
    const assumes = new Map<NodeId, string>();
    if (!BEGINNER.test(attrs.background)) {
      for (const area of matching(attrs.background)) for (const t of area.topics) if (!focuses.has(t) && !assumes.has(t)) assumes.set(t, `a ${attrs.background} background covers ${area.label}`);
    }

    const curated = curations.find((c) => matchesBackground(attrs, c.background));
    const write = (kind: 'assumes' | 'focuses', derived: Map<NodeId, string>) => {
      const override = curated?.[kind];
      if (override) for (const o of override) addTypedEdge(graph, pathway, o.topic, { kind, confidence: 1, evidence: `curated: ${o.why}`, source: o.source });
      else for (const [t, evidence] of derived) addTypedEdge(graph, pathway, t, { kind, confidence: PATHWAY_CONFIDENCE[kind], evidence, source: attrs.source });
    };
    write('assumes', assumes);
    write('focuses', focuses);
  });
}

export function matchesBackground(p: PathwayAttributes, name: string): boolean {
  const n = name.toLowerCase();
  return p.background.toLowerCase() === n || p.label.toLowerCase() === n;
}

/** Sections and topics of each learning path, each with the topics it stands for, in one pass. */
function areasOfPaths(graph: AtlasGraph): Map<NodeId | null, Area[]> {
  const out = new Map<NodeId | null, Area[]>();
  const sections = new Map<NodeId, { path: NodeId | null; topics: NodeId[] }>();
  graph.forEachNode((id, a) => {
    if (!isLearnable(a) || a.kind === 'milestone') return;
    const path = (graph.getNodeAttributes(a.doc) as DocAttributes).path;
    const areas = out.get(path) ?? [];
    if (areas.length === 0) out.set(path, areas);
    areas.push({ id, label: a.label, terms: terms(a.label), topics: [id] });
    if (a.section !== null) {
      const s = sections.get(a.section);
      if (s) s.topics.push(id);
      else sections.set(a.section, { path, topics: [id] });
    }
  });
  for (const [id, s] of sections) {
    const label = graph.getNodeAttribute(id, 'label');
    out.get(s.path)?.push({ id, label, terms: terms(label), topics: s.topics });
  }
  return out;
}
