// All the ways a prerequisite enters the graph, in the order they build on each other:
// text evidence and the curation file inside documents first, then document order joins their
// boundaries, then pathways and cross-path relations read the finished graph.
import type { AtlasGraph, Diagnostic, InputFile } from '../types.ts';
import { applyCuration, applyRejections } from './curated.ts';
import { inferRequires } from './inferred.ts';
import { derivePathways } from './pathways.ts';
import { moduleDurations } from './durations.ts';
import { relateAcrossPaths } from './related.ts';
import { structuralRequires } from './structural.ts';
import { Lexicon } from './terms.ts';

export function derivePrerequisites(graph: AtlasGraph, curation: readonly InputFile[], diagnostics: Diagnostic[]): void {
  // One vocabulary for the passes that read text: each distinct word is stemmed once.
  const lexicon = new Lexicon();
  moduleDurations(graph);
  inferRequires(graph, lexicon);
  const { pathways, rejections } = applyCuration(graph, curation, diagnostics);
  structuralRequires(graph);
  applyRejections(graph, rejections, diagnostics);
  derivePathways(graph, pathways, lexicon);
  relateAcrossPaths(graph, lexicon);
}
