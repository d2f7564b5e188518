// All the ways a prerequisite enters the graph, in the order they build on each other:
// text evidence and the curation file inside documents first, then document order joins their
// boundaries, then pathways and cross-path relations read the finished graph.
import type { AtlasGraph, Diagnostic, InputFile } from '../types';
import { applyCuration, applyRejections } from './curated';
import { inferRequires } from './inferred';
import { derivePathways } from './pathways';
import { moduleDurations } from './durations';
import { relateAcrossPaths } from './related';
import { structuralRequires } from './structural';
import { Lexicon } from './terms';

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
