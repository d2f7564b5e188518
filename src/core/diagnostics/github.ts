// `atlas check --format github`: one GitHub Actions workflow command per diagnostic, so each shows
// as an annotation on its file and line. Escaping follows @actions/core's command.ts: data escapes
// %, CR and LF; a property value also escapes : and , (they separate properties).
import type { Diagnostic } from '../types.ts';
import { diagnosticKind } from './kinds.ts';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `root`: the docs folder relative to the repository, so that `file=` names the file GitHub knows. */
export function toGithubCommands(diagnostics: readonly Diagnostic[], options: { root: string }): string {
  return diagnostics
    .map((d) => {
      const file = escapeProperty(joinPath(options.root, d.file));
      const title = escapeProperty(diagnosticKind(d.code, d.level).title);
      return `::${COMMAND[d.level]} file=${file},line=${d.line},title=${title}::${escapeData(d.message)}\n`;
    })
    .join('');
}

/** A docs-relative path under `root`, with forward slashes and no `./`. */
export function joinPath(root: string, file: string): string {
  const base = root
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/\/+$/, '');
  return base === '' || base === '.' ? file : `${base}/${file}`;
}
