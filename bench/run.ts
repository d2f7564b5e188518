// `npm run bench [-- --quick]`: every benchmark of issue 7 in one run, one table each, with the
// machine they ran on, saved to bench/results.json so runs can be compared.
// The plan and page benchmarks are optional modules: a checkout without them still benches the ingest.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { benchIngest, verdicts } from './ingest';

type Log = (line: string) => void;
/** The shape bench/plan.ts exports: sizes first (its own defaults when undefined), a progress log last. */
type Bench = (sizes?: number[], log?: Log) => Promise<unknown>;

interface Optional {
  name: string;
  file: string;
  exportName: string;
  /** Sizes for --quick, from the module's own SIZES. */
  quick: (sizes: number[]) => number[];
}

const OPTIONAL: Optional[] = [
  { name: 'plan', file: './plan.ts', exportName: 'benchPlan', quick: (s) => s.filter((n) => n <= 100_000) },
  { name: 'page', file: './page.ts', exportName: 'benchPage', quick: (s) => s.filter((n) => n <= 10_000) },
  { name: 'startup', file: './startup.ts', exportName: 'benchStartup', quick: (s) => s },
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
  const m = machine();
  console.log(
    `Atlas benchmarks${quick ? ' (quick)' : ''}: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, node ${m.node}, load ${m.loadAverage}`,
  );
  const results: Record<string, unknown> = { date: new Date().toISOString(), quick, machine: m };

  const ingest = await benchIngest(quick ? [1000, 10000] : undefined, { log });
  console.log('\ningest: read + build the graph vs read + markdown-it parse (MB per CPU second)');
  console.table(ingest);
  const goals = verdicts(ingest);
  for (const line of goals) console.log(line);
  results.ingest = { rows: ingest, verdicts: goals };

  for (const bench of OPTIONAL) {
    const url = new URL(bench.file, import.meta.url);
    if (!existsSync(url)) {
      console.log(`\n${bench.name}: skipped, bench/${bench.file.slice(2)} does not exist yet`);
      results[bench.name] = { skipped: 'module missing' };
      continue;
    }
    const mod = (await import(url.href)) as Record<string, unknown>;
    const run = mod[bench.exportName] as Bench | undefined;
    if (typeof run !== 'function') {
      console.log(`\n${bench.name}: skipped, bench/${bench.file.slice(2)} exports no ${bench.exportName}()`);
      results[bench.name] = { skipped: `no ${bench.exportName} export` };
      continue;
    }
    const sizes = quick && Array.isArray(mod.SIZES) ? bench.quick(mod.SIZES as number[]) : undefined;
    const rows = await run(sizes, log);
    console.log(`\n${bench.name}:`);
    console.table(rows);
    results[bench.name] = { rows };
  }

  const out = new URL('./results.json', import.meta.url);
  await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${out.pathname}`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
