// `npm run gen -- --topics N --out DIR [--seed S]`: writes a synthetic curriculum to disk.
// Parsing arguments and writing files only; the tree itself comes from ./curriculum.
import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from './curriculum';
import { writeCurriculum } from './write';

const USAGE = `usage: npm run gen -- --topics N --out DIR [--seed S]
  --topics N  topics in the tree (1k, 10k, 100k: e.g. 1000)
  --out DIR   an empty or new folder to write the docs tree into
  --seed S    a non-negative integer; the same seed writes the same bytes (default ${DEFAULT_SEED})
exit codes: 0 ok, 2 bad usage`;

/** Trees this big report their progress on stderr. */
const PROGRESS_FROM = 10_000;

class UsageError extends Error {}

interface GenArgs {
  topics: number;
  out: string;
  seed: number;
}

function parse(argv: string[]): GenArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { topics: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } },
      allowPositionals: false,
      strict: true,
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { topics, out, seed } = parsed.values;
  if (topics === undefined) throw new UsageError('--topics is required');
  if (out === undefined || out === '') throw new UsageError('--out is required');
  const count = Number(topics);
  if (!/^\d+$/.test(topics) || count < 1 || count > 10_000_000)
    throw new UsageError(`--topics must be a whole number from 1 to 10000000, got "${topics}"`);
  const s = seed === undefined ? DEFAULT_SEED : Number(seed);
  if (seed !== undefined && (!/^\d+$/.test(seed) || s > 0xffffffff))
    throw new UsageError(`--seed must be a whole number from 0 to 4294967295, got "${seed}"`);
  return { topics: count, out, seed: s };
}

export async function main(argv: string[]): Promise<number> {
  let args: GenArgs;
  try {
    args = parse(argv);
    const existing = await readdir(args.out).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return [];
      throw new UsageError(
        e.code === 'ENOTDIR' ? `--out "${args.out}" is a file; give a new or empty folder` : `cannot use --out "${args.out}": ${e.message}`,
      );
    });
    if (existing.length > 0) throw new UsageError(`--out "${args.out}" is not empty; give a new or empty folder`);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`gen: ${e.message}\n${USAGE}\n`);
    return 2;
  }
  const started = performance.now();
  const verbose = args.topics >= PROGRESS_FROM;
  let reported = 0;
  let done;
  try {
    done = await writeCurriculum(resolve(args.out), { topics: args.topics, seed: args.seed }, (p) => {
      if (!verbose || (p.topics - reported < args.topics / 10 && p.topics < args.topics)) return;
      reported = p.topics;
      process.stderr.write(`gen: ${p.topics}/${args.topics} topics, ${(p.bytes / 1e6).toFixed(1)} MB\n`);
    });
  } catch (e) {
    process.stderr.write(`gen: cannot write to "${args.out}": ${(e as Error).message}\n`);
    return 2;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(
    `gen: wrote ${done.files} files, ${done.topics} topics, ${(done.bytes / 1e6).toFixed(1)} MB (${Math.round(done.bytes / done.topics)} bytes/topic) to ${args.out} in ${seconds}s\n`,
  );
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
