// Atlas as a library (the package's entry point): build a docs tree into the typed graph, check it,
// plan a way through it, export it. Reading files is the caller's job: the core has no file system.
export { buildGraph, type BuildOptions, type BuildResult } from './build';
export { check, escapeControl, formatDiagnostic, sortDiagnostics } from './check';
export { checkSuggestions, parseSuggestions } from './feedback/suggestions';
export { buildStats, formatAccounting, formatSummary, type BuildStats } from './summary';
export { AtlasError } from './errors';
export { plan, nextUp, prerequisiteClosure, type LearningPlan, type NextOptions, type NextTopic, type NodeRef, type PlanOptions, type PlanResource, type PlanStep } from './plan';
export { EXPORTERS, writeExport, type Exporter, type ExportFile, type ExportFileSystem } from './export';
export { flatten, type FlatAttributes } from './export/flat';
export { CURATION_LIMITS, DEFAULT_LIMITS, type Limits } from './ingest/limits';
export { isSkippedFolder, treeFileKind } from './ingest/files';
export * from './types';
