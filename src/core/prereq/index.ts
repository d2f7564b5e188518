// All the ways a prerequisite enters the graph, in the order they build on each other: cross-path
// relations first (agreement across paths reads them), then what the author and the curation file
// state, then document order, then inference, which must not contradict any of those; rejections
// last, then pathways read the finished graph.
import type { AtlasGraph, Diagnostic, InputFile, Signal } from '../types';
import { applyCuration, applyRejections } from './curated';
import { requiresAcrossPaths } from './across';
import { inferRequires } from './infer/index';
import { parseKnowledge } from './knowledge/base';
import { derivePathways } from './pathways';
import { moduleDurations } from './durations';
import { relateAcrossPaths } from './related';
import { structuralRequires } from './structural';
import { Lexicon } from './terms';

export interface PrerequisiteOptions {
  curation?: readonly InputFile[];
  /** Knowledge-base YAML files (the shipped one, and a user's own); none turns the knowledge signal off. */
  knowledge?: readonly InputFile[];
  /** The inference signals to use; all by default. */
  signals?: readonly Signal[];
}

export function derivePrerequisites(graph: AtlasGraph, options: PrerequisiteOptions, diagnostics: Diagnostic[]): void {
  // One vocabulary for the passes that read text: each distinct word is stemmed once.
  const lexicon = new Lexicon();
  moduleDurations(graph);
  relateAcrossPaths(graph, lexicon);
  const { pathways, rejections } = applyCuration(graph, options.curation ?? [], diagnostics);
  structuralRequires(graph);
  const knowledge = parseKnowledge(options.knowledge ?? [], diagnostics);
  inferRequires(graph, diagnostics, { knowledge, ...(options.signals ? { signals: options.signals } : {}) });
  if (!options.signals || options.signals.includes('knowledge')) requiresAcrossPaths(graph, knowledge);
  applyRejections(graph, rejections, diagnostics);
  derivePathways(graph, pathways, lexicon, knowledge, diagnostics);
}
