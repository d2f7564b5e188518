// Atlas as a library (the package's entry point): build a docs tree into the typed graph, check it,
// plan a way through it, export it. Reading files is the caller's job: the core has no file system.
export { buildGraph, type BuildOptions, type BuildResult } from './build.ts';
export { check, escapeControl, formatDiagnostic, sortDiagnostics } from './check.ts';
export { checkSuggestions, parseSuggestions } from './feedback/suggestions.ts';
export { buildStats, formatAccounting, formatSummary, plural, progressLine, type BuildStats } from './summary.ts';
export { CHECK_FORMATS, type CheckFormat } from './diagnostics/formats.ts';
export { AtlasError } from './errors.ts';
export {
  plan,
  nextUp,
  prerequisiteClosure,
  type LearningPlan,
  type NextOptions,
  type NextTopic,
  type NodeRef,
  type PlanOptions,
  type PlanResource,
  type PlanStep,
} from './plan/index.ts';
export { EXPORTERS, writeExport, type Exporter, type ExportFile, type ExportFileSystem } from './export/index.ts';
export { flatten, type FlatAttributes } from './export/flat.ts';
export { CURATION_LIMITS, DEFAULT_LIMITS, type Limits } from './ingest/limits.ts';
export { isSkippedFolder, treeFileKind } from './ingest/files.ts';
export * from './types.ts';
