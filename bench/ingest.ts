// Ingest at scale (issues 7 and 20): is building the graph linear in the size of the docs tree,
// within 3x of just parsing the markdown on trees as dense as the real corpus, and under 1 GB at
// 100k topics?
//
// For each size a synthetic curriculum (src/gen) is written to a temporary folder, then two
// measurements run in fresh child processes so that neither warms or fills the other's heap:
//   floor: read the files and markdownIt().parse() each document: no ingest can be faster;
//   build: loadDocs(), the CLI's and the Vite plugin's path: read, buildGraph, prerequisites;
//   graph: a bare graphology graph of the build's very nodes and edges (the same keys, the same
//     endpoints, empty attributes), added one by one: what the graph store alone costs in CPU and memory.
// A child first runs its work three times on one learning path (so lazy setup and JIT warm-up are
// not billed to throughput), then reports the CPU and wall time of the whole tree and its peak RSS (getrusage
// maxRSS, which includes Node and tsx, about 100 MB). Throughput is MB per CPU second: the bench
// machine is shared, and wall time there measures the neighbours. Sizes up to 10k run 3 times
// and report the median. The generated tree's density is printed beside the corpus's.
//
//   npx tsx bench/ingest.ts [--quick] [--sizes 1000,5000] [--runs N] [--profile DIR] [--timeout SECONDS]
//
// --profile writes a V8 CPU profile of every build (open it in Chrome DevTools) and prints the
// functions of src/ that take the most time.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import markdownIt, { type MarkdownIt } from 'markdown-it';
import { MultiDirectedGraph } from 'graphology';
import { loadDocs, readKnowledge, readTree } from '../src/node/read-tree';
import { buildGraph } from '../src/core/build';
import { isLearnable, type AtlasGraph, type InputFile } from '../src/core/types';
import { writeCurriculum } from '../src/gen/write';
import { density, DENSITY_KEYS, type Density } from '../src/gen/density';
import { goalLines, ratioAgainst, type Goal } from './goals';

/** One size. Build columns are null when the build was stopped at the time limit. */
export interface Row {
  topics: number;
  files: number;
  MB: number;
  /** Read + markdown-it parse only, per CPU second. */
  floorMBps: number;
  /** Read + buildGraph (prerequisites included), per CPU second. */
  buildMBps: number | null;
  /** Wall time of the build. */
  buildSeconds: number | null;
  /** Build CPU time over floor CPU time, to two decimals; the goal is at most 3 (INGEST_RATIO). */
  ratio: number | null;
  /** buildMBps over the smallest size's: about 1 when the build is linear. */
  linearity: number | null;
  peakRssMB: number | null;
  /** Peak RSS of the floor child, for scale: what Node, tsx and the files alone take. */
  floorRssMB: number;
  /** CPU seconds and peak RSS of the bare graphology graph of the same nodes and edges (empty attributes, no text). */
  bareGraphSeconds: number | null;
  bareGraphRssMB: number | null;
  /** Bytes of JSON.stringify(graph.export()) per topic: what the page downloads. */
  graphBytesPerTopic: number | null;
  nodes: number | null;
  edges: number | null;
  errors: number | null;
  runs: number;
  /** How dense the generated tree is, beside the corpus's in `densityTable`. */
  density: Density | null;
  note?: string;
}

export interface IngestOptions {
  runs?: (topics: number) => number;
  /** A folder for CPU profiles of the builds; none by default. */
  profileDir?: string;
  /** A child that runs longer than this is stopped and its row reports no build. */
  timeoutSeconds?: number;
  log?: (line: string) => void;
}

interface FloorResult {
  ms: number;
  cpuMs: number;
  bytes: number;
  maxRssMB: number;
}

interface GraphResult {
  cpuMs: number;
  maxRssMB: number;
}

interface BuildResultLine {
  ms: number;
  cpuMs: number;
  maxRssMB: number;
  nodes: number;
  edges: number;
  topics: number;
  errors: number;
  graphBytes: number;
  density: Density;
}

const SELF = fileURLToPath(import.meta.url);
const CORPUS = fileURLToPath(new URL('../../shared/corpus', import.meta.url));
/** Long enough for a quadratic 100k build on a busy 2-core machine to finish and be measured. */
const DEFAULT_TIMEOUT_SECONDS = 3 * 3600;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] as number;
const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

