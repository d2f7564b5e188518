// Cold start: `atlas --help` of the compiled package against `node -e 0`, the floor any Node CLI
// pays. The goal is within 4x. Run as part of `npm run bench`, or alone: `npx tsx bench/startup.ts`.
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = `${ROOT}dist/cli.mjs`;
const RUNS = 21;

export interface StartupRow {
  command: string;
  medianMs: number;
  p90Ms: number;
  ratio: number;
}

function time(args: string[]): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] as number;

export async function benchStartup(_sizes?: number[], log: (line: string) => void = () => {}): Promise<StartupRow[]> {
  // Built afresh: a dist/ left from an older checkout would measure other code.
  log('startup: building the package (npm run build:package)');
  execFileSync('npm', ['run', '--silent', 'build:package'], { cwd: ROOT, stdio: 'ignore' });
  const commands: [string, string[]][] = [
    ['node -e 0', ['-e', '0']],
    ['atlas --help (dist/cli.mjs)', [CLI, '--help']],
    ['atlas --help from source (tsx)', ['src/cli/bin.mjs', '--help']],
  ];
  const times = commands.map(() => [] as number[]);
  // Interleaved, so a busy moment on the shared machine weighs on every command alike.
  for (let i = 0; i < RUNS; i++) commands.forEach(([, args], c) => times[c]?.push(time(args)));
  const floor = percentile(times[0] as number[], 0.5);
  return commands.map(([command], c) => {
    const medianMs = percentile(times[c] as number[], 0.5);
    return {
      command,
      medianMs: Math.round(medianMs * 10) / 10,
      p90Ms: Math.round(percentile(times[c] as number[], 0.9) * 10) / 10,
      ratio: Math.round((medianMs / floor) * 100) / 100,
    };
  });
}

/** The goal's line: the compiled CLI's ratio against the 4x budget. */
export function startupVerdict(rows: StartupRow[]): string {
  const cli = rows[1] as StartupRow;
  return `cold start: atlas --help ${cli.ratio}x node -e 0 (goal: within 4x) ${cli.ratio <= 4 ? 'met' : 'MISSED'}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await benchStartup(undefined, console.error);
  console.table(rows);
  console.log(startupVerdict(rows));
}
