// The `atlas` command line: parse arguments, read files, call the core, print. Nothing else.
import { readFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AtlasError, buildStats, check, checkSuggestions, EXPORTERS, formatAccounting, formatDiagnostic, formatSummary, parseSuggestions, sortDiagnostics, writeExport, type BuildResult, type Limits } from '../core/index';
import * as fsp from 'node:fs/promises';
import { loadDocs } from '../node/read-tree';
import { formatNext, nextUp, plan, PLAN_FORMATS } from '../core/plan/index';
import { resolvePlanSettings, type PlanSettingName, type PlanSettings } from '../core/rules';

export const DEFAULT_DOCS = 'graph/docs';

const USAGE = `usage:
  atlas build [DOCS_DIR] [--out FILE|FOLDER] [--format ${EXPORTERS.map((e) => e.id).join('|')}] [--strict] [--stats]
  atlas check DOCS_DIR [--format text|json] [--suggestions FILE]
  atlas plan [--docs DIR] [--background NAME | --known TITLE,...] [--target TITLE]... [--hours N] [--tracks N]
             [--done TITLE,...] [--start YYYY-MM-DD] [--min-confidence X] [--format md|json|csv|ics]
  atlas next [--docs DIR] [--background NAME | --known TITLE,...] [--done TITLE,...] [--target TITLE]... [--format md|json]
common: [--curation DIR] (default: the "curation" folder beside DOCS_DIR) [--max-file-mb N] (default 5)
        [--knowledge FILE]... (your own subject prerequisites, added to Atlas's) [--no-knowledge] (leave Atlas's out)
exit codes: 0 ok, 1 errors found, 2 bad usage or unreadable input`;

class UsageError extends AtlasError {}

type Options = NonNullable<ParseArgsConfig['options']>;

function args(argv: string[], options: Options) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

const COMMON: Options = { curation: { type: 'string' }, 'max-file-mb': { type: 'string' }, knowledge: { type: 'string', multiple: true }, 'no-knowledge': { type: 'boolean', default: false } };

/** The docs folder built with the common options. */
function load(dir: string, values: Record<string, unknown>): Promise<BuildResult> {
  const mb = values['max-file-mb'];
  let limits: Partial<Limits> | undefined;
  if (typeof mb === 'string') {
    const n = Number(mb);
    if (!(n > 0)) throw new UsageError(`--max-file-mb takes a positive number, got "${mb}"`);
    limits = { maxFileBytes: Math.round(n * 1048576) };
  }
  const knowledge = { shipped: values['no-knowledge'] !== true, files: (values.knowledge as string[] | undefined) ?? [] };
  return loadDocs(dir, { knowledge, ...(typeof values.curation === 'string' ? { curationDir: values.curation } : {}), ...(limits ? { limits } : {}) });
}

async function build(argv: string[]): Promise<number> {
  const { values, positionals } = args(argv, { ...COMMON, out: { type: 'string' }, format: { type: 'string', default: 'json' }, strict: { type: 'boolean', default: false }, stats: { type: 'boolean', default: false } });
  if (positionals.length > 1) throw new UsageError(`build takes one docs folder, got ${positionals.length}`);
  const exporter = EXPORTERS.find((e) => e.id === values.format);
  if (!exporter) throw new UsageError(`unknown format "${String(values.format)}"; choose one of ${EXPORTERS.map((e) => e.id).join(', ')}`);
  const result = await load(positionals[0] ?? DEFAULT_DOCS, values);
  for (const d of sortDiagnostics(result.diagnostics)) process.stderr.write(`${formatDiagnostic(d)}\n`);
  if (typeof values.out === 'string') await writeExport(result.graph, exporter, values.out, fsp);
  else process.stdout.write(exporter.run(result.graph));
  process.stderr.write(`atlas: ${formatSummary(buildStats(result))}\n`);
  if (values.stats) process.stderr.write(`${formatAccounting(result.accounting)}\n`);
  return values.strict && result.diagnostics.some((d) => d.level === 'error') ? 1 : 0;
}