export async function benchIngest(sizes: readonly number[] = [1000, 10000, 100000], options: IngestOptions = {}): Promise<Row[]> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const runsFor = options.runs ?? ((topics: number) => (topics <= 10_000 ? 3 : 1));
  const rows: Row[] = [];
  for (const topics of sizes) {
    const tmp = await mkdtemp(join(tmpdir(), 'atlas-bench-'));
    try {
      // docs/ inside a fresh folder: loadDocs looks for a curation folder beside it and finds none.
      const docs = join(tmp, 'docs');
      const written = await writeCurriculum(docs, { topics });
      log(`ingest ${topics}: generated ${written.files} files, ${(written.bytes / 1e6).toFixed(1)} MB`);
      const shape = join(tmp, 'shape');
      const floors: FloorResult[] = [];
      const builds: BuildResultLine[] = [];
      const runs = runsFor(topics);
      let stopped: string | undefined;
      for (let run = 1; run <= runs && stopped === undefined; run++) {
        floors.push(await child<FloorResult>(['floor', docs], options));
        const profile = options.profileDir
          ? ['--cpu-prof', `--cpu-prof-dir=${resolve(options.profileDir)}`, `--cpu-prof-name=build-${topics}-${run}.cpuprofile`]
          : [];
        try {
          builds.push(await child<BuildResultLine>(['build', docs, ...(run === 1 ? [shape] : [])], options, profile));
        } catch (e) {
          if (!(e instanceof Timeout)) throw e;
          stopped = e.message;
          log(`ingest ${topics}: ${stopped}`);
          break;
        }
        const f = floors[floors.length - 1] as FloorResult;
        const b = builds[builds.length - 1] as BuildResultLine;
        log(
          `ingest ${topics}: run ${run}/${runs}: floor ${(f.cpuMs / 1000).toFixed(2)}s cpu, build ${(b.cpuMs / 1000).toFixed(2)}s cpu (${(b.ms / 1000).toFixed(2)}s wall), peak ${b.maxRssMB} MB`,
        );
      }
      const bare = stopped === undefined ? await child<GraphResult>(['graph', shape], options) : null;
      if (bare)
        log(
          `ingest ${topics}: bare graphology graph of the same nodes and edges: ${(bare.cpuMs / 1000).toFixed(2)}s cpu, peak ${bare.maxRssMB} MB`,
        );
      rows.push(row(topics, written.files, written.bytes / 1e6, floors, stopped === undefined ? builds : [], bare, rows[0], runs, stopped));
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }
  if (options.profileDir) await summarizeProfiles(options.profileDir, log);
  return rows;
}

/** One size's row: medians of the runs; a build that was stopped leaves its columns empty. */
function row(
  topics: number,
  files: number,
  mb: number,
  floors: FloorResult[],
  builds: BuildResultLine[],
  bare: GraphResult | null,
  first: Row | undefined,
  runs: number,
  note?: string,
): Row {
  const floorMs = median(floors.map((f) => f.cpuMs));
  const last = builds[builds.length - 1];
  const buildMs = last ? median(builds.map((b) => b.cpuMs)) : NaN;
  const buildMBps = mb / (buildMs / 1000);
  const ok = <T>(x: T): T | null => (last ? x : null);
  return {
    topics,
    files,
    MB: round(mb),
    floorMBps: round(mb / (floorMs / 1000)),
    buildMBps: ok(round(buildMBps, 2)),
    buildSeconds: ok(round(median(builds.map((b) => b.ms)) / 1000, 2)),
    ratio: ok(round(buildMs / floorMs, 2)),
    linearity: ok(round(buildMBps / (first?.buildMBps ?? buildMBps), 2)),
    peakRssMB: ok(Math.max(...builds.map((b) => b.maxRssMB))),
    floorRssMB: Math.max(...floors.map((f) => f.maxRssMB)),
    bareGraphSeconds: bare ? round(bare.cpuMs / 1000, 2) : null,
    bareGraphRssMB: bare?.maxRssMB ?? null,
    graphBytesPerTopic: last ? Math.round(last.graphBytes / last.topics) : null,
    nodes: last?.nodes ?? null,
    edges: last?.edges ?? null,
    errors: last?.errors ?? null,
    runs,
    density: last?.density ?? null,
    ...(note ? { note } : {}),
  };
}

