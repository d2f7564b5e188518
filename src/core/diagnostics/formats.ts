// `atlas check --format …`: how a list of diagnostics is printed, one registry, so the CLI's
// --format values, its usage text and the README come from one list.
import { formatDiagnostic } from '../check.ts';
import { plural } from '../summary.ts';
import type { Diagnostic } from '../types.ts';
import { toGithubCommands } from './github.ts';
import { toSarif } from './sarif.ts';

export interface CheckFormatOptions {
  /** The docs folder relative to the repository root: GitHub and SARIF name files from there. */
  root: string;
  version?: string;
}

export interface CheckFormat {
  id: 'text' | 'json' | 'github' | 'sarif';
  label: string;
  /** Text is for a person at a terminal (stderr); the rest are for programs (stdout). */
  stream: 'stdout' | 'stderr';
  run: (diagnostics: readonly Diagnostic[], options: CheckFormatOptions) => string;
}

/** "0 errors, 1 warning, 0 info": the closing line of `atlas check`. */
export function countByLevel(diagnostics: readonly Diagnostic[]): string {
  const count = (level: Diagnostic['level']) => diagnostics.filter((d) => d.level === level).length;
  return `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info`;
}

export const CHECK_FORMATS: readonly CheckFormat[] = [
  {
    id: 'text',
    label: 'file:line: level: message, and a count',
    stream: 'stderr',
    run: (ds) => `${ds.map((d) => `${formatDiagnostic(d)}\n`).join('')}atlas check: ${countByLevel(ds)}\n`,
  },
  {
    id: 'json',
    label: 'a JSON array of {file, line, level, code, message}',
    stream: 'stdout',
    run: (ds) => `${JSON.stringify(ds, null, 2)}\n`,
  },
  { id: 'github', label: 'GitHub Actions annotations (workflow commands)', stream: 'stdout', run: toGithubCommands },
  { id: 'sarif', label: 'SARIF 2.1.0, for code-scanning uploads', stream: 'stdout', run: toSarif },
];
