// `atlas check --format sarif`: SARIF 2.1.0, what GitHub code scanning (and other tools) upload.
// One rule per diagnostic kind present, with its help text; one result per diagnostic, located by
// its file (relative to the repository) and line.
import type { Diagnostic, Level } from '../types.ts';
import { joinPath } from './github.ts';
import { diagnosticKind } from './kinds.ts';

const SARIF_LEVEL: Record<Level, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export interface SarifOptions {
  /** The docs folder relative to the repository root. */
  root: string;
  /** Atlas's version, so an alert says which release found it. */
  version?: string;
}

export function toSarif(diagnostics: readonly Diagnostic[], options: SarifOptions): string {
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
  const ruleIndex = new Map(codes.map((c, i) => [c, i]));
  const rules = codes.map((code) => {
    const first = diagnostics.find((d) => d.code === code) as Diagnostic;
    const kind = diagnosticKind(code, first.level);
    return {
      id: code,
      // SARIF's name is an identifier, the title in PascalCase: "BrokenLink".
      name: kind.title
        .replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())
        .replace(/^./, (c) => c.toUpperCase()),
      shortDescription: { text: kind.title },
      fullDescription: { text: kind.help },
      help: { text: kind.help },
      defaultConfiguration: { level: SARIF_LEVEL[kind.level] },
    };
  });
  const results = diagnostics.map((d) => ({
    ruleId: d.code,
    ruleIndex: ruleIndex.get(d.code) as number,
    level: SARIF_LEVEL[d.level],
    message: { text: d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(joinPath(options.root, d.file)) },
          region: { startLine: Math.max(1, d.line) },
        },
      },
    ],
  }));
  const driver = {
    name: 'atlas',
    informationUri: 'https://github.com/atlas-curriculum/atlas',
    ...(options.version ? { version: options.version } : {}),
    rules,
  };
  const log = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [{ tool: { driver }, results }] };
  return `${JSON.stringify(log, null, 2)}\n`;
}