/** At most this many times the bare markdown-it parse of the same tree (issue 20). */
export const INGEST_RATIO = 3;
/** Peak RSS of the 100k-topic build, in MB. */
export const PEAK_MB = 1024;
/** Every density measure of the generated tree within this fraction of the corpus's. */
export const DENSITY_TOLERANCE = 0.15;
const GOAL_SIZES = [1000, 10_000, 100_000];

/** The ingest goals of issue 20, checked against the rows: sizes not measured in this run are "not run". */
export function ingestGoals(rows: readonly Row[], corpus: Density | null): Goal[] {
  const goals: Goal[] = [];
  const at = (topics: number) => rows.find((r) => r.topics === topics);
  const k = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
  for (const topics of GOAL_SIZES) {
    const r = at(topics);
    const floorSeconds = r ? round(r.MB / r.floorMBps, 2) : null;
    const judged = r?.ratio != null ? ratioAgainst(r.ratio, INGEST_RATIO) : null;
    goals.push({
      goal: `ingest ${k(topics)} topics: build ≤ ${INGEST_RATIO}x bare markdown-it (CPU)`,
      measured: r && judged ? `${judged.text} (${round(r.MB / (r.buildMBps ?? NaN), 2)} s cpu)` : (r?.note ?? 'not run'),
      baseline:
        floorSeconds !== null
          ? `read + parse ${floorSeconds} s cpu${r?.bareGraphSeconds != null ? `; bare graphology graph of the same nodes and edges ${r.bareGraphSeconds} s cpu` : ''}`
          : '-',
      met: r ? (judged?.met ?? false) : null,
    });
  }
  const big = at(100_000);
  goals.push({
    goal: `ingest 100k topics: peak memory < ${PEAK_MB / 1024} GB`,
    measured: big?.peakRssMB != null ? `${big.peakRssMB} MB` : 'not run',
    baseline: big
      ? `read + parse ${big.floorRssMB} MB; bare graphology graph of its ${big.nodes ?? '?'} nodes and ${big.edges ?? '?'} edges ${big.bareGraphRssMB ?? '?'} MB`
      : '-',
    met: big ? big.peakRssMB !== null && big.peakRssMB < PEAK_MB : null,
  });
  const table = densityTable(corpus, rows);
  const ratios = DENSITY_KEYS.map((key) => [key, table[key]?.ratio] as const).filter(
    (e): e is [keyof Density, number] => typeof e[1] === 'number',
  );
  const worst = ratios.reduce<[keyof Density, number] | null>(
    (w, e) => (w === null || Math.abs(e[1] - 1) > Math.abs(w[1] - 1) ? e : w),
    null,
  );
  goals.push({
    goal: `generated tree as dense as the corpus (each measure within ${DENSITY_TOLERANCE * 100}%)`,
    measured: worst ? `worst ${worst[0]} ${worst[1]}x the corpus's` : 'not run',
    baseline: corpus ? DENSITY_KEYS.map((key) => `${key} ${corpus[key]}`).join(', ') : 'no corpus',
    met: worst ? Math.abs(worst[1] - 1) <= DENSITY_TOLERANCE : null,
  });
  return goals;
}

class Timeout extends Error {}

/** Run this file as a child measurement and parse the JSON line it prints. */
function child<T>(args: string[], options: IngestOptions, nodeFlags: string[] = []): Promise<T> {
  return new Promise((done, fail) => {
    const p = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', SELF, '--child', ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    p.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const limit = (options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
    const timer = setTimeout(() => p.kill('SIGKILL'), limit);
    p.on('error', fail);
    p.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') fail(new Timeout(`${args[0]} stopped at the ${limit / 1000}s limit`));
      else if (code !== 0) fail(new Error(`bench: ${args[0]} child exited with ${code}`));
      else done(JSON.parse(out.trim().split('\n').pop() as string) as T);
    });
  });
}

const maxRssMB = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

/** CPU milliseconds (user + system) since `from`: steadier than wall time on a shared machine. */
const cpuMs = (from: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
};

/** Enough passes over one learning path for V8 to optimise the hot functions before timing. */
const WARM_UP_ROUNDS = 3;

