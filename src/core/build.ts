// The build pipeline: ingest reads the documents, then prereq resolves and derives the
// prerequisites. The one module that calls both, so neither imports the other's entry.
import { ingestTree, type BuildOptions, type BuildResult } from './ingest/build.ts';
import { resolveRequirements } from './prereq/explicit.ts';
import { derivePrerequisites } from './prereq/index.ts';
import type { InputFile } from './types.ts';

export type { BuildOptions, BuildResult } from './ingest/build.ts';

export function buildGraph(files: readonly InputFile[], options: BuildOptions = {}): BuildResult {
  const { builder, documents } = ingestTree(files, options);
  resolveRequirements(builder);
  derivePrerequisites(builder.graph, options, builder.diagnostics);
  return { graph: builder.graph, diagnostics: builder.diagnostics, accounting: builder.accounting, documents };
}
