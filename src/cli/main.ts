// The `atlas` command line: parse arguments, read files, call the core, print. Nothing else.
// Only what `--help` needs is imported up front: each command loads the core it uses when it runs,
// so the command starts as fast as Node does (`npm run bench` measures it).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AtlasError } from '../core/errors.ts';
import type { BuildResult, Limits } from '../core/index.ts';
import type { PlanSettingName, PlanSettings } from '../core/rules.ts';

export const DEFAULT_DOCS = 'graph/docs';
/** The package's version, set by the package build (tsdown's `define`); absent when run from source. */
const VERSION: string | undefined = typeof __ATLAS_VERSION__ === 'string' ? __ATLAS_VERSION__ : undefined;
declare const __ATLAS_VERSION__: string | undefined;

// The format lists are the registries' ids, written out so that `--help` loads no exporter
// (test/cli/atlas.test.ts holds them equal).
export const USAGE = `usage:
  atlas build [DOCS_DIR] [--out FILE|FOLDER] [--format json|gexf|graphml|cypher|csv] [--strict] [--stats]
  atlas check DOCS_DIR [--format text|json|github|sarif] [--suggestions FILE]
  atlas plan [--docs DIR] [--background NAME | --known TITLE,...] [--target TITLE]... [--hours N] [--tracks N]
             [--done TITLE,...] [--topic-hours TITLE=H]... [--start YYYY-MM-DD] [--min-confidence X] [--format md|json|csv|ics]
  atlas next [--docs DIR] [--background NAME | --known TITLE,...] [--done TITLE,...] [--target TITLE]... [--format md|json]
  atlas site [DOCS_DIR] --out DIR [--base /sub/path/]
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

const COMMON: Options = {
  curation: { type: 'string' },
  'max-file-mb': { type: 'string' },
  knowledge: { type: 'string', multiple: true },
  'no-knowledge': { type: 'boolean', default: false },
};

/** The docs folder built with the common options. */
async function load(dir: string, values: Record<string, unknown>): Promise<BuildResult> {
  const mb = values['max-file-mb'];
  let limits: Partial<Limits> | undefined;
  if (typeof mb === 'string') {
    const n = Number(mb);
    if (!(n > 0)) throw new UsageError(`--max-file-mb takes a positive number, got "${mb}"`);
    limits = { maxFileBytes: Math.round(n * 1048576) };
  }
  const knowledge = { shipped: values['no-knowledge'] !== true, files: (values.knowledge as string[] | undefined) ?? [] };
  const [{ loadDocs }, { progressReporter }] = await Promise.all([import('../node/read-tree.ts'), import('./progress.ts')]);
  // A line on the terminal while a large tree builds, erased before the diagnostics are printed.
  const progress = progressReporter(process.stderr);
  try {
    return await loadDocs(dir, {
      knowledge,
      ...(typeof values.curation === 'string' ? { curationDir: values.curation } : {}),
      ...(limits ? { limits } : {}),
      ...(progress.onProgress ? { onProgress: progress.onProgress } : {}),
    });
  } finally {
    progress.done();
  }
}

async function build(argv: string[]): Promise<number> {
  const { values, positionals } = args(argv, {
    ...COMMON,
    out: { type: 'string' },
    format: { type: 'string', default: 'json' },
    strict: { type: 'boolean', default: false },
    stats: { type: 'boolean', default: false },
  });
  if (positionals.length > 1) throw new UsageError(`build takes one docs folder, got ${positionals.length}`);
  const [{ EXPORTERS, writeExport, formatDiagnostic, sortDiagnostics, buildStats, formatAccounting, formatSummary }, fsp] =
    await Promise.all([import('../core/index.ts'), import('node:fs/promises')]);
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
  const [{ check, CHECK_FORMATS, checkSuggestions, parseSuggestions }, { readFile }, { relative, resolve }] = await Promise.all([
    import('../core/index.ts'),
    import('node:fs/promises'),
    import('node:path'),
  ]);
  const format = CHECK_FORMATS.find((f) => f.id === values.format);
  if (!format)
    throw new UsageError(`unknown format "${String(values.format)}"; choose one of ${CHECK_FORMATS.map((f) => f.id).join(', ')}`);
  const docs = positionals[0] as string;
  const result = await load(docs, values);
  const diagnostics = check(result);
  if (typeof values.suggestions === 'string') {
    const text = await readFile(values.suggestions, 'utf8').catch(() => {
      throw new AtlasError(`cannot read suggestions file "${String(values.suggestions)}"`);
    });
    diagnostics.push(...checkSuggestions(result.graph, parseSuggestions(text, values.suggestions)));
  }
  // GitHub and code scanning name files from the repository root, which is where CI runs.
  const root = relative(process.cwd(), resolve(docs));
  process[format.stream].write(format.run(diagnostics, { root, ...(VERSION ? { version: VERSION } : {}) }));
  return diagnostics.some((d) => d.level === 'error') ? 1 : 0;
}

async function siteCommand(argv: string[]): Promise<number> {
  const { values, positionals } = args(argv, { ...COMMON, out: { type: 'string' }, base: { type: 'string' } });
  if (positionals.length > 1) throw new UsageError(`site takes one docs folder, got ${positionals.length}`);
  if (typeof values.out !== 'string') throw new UsageError('site needs --out DIR, the folder to write the page into');
  const [{ describeSite, normalizeBase, writeSite }, { buildStats, formatSummary }] = await Promise.all([
    import('../node/site.ts'),
    import('../core/index.ts'),
  ]);
  // A bad --base is bad usage: say so before reading the whole docs tree.
  const base = typeof values.base === 'string' ? normalizeBase(values.base) : undefined;
  const result = await load(positionals[0] ?? DEFAULT_DOCS, values);
  const files = await writeSite(result, values.out, base === undefined ? {} : { base });
  process.stderr.write(
    `atlas: ${formatSummary(buildStats(result))}\natlas site: wrote ${values.out} (${describeSite(files)})${base ? `, for ${base}` : ''}\n`,
  );
  return 0;
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

/** `--topic-hours "Linear Algebra Fundamentals=6"`, once per topic: the learner's own hours, which the core checks. */
function topicHours(given: unknown): Record<string, number> {
  // No prototype: a topic may be titled "constructor".
  const own = Object.create(null) as Record<string, number>;
  for (const pair of (given as string[] | undefined) ?? []) {
    const at = pair.lastIndexOf('=');
    const hours = pair.slice(at + 1).trim();
    if (at <= 0 || hours === '') throw new UsageError(`--topic-hours takes TITLE=HOURS, got "${pair}"`);
    own[pair.slice(0, at).trim()] = Number(hours);
  }
  return own;
}

const FLAGS: Record<PlanSettingName, string> = { hours: 'hours', tracks: 'tracks', start: 'start', minConfidence: 'min-confidence' };

/** The plan settings given as flags, resolved by the core's one rule; an invalid one is bad usage. */
async function settings(values: Record<string, unknown>): Promise<PlanSettings> {
  const { resolvePlanSettings } = await import('../core/rules.ts');
  const text = (name: PlanSettingName) => (typeof values[FLAGS[name]] === 'string' ? (values[FLAGS[name]] as string) : undefined);
  const { settings, problems } = resolvePlanSettings(
    { hours: text('hours'), tracks: text('tracks'), start: text('start'), minConfidence: text('minConfidence') },
    new Date(),
  );
  const problem = problems[0];
  if (problem !== undefined) throw new UsageError(`--${FLAGS[problem.setting]} ${problem.message}`);
  return settings;
}

/** What `plan` and `next` share: who the learner is and where they are going. */
async function learner(values: Record<string, unknown>) {
  if (values.background !== undefined && values.known !== undefined) throw new UsageError('give --background or --known, not both');
  const { minConfidence } = await settings(values);
  return {
    ...(typeof values.background === 'string' ? { background: values.background } : {}),
    ...(titles(values.known) ? { known: titles(values.known) } : {}),
    ...(titles(values.done) ? { done: titles(values.done) } : {}),
    ...(Array.isArray(values.target) ? { targets: values.target as string[] } : {}),
    minConfidence,
  };
}

async function planCommand(argv: string[]): Promise<number> {
  const { values, positionals } = args(argv, {
    ...LEARNER,
    hours: { type: 'string' },
    tracks: { type: 'string' },
    start: { type: 'string' },
    'topic-hours': { type: 'string', multiple: true },
    format: { type: 'string', default: 'md' },
  });
  if (positionals.length > 0) throw new UsageError(`plan takes no positional arguments; use --docs DIR and --target TITLE`);
  const [{ plan, PLAN_FORMATS }, { formatDiagnostic }] = await Promise.all([import('../core/plan/index.ts'), import('../core/index.ts')]);
  const format = PLAN_FORMATS.find((f) => f.id === values.format);
  if (!format) throw new UsageError(`unknown format "${String(values.format)}"; choose one of ${PLAN_FORMATS.map((f) => f.id).join(', ')}`);
  const { hours, tracks, start } = await settings(values);
  const result = await load(values.docs as string, values);
  const learningPlan = plan(result.graph, { ...(await learner(values)), hours, tracks, topicHours: topicHours(values['topic-hours']) });
  for (const d of learningPlan.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
  process.stdout.write(format.run(learningPlan, { start, hours, tracks }));
  return 0;
}

async function nextCommand(argv: string[]): Promise<number> {
  const { values, positionals } = args(argv, { ...LEARNER, format: { type: 'string', default: 'md' } });
  if (positionals.length > 0) throw new UsageError('next takes no positional arguments');
  if (values.format !== 'md' && values.format !== 'json')
    throw new UsageError(`unknown format "${String(values.format)}"; choose md or json`);
  const { nextUp, formatNext } = await import('../core/plan/index.ts');
  const result = await load(values.docs as string, values);
  const topics = nextUp(result.graph, await learner(values));
  process.stdout.write(values.format === 'json' ? `${JSON.stringify(topics, null, 2)}\n` : formatNext(topics));
  return 0;
}

// A Map, not an object literal: "constructor" or "__proto__" must be unknown commands, not Object's.
const COMMANDS = new Map<string, (argv: string[]) => Promise<number>>([
  ['build', build],
  ['check', checkCommand],
  ['plan', planCommand],
  ['next', nextCommand],
  ['site', siteCommand],
]);

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  const run = COMMANDS.get(command);
  if (run && (rest.includes('--help') || rest.includes('-h'))) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    if (!run) throw new UsageError(`unknown command "${command}"`);
    return await run(rest);
  } catch (e) {
    if (e instanceof AtlasError) {
      const { escapeControl } = await import('../core/index.ts');
      process.stderr.write(`atlas: ${escapeControl(e.message)}\n`);
      if (e instanceof UsageError) process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    throw e;
  }
}