async function checkCommand(argv: string[]): Promise<number> {
  const { values, positionals } = args(argv, { ...COMMON, format: { type: 'string', default: 'text' }, suggestions: { type: 'string' } });
  if (positionals.length !== 1) throw new UsageError('check takes exactly one docs folder');
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`unknown format "${String(values.format)}"; choose text or json`);
  const result = await load(positionals[0] as string, values);
  const diagnostics = check(result);
  if (typeof values.suggestions === 'string') {
    const text = await readFile(values.suggestions, 'utf8').catch(() => {
      throw new AtlasError(`cannot read suggestions file "${String(values.suggestions)}"`);
    });
    diagnostics.push(...checkSuggestions(result.graph, parseSuggestions(text, values.suggestions)));
  }
  if (values.format === 'json') process.stdout.write(`${JSON.stringify(diagnostics, null, 2)}\n`);
  else {
    for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    const count = (level: string) => diagnostics.filter((d) => d.level === level).length;
    process.stderr.write(`atlas check: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} info\n`);
  }
  return diagnostics.some((d) => d.level === 'error') ? 1 : 0;
}

const LEARNER: Options = {
  ...COMMON,
  docs: { type: 'string', default: DEFAULT_DOCS },
  background: { type: 'string' },
  known: { type: 'string' },
  done: { type: 'string' },
  target: { type: 'string', multiple: true },
  'min-confidence': { type: 'string' },
};

const titles = (v: unknown): string[] | undefined =>
  typeof v === 'string'
    ? v
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t !== '')
    : undefined;

const FLAGS: Record<PlanSettingName, string> = { hours: 'hours', tracks: 'tracks', start: 'start', minConfidence: 'min-confidence' };

/** The plan settings given as flags, resolved by the core's one rule; an invalid one is bad usage. */
function settings(values: Record<string, unknown>): PlanSettings {
  const text = (name: PlanSettingName) => (typeof values[FLAGS[name]] === 'string' ? (values[FLAGS[name]] as string) : undefined);
  const { settings, problems } = resolvePlanSettings({ hours: text('hours'), tracks: text('tracks'), start: text('start'), minConfidence: text('minConfidence') }, new Date());
  const problem = problems[0];
  if (problem !== undefined) throw new UsageError(`--${FLAGS[problem.setting]} ${problem.message}`);
  return settings;
}

/** What `plan` and `next` share: who the learner is and where they are going. */
function learner(values: Record<string, unknown>) {
  if (values.background !== undefined && values.known !== undefined) throw new UsageError('give --background or --known, not both');
  const { minConfidence } = settings(values);
  return {
    ...(typeof values.background === 'string' ? { background: values.background } : {}),
    ...(titles(values.known) ? { known: titles(values.known) } : {}),
    ...(titles(values.done) ? { done: titles(values.done) } : {}),
    ...(Array.isArray(values.target) ? { targets: values.target as string[] } : {}),
    minConfidence,
  };
}

async function planCommand(argv: string[]): Promise<number> {
  const { values, positionals } = args(argv, { ...LEARNER, hours: { type: 'string' }, tracks: { type: 'string' }, start: { type: 'string' }, format: { type: 'string', default: 'md' } });
  if (positionals.length > 0) throw new UsageError(`plan takes no positional arguments; use --docs DIR and --target TITLE`);
  const format = PLAN_FORMATS.find((f) => f.id === values.format);
  if (!format) throw new UsageError(`unknown format "${String(values.format)}"; choose one of ${PLAN_FORMATS.map((f) => f.id).join(', ')}`);
  const { hours, tracks, start } = settings(values);
  const result = await load(values.docs as string, values);
  const learningPlan = plan(result.graph, { ...learner(values), hours, tracks });
  for (const d of learningPlan.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
  process.stdout.write(format.run(learningPlan, { start, hours, tracks }));
  return 0;
}

async function nextCommand(argv: string[]): Promise<number> {
  const { values, positionals } = args(argv, { ...LEARNER, format: { type: 'string', default: 'md' } });
  if (positionals.length > 0) throw new UsageError('next takes no positional arguments');
  if (values.format !== 'md' && values.format !== 'json') throw new UsageError(`unknown format "${String(values.format)}"; choose md or json`);
  const result = await load(values.docs as string, values);
  const topics = nextUp(result.graph, learner(values));
  process.stdout.write(values.format === 'json' ? `${JSON.stringify(topics, null, 2)}\n` : formatNext(topics));
  return 0;
}

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = { build, check: checkCommand, plan: planCommand, next: nextCommand };

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  const run = COMMANDS[command];
  try {
    if (!run) throw new UsageError(`unknown command "${command}"`);
    return await run(rest);
  } catch (e) {
    if (e instanceof AtlasError) {
      process.stderr.write(`atlas: ${e.message}\n`);
      if (e instanceof UsageError) process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    throw e;
  }
}