/** The first learning path of the tree: every code path of the ingest, in a few documents. */
async function sample(dir: string): Promise<InputFile[]> {
  const first = (await readdir(dir)).sort()[0] as string;
  return (await readTree(join(dir, first))).files.map((f) => ({ ...f, path: `${first}/${f.path}` }));
}

const parseAll = (md: MarkdownIt, files: readonly InputFile[]): void => {
  const decoder = new TextDecoder();
  for (const f of files) if (/\.mdx?$/i.test(f.path)) md.parse(decoder.decode(f.bytes), {});
};

async function floorChild(dir: string): Promise<FloorResult> {
  const md = markdownIt();
  const warmUp = await sample(dir);
  for (let i = 0; i < WARM_UP_ROUNDS; i++) parseAll(md, warmUp);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const { files } = await readTree(dir);
  parseAll(md, files);
  return { ms: performance.now() - started, cpuMs: cpuMs(cpu), bytes: files.reduce((n, f) => n + f.bytes.length, 0), maxRssMB: maxRssMB() };
}

async function buildChild(dir: string, shapeFile?: string): Promise<BuildResultLine> {
  const warmUp = await sample(dir);
  // With the knowledge base, as loadDocs builds: its code paths warm, and its YAML parsed once per
  // process (as the CLI and a dev server do) is start-up, not throughput.
  const knowledge = await readKnowledge();
  for (let i = 0; i < WARM_UP_ROUNDS; i++) buildGraph(warmUp, { knowledge });
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await loadDocs(dir);
  const ms = performance.now() - started;
  const cpuTime = cpuMs(cpu);
  const peak = maxRssMB();
  let topics = 0;
  result.graph.forEachNode((_id, a) => {
    if (isLearnable(a)) topics++;
  });
  if (shapeFile !== undefined) await writeShape(result.graph, shapeFile);
  return {
    ms,
    cpuMs: cpuTime,
    maxRssMB: peak,
    nodes: result.graph.order,
    edges: result.graph.size,
    topics,
    errors: result.diagnostics.filter((d) => d.level === 'error').length,
    graphBytes: exportBytes(result.graph),
    density: density(result.graph, markdownBytes((await readTree(dir)).files)),
  };
}

/** The graph's node keys (one per line) and its edges as pairs of node indices, for graphChild. */
async function writeShape(graph: AtlasGraph, file: string): Promise<void> {
  const index = new Map<string, number>();
  const keys: string[] = [];
  graph.forEachNode((id) => {
    index.set(id, keys.length);
    keys.push(id);
  });
  const ends = new Int32Array(graph.size * 2);
  let i = 0;
  graph.forEachEdge((_e, _a, source, target) => {
    ends[i++] = index.get(source) as number;
    ends[i++] = index.get(target) as number;
  });
  await writeFile(`${file}.keys`, keys.join('\n'));
  await writeFile(`${file}.edges`, ends);
}

/**
 * The graph store alone: a graphology graph of the build's own nodes and edges, added one by one
 * with empty attributes. Its peak RSS is the least any build into graphology can take.
 */
async function graphChild(file: string): Promise<GraphResult> {
  const keys = (await readFile(`${file}.keys`, 'utf8')).split('\n');
  const bytes = await readFile(`${file}.edges`);
  const ends = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  const cpu = process.cpuUsage();
  const graph = new MultiDirectedGraph();
  for (const key of keys) graph.addNode(key);
  for (let i = 0; i < ends.length; i += 2) graph.addDirectedEdge(keys[ends[i] as number] as string, keys[ends[i + 1] as number] as string);
  const cpuTime = cpuMs(cpu);
  if (graph.order !== keys.length) throw new Error('bench: the bare graph lost nodes');
  return { cpuMs: cpuTime, maxRssMB: maxRssMB() };
}

const markdownBytes = (files: readonly InputFile[]): number =>
  files.filter((f) => /\.mdx?$/i.test(f.path)).reduce((n, f) => n + f.bytes.length, 0);

/** The real corpus's density, the generator's target; null where the corpus is absent. */
export async function corpusDensity(dir = CORPUS): Promise<Density | null> {
  if (!existsSync(dir)) return null;
  return density((await loadDocs(dir)).graph, markdownBytes((await readTree(dir)).files));
}

