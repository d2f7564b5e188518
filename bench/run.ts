// `npm run bench [-- --quick]`: every benchmark in one run, one table each, with the machine they
// ran on and its load, saved to bench/results.json so runs can be compared; then one table of every
// goal of issue 20, met or MISSED, each against the baseline measured in the same run.
// The plan and page benchmarks are optional modules: a checkout without them still benches the ingest.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { benchIngest, corpusDensity, densityTable, ingestGoals } from './ingest';
import { durationGoal, printGoals, type Goal } from './goals';

type Log = (line: string) => void;
/** The shape bench/plan.ts exports: sizes first (its own defaults when undefined), a progress log last. */
type Bench = (sizes?: number[], log?: Log, options?: Record<string, unknown>) => Promise<unknown>;
/** How a benchmark module states its goals (bench/plan.ts's planGoals, bench/page.ts's pageGoals). */
type Goals = (rows: never) => Goal[];

interface Optional {
  name: string;
  file: string;
  exportName: string;
  /** Its goals of issue 20, if it states any: a function of the rows it returned. */
  goalsName?: string;
  /** Sizes for --quick, from the module's own SIZES; null leaves the benchmark out of a quick run. */
  quick: (sizes: number[]) => number[] | null;
  /** The module's own options for a quick run. */
  quickOptions?: Record<string, unknown>;
}

const OPTIONAL: Optional[] = [
  { name: 'plan', file: './plan.ts', exportName: 'benchPlan', goalsName: 'planGoals', quick: (s) => s.filter((n) => n <= 100_000) },
  // Two minutes hold one load of each page at 1k; the corpus and 10k rows need the full run.
  {
    name: 'page',
    file: './page.ts',
    exportName: 'benchPage',
    goalsName: 'pageGoals',
    quick: (s) => s.filter((n) => n <= 1000),
    quickOptions: { corpus: false, runs: 1 },
  },
  // Building the package alone takes most of a quick run's two minutes.
  { name: 'startup', file: './startup.ts', exportName: 'benchStartup', quick: () => null },
];

const log: Log = (line) => process.stderr.write(`${line}\n`);

export function machine(): Record<string, string | number> {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: loadavg()
      .map((x) => x.toFixed(1))
      .join(' '),
  };
}

async function main(argv: string[]): Promise<number> {
  let quick: boolean;
  try {
    quick = parseArgs({ args: argv, options: { quick: { type: 'boolean', default: false } }, strict: true }).values.quick ?? false;
  } catch (e) {
    process.stderr.write(`bench: ${(e as Error).message}\nusage: npm run bench [-- --quick]\n`);
    return 2;
  }
  const started = performance.now();
  const m = machine();
  const describe = (load: string) => `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, node ${m.node}, load ${load}`;
  console.log(`Atlas benchmarks${quick ? ' (quick)' : ''}: ${describe(m.loadAverage as string)}`);
  const results: Record<string, unknown> = { date: new Date().toISOString(), quick, machine: m };
  const goals: Goal[] = [];

  const seconds: Record<string, number> = {};
  const since = (from: number) => Math.round((performance.now() - from) / 1000);
  let from = performance.now();
  const ingest = await benchIngest(quick ? [1000, 10000] : undefined, { log, ...(quick ? { runs: () => 1 } : {}) });
  console.log('\ningest: read + build the graph vs read + markdown-it parse (MB per CPU second)');
  console.table(ingest.map(({ density: _, ...row }) => row));
  const corpus = await corpusDensity();
  console.log('\ndensity: the real corpus vs the generated trees');
  console.table(densityTable(corpus, ingest));
  goals.push(...ingestGoals(ingest, corpus));
  results.ingest = { rows: ingest, corpusDensity: corpus };
  seconds.ingest = since(from);

  for (const bench of OPTIONAL) {
    const url = new URL(bench.file, import.meta.url);
    if (!existsSync(url)) {
      console.log(`\n${bench.name}: skipped, bench/${bench.file.slice(2)} does not exist yet`);
      results[bench.name] = { skipped: 'module missing' };
      if (bench.goalsName) goals.push({ goal: `${bench.name}: its goals`, measured: 'module missing', baseline: '-', met: null });
      continue;
    }
    const mod = (await import(url.href)) as Record<string, unknown>;
    const run = mod[bench.exportName] as Bench | undefined;
    if (typeof run !== 'function') {
      console.log(`\n${bench.name}: skipped, bench/${bench.file.slice(2)} exports no ${bench.exportName}()`);
      results[bench.name] = { skipped: `no ${bench.exportName} export` };
      if (bench.goalsName) goals.push({ goal: `${bench.name}: its goals`, measured: `no ${bench.exportName}()`, baseline: '-', met: null });
      continue;
    }
    const sizes = quick ? bench.quick(Array.isArray(mod.SIZES) ? (mod.SIZES as number[]) : []) : undefined;
    if (sizes === null) {
      console.log(`\n${bench.name}: left out of a quick run`);
      continue;
    }
    from = performance.now();
    const rows = await run(sizes, log, quick ? bench.quickOptions : undefined);
    seconds[bench.name] = since(from);
    console.log(`\n${bench.name}:`);
    console.table(rows);
    results[bench.name] = { rows };
    if (bench.goalsName === undefined) continue;
    const stated = mod[bench.goalsName] as Goals | undefined;
    if (typeof stated === 'function') goals.push(...stated(rows as never));
    else
      goals.push({
        goal: `${bench.name}: its goals`,
        measured: `bench/${bench.file.slice(2)} exports no ${bench.goalsName}()`,
        baseline: '-',
        met: null,
      });
  }

  const total = (performance.now() - started) / 1000;
  goals.push(durationGoal(total, quick));
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  results.goals = goals;
  results.seconds = { total: Math.round(total), ...seconds };
  results.loadAverageAtEnd = load;
  printGoals(
    goals,
    `goals of issue 20${quick ? ' (quick: the largest sizes not run)' : ''}: ${describe(`${m.loadAverage} at the start, ${load} at the end`)}`,
  );

  const out = new URL('./results.json', import.meta.url);
  await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${out.pathname}`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
