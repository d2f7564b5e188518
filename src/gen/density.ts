// How dense a docs tree is, in the measures issue 20 names: bytes, concepts and resources per
// topic, words per concept, sections per document. The bench prints the real corpus's beside the
// generated tree's, so the synthetic tree is known to be as heavy to ingest as real documents.
import type { AtlasGraph } from '../core/types';

export interface Density {
  bytesPerTopic: number;
  conceptsPerTopic: number;
  wordsPerConcept: number;
  /** Resource citations (`teaches` edges) per topic. */
  resourcesPerTopic: number;
  sectionsPerDoc: number;
}

export const DENSITY_KEYS: readonly (keyof Density)[] = [
  'bytesPerTopic',
  'conceptsPerTopic',
  'wordsPerConcept',
  'resourcesPerTopic',
  'sectionsPerDoc',
];

const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** `markdownBytes`: the bytes of the tree's markdown documents. */
export function density(graph: AtlasGraph, markdownBytes: number): Density {
  let topics = 0;
  let docs = 0;
  let sections = 0;
  const learnable = new Set<string>();
  graph.forEachNode((id, a) => {
    if (a.kind === 'topic' || a.kind === 'milestone') {
      topics++;
      learnable.add(id);
    } else if (a.kind === 'doc') docs++;
    else if (a.kind === 'section') sections++;
  });
  let concepts = 0;
  let words = 0;
  graph.forEachNode((_id, a) => {
    if (a.kind !== 'concept' || !learnable.has(a.parent)) return;
    concepts++;
    words += a.label.split(/\s+/).filter(Boolean).length;
  });
  let citations = 0;
  graph.forEachEdge((_e, a, _s, target) => {
    if (a.kind === 'teaches' && learnable.has(target)) citations++;
  });
  const per = (n: number, d: number): number => (d === 0 ? 0 : round(n / d));
  return {
    bytesPerTopic: Math.round(per(markdownBytes, topics)),
    conceptsPerTopic: per(concepts, topics),
    wordsPerConcept: per(words, concepts),
    resourcesPerTopic: per(citations, topics),
    sectionsPerDoc: per(sections, docs),
  };
}
