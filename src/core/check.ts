// The curriculum linter: everything the ingest reports, plus what only an author cares about.
import type { BuildResult } from './build.ts';
import type { Diagnostic } from './types.ts';
import { isLearnable } from './types.ts';
import { scopeOf } from './plan/scope.ts';

const LEVEL_RANK = { error: 0, warning: 1, info: 2 } as const;

/** Diagnostics of a built docs tree, sorted by file and line. */
export function check(result: BuildResult): Diagnostic[] {
  const { graph } = result;
  const out = [...result.diagnostics];
  graph.forEachNode((id, a) => {
    if (a.kind !== 'topic' || !isLearnable(a)) return;
    const taught = graph.someInEdge(id, (_e, e) => e.kind === 'teaches');
    if (!taught)
      out.push({
        file: a.source.file,
        line: a.source.line,
        level: 'warning',
        code: 'no-resources',
        message: `topic "${a.label}" has no resources`,
      });
  });
  // The cycles as planning the whole tree meets them: the rule and the message of every plan.
  out.push(...scopeOf(graph, {}).diagnostics.filter((d) => d.code === 'cycle'));
  return sortDiagnostics(out);
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) =>
    a.file < b.file
      ? -1
      : a.file > b.file
        ? 1
        : a.line - b.line || LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || (a.message < b.message ? -1 : 1),
  );
}

/** One line per diagnostic, whatever its file is named: a newline in a name cannot forge another. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${escapeControl(d.file)}:${d.line}: ${d.level}: ${escapeControl(d.message)}`;
}

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Control characters (line breaks above all) written as escapes, as JSON writes them. */
export function escapeControl(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
