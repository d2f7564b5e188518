// The curriculum linter: everything the ingest reports, plus what only an author cares about.
import type { BuildResult } from './ingest/build.ts';
import type { Diagnostic } from './types.ts';
import { isLearnable } from './types.ts';
import { cycleDiagnostics, findCycles } from './prereq/cycles.ts';

const LEVEL_RANK = { error: 0, warning: 1, info: 2 } as const;

/** Diagnostics of a built docs tree, sorted by file and line. */
export function check(result: BuildResult): Diagnostic[] {
  const { graph } = result;
  const out = [...result.diagnostics];
  graph.forEachNode((id, a) => {
    if (a.kind !== 'topic' || !isLearnable(a)) return;
    const taught = graph.someInEdge(id, (_e, e) => e.kind === 'teaches');
    if (!taught) out.push({ file: a.source.file, line: a.source.line, level: 'warning', code: 'no-resources', message: `topic "${a.label}" has no resources` });
  });
  out.push(...cycleDiagnostics(graph, findCycles(graph)));
  return sortDiagnostics(out);
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || (a.message < b.message ? -1 : 1)));
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.level}: ${d.message}`;
}
