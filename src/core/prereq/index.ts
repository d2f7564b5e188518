// All the ways a prerequisite enters the graph, in the order they build on each other: cross-path
// relations first (agreement across paths reads them), then what the author and the curation file
// state, then document order, then inference, which must not contradict any of those; rejections
// last, then pathways read the finished graph.
import type { AtlasGraph, BuildProgress, Diagnostic, InputFile, Signal } from '../types.ts';
import { applyCuration, applyRejections } from './curated.ts';
import { requiresAcrossPaths } from './across.ts';
import { inferRequires } from './infer/index.ts';
import { forgetReadings } from './infer/profiles.ts';
import { parseKnowledge } from './knowledge/base.ts';
import { derivePathways } from './pathways.ts';
import { moduleDurations } from './durations.ts';
import { relateAcrossPaths } from './related.ts';
import { structuralRequires } from './structural.ts';
import { Lexicon } from './terms.ts';

export interface PrerequisiteOptions {
  curation?: readonly InputFile[];
  /** Knowledge-base YAML files (the shipped one, and a user's own); none turns the knowledge signal off. */
  knowledge?: readonly InputFile[];
  /** The inference signals to use; all by default. */
  signals?: readonly Signal[];
  onProgress?: (progress: BuildProgress) => void;
}

export function derivePrerequisites(graph: AtlasGraph, options: PrerequisiteOptions, diagnostics: Diagnostic[]): void {
  // One vocabulary for the passes that read text: each distinct word is stemmed once.
  const lexicon = new Lexicon();
  const stage = (name: BuildProgress['stage']) => options.onProgress?.({ stage: name, done: 0, total: 1 });
  moduleDurations(graph);
  stage('relate');
  relateAcrossPaths(graph, lexicon);
  const { pathways, rejections, documents: curated } = applyCuration(graph, options.curation ?? [], diagnostics);
  structuralRequires(graph);
  const knowledge = parseKnowledge(options.knowledge ?? [], diagnostics);
  stage('infer');
  inferRequires(graph, diagnostics, { knowledge, curated, ...(options.signals ? { signals: options.signals } : {}) });
  if (!options.signals || options.signals.includes('knowledge')) requiresAcrossPaths(graph, knowledge);
  applyRejections(graph, rejections, diagnostics);
  stage('pathways');
  derivePathways(graph, pathways, lexicon, knowledge, diagnostics);
  forgetReadings(knowledge);
}