/** One row per measure: the corpus's, each generated size's, and the worst size's ratio to the corpus. */
export function densityTable(corpus: Density | null, rows: readonly Row[]): Record<string, Record<string, number | string>> {
  const table: Record<string, Record<string, number | string>> = {};
  for (const key of DENSITY_KEYS) {
    const line: Record<string, number | string> = { corpus: corpus?.[key] ?? 'absent' };
    let worst = 1;
    for (const r of rows) {
      const value = r.density?.[key];
      if (value === undefined) continue;
      line[`${r.topics} topics`] = value;
      if (corpus && Math.abs(value / corpus[key] - 1) > Math.abs(worst - 1)) worst = value / corpus[key];
    }
    if (corpus) line.ratio = Math.round(worst * 100) / 100;
    table[key] = line;
  }
  return table;
}

/**
 * UTF-8 bytes of JSON.stringify(graph.export()), counted element by element: at 100k topics the
 * whole string can pass V8's maximum string length.
 */
function exportBytes(graph: AtlasGraph): number {
  const { nodes, edges, ...rest } = graph.export();
  const list = (items: readonly unknown[]): number =>
    items.reduce<number>((n, x) => n + Buffer.byteLength(JSON.stringify(x)), Math.max(0, items.length - 1));
  return Buffer.byteLength(JSON.stringify({ ...rest, nodes: [], edges: [] })) + list(nodes) + list(edges);
}

/** The src/ functions with the most self and total time over every profile in `dir`. */
async function summarizeProfiles(dir: string, log: (line: string) => void): Promise<void> {
  interface ProfileNode {
    id: number;
    callFrame: { functionName: string; url: string };
    children?: number[];
  }
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile')).sort()) {
    const profile = JSON.parse(await readFile(join(dir, file), 'utf8')) as {
      nodes: ProfileNode[];
      samples: number[];
      timeDeltas: number[];
    };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const name = (n: ProfileNode): string =>
      `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/(src|node_modules)\//, '$1/')}`;
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const dt = (profile.timeDeltas[i] ?? 0) / 1000;
      const leaf = byId.get(id) as ProfileNode;
      self.set(name(leaf), (self.get(name(leaf)) ?? 0) + dt);
      const seen = new Set<string>();
      for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
        const k = name(byId.get(n) as ProfileNode);
        if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + dt);
        seen.add(k);
      }
    });
    const top = (m: Map<string, number>, only: (k: string) => boolean) =>
      [...m]
        .filter(([k]) => only(k))
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([k, ms]) => `  ${Math.round(ms).toString().padStart(8)} ms  ${k}`);
    log(`profile ${file}: total time in src/ functions (a function's callees included)`);
    for (const line of top(total, (k) => k.includes(' src/'))) log(line);
    log(`profile ${file}: self time (where the CPU actually is)`);
    for (const line of top(self, () => true)) log(line);
  }
}

async function standalone(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      runs: { type: 'string' },
      profile: { type: 'string' },
      timeout: { type: 'string' },
    },
    strict: true,
  });
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : values.quick ? [1000, 10000] : undefined;
  if (sizes?.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`bench: --sizes takes whole numbers, got "${values.sizes}"`);
  if (values.profile) await mkdir(values.profile, { recursive: true });
  const runs = values.runs === undefined ? undefined : Number(values.runs);
  const rows = await benchIngest(sizes, {
    ...(runs ? { runs: () => runs } : {}),
    ...(values.profile ? { profileDir: values.profile } : {}),
    ...(values.timeout ? { timeoutSeconds: Number(values.timeout) } : {}),
  });
  console.table(rows.map(({ density: _, ...r }) => r));
  console.log('density: the real corpus vs the generated trees');
  const corpus = await corpusDensity();
  console.table(densityTable(corpus, rows));
  for (const line of goalLines(ingestGoals(rows, corpus))) console.log(line);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [flag, mode, dir, shape] = process.argv.slice(2);
  if (flag === '--child' && dir !== undefined) {
    const result = mode === 'floor' ? await floorChild(dir) : mode === 'graph' ? await graphChild(dir) : await buildChild(dir, shape);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else await standalone(process.argv.slice(2));
}
