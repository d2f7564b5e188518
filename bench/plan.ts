// How fast is the pathfinder? plan() to the deepest topic of synthetic curricula (10k and 100k
// topics, ~5 prerequisites each; a learner's plan has tens to a few thousand steps, so issue 20
// retired the 1M-topic goal) against a bare typed-array CSR + closure + Kahn sort of the same
// edges, measured in the same process. Building the graphology graph is not timed. plan() keeps a
// typed index per graph, so the first call (coldMs) is reported apart from the steady state (ms).
// CPU time is the headline because the bench machine is shared; each size runs in a child process
// with a heap large enough for a million-topic graph.
//   npx tsx bench/plan.ts [sizes…]
import { MultiDirectedGraph } from 'graphology';
import { spawn } from 'node:child_process';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { plan } from '../src/core/plan';
import { Scratch } from '../src/core/plan/scratch';
import { scopeOf } from '../src/core/plan/scope';
import type { AtlasGraph, RequiresAttributes } from '../src/core/types';
import { goalLines, ratioAgainst, type Goal } from './goals';

export interface Row {
  name: string;
  /** Topics in the graph. */
  size: number;
  /** Steps in the plan (the target's closure). */
  steps: number;
  /** The first plan() on the graph, wall and CPU: it builds the typed index it then keeps. */
  coldMs: number;
  coldCpuMs: number;
  /** Median wall and CPU time of plan() on the indexed graph. */
  ms: number;
  cpuMs: number;
  /** Median CPU time of its pathfinding core alone: names resolved, closure, study order (scopeOf). */
  coreCpuMs: number;
  /** Median CPU time of the bare typed-array CSR + closure + Kahn sort of the same edges. */
  baselineCpuMs: number;
  /**
   * Median CPU time of the bare sort followed by what the Plan contract alone asks for: one plain
   * object per step in PlanStep's shape (its `effort` object included), and a fresh explanation string for every other step (these
   * plans have one distinct chain per two steps). No plan can cost less than this.
   */
  floorCpuMs: number;
  /** cpuMs / baselineCpuMs, for comparison with earlier runs. */
  ratio: number;
  /** cpuMs / floorCpuMs: the goal is at most 1.5 at 100k topics (issue 20). */
  floorRatio: number;
  /** Wall time V8 spent collecting garbage during the timed plan() calls, per call. */
  gcMs: number;
}

export const SIZES = [10_000, 100_000];
const PREREQUISITES = 5;
const SEED = 0x5eed;

/** mulberry32: a small seeded PRNG, so every run plans the same curriculum. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Edges {
  n: number;
  m: number;
  from: Int32Array;
  to: Int32Array;
}

/** Prerequisites are mostly close by in document order, sometimes anywhere before. */
const NEARBY = 64;

/**
 * Topic i requires PREREQUISITES earlier topics: all but one among the NEARBY before it, one anywhere
 * before it. Nearby chains make the last topic the deepest, its closure almost the whole graph.
 */
function syntheticEdges(n: number): Edges {
  const next = random(SEED ^ n);
  const m = (n - 1) * PREREQUISITES;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  let e = 0;
  for (let i = 1; i < n; i++) {
    for (let k = 0; k < PREREQUISITES; k++, e++) {
      const span = k === 0 ? i : Math.min(i, NEARBY);
      from[e] = i - 1 - Math.floor(next() * span);
      to[e] = i;
    }
  }
  return { n, m, from, to };
}

const TOPICS_PER_SECTION = 64;
const TOPICS_PER_DOC = 4096;

function syntheticGraph({ n, m, from, to }: Edges): AtlasGraph {
  const graph: AtlasGraph = new MultiDirectedGraph();
  const source = { file: 'synthetic.md', line: 1 };
  const ids = Array.from({ length: n }, (_, i) => `t${i}`);
  let order = n;
  for (let d = 0; d * TOPICS_PER_DOC < n; d++)
    graph.addNode(`d${d}`, { kind: 'doc', label: `Document ${d}`, source, path: null, order: order++ });
  for (let s = 0; s * TOPICS_PER_SECTION < n; s++) {
    graph.addNode(`s${s}`, {
      kind: 'section',
      label: `Section ${s}`,
      source,
      doc: `d${Math.floor((s * TOPICS_PER_SECTION) / TOPICS_PER_DOC)}`,
      order: order++,
    });
  }
  for (let i = 0; i < n; i++) {
    const section = `s${Math.floor(i / TOPICS_PER_SECTION)}`;
    graph.addNode(ids[i] as string, {
      kind: 'topic',
      label: `Topic ${i}`,
      source,
      doc: `d${Math.floor(i / TOPICS_PER_DOC)}`,
      section,
      order: i,
    });
  }
  // One shared attribute object: plan() only reads edges, and a million copies would only measure the GC.
  const requires: RequiresAttributes = { kind: 'requires', origin: 'explicit', confidence: 1, evidence: 'synthetic', reasons: [], source };
  for (let e = 0; e < m; e++) graph.addDirectedEdge(ids[from[e] as number] as string, ids[to[e] as number] as string, requires);
  return graph;
}

/** CSR rows of `key` into `start` (n + 1) and `edges` (count), both zero-filled by the caller. */
function rows(n: number, key: Int32Array, count: number, start: Int32Array, edges: Int32Array, fill: Int32Array): void {
  for (let e = 0; e < count; e++) {
    const k = (key[e] as number) + 1;
    start[k] = (start[k] as number) + 1;
  }
  for (let v = 0; v < n; v++) start[v + 1] = (start[v + 1] as number) + (start[v] as number);
  fill.set(start.subarray(0, n));
  for (let e = 0; e < count; e++) {
    const k = key[e] as number;
    const at = fill[k] as number;
    edges[at] = e;
    fill[k] = at + 1;
  }
}

/**
 * The floor: CSR of the prerequisites, closure of the target, Kahn's sort with a binary heap on the
 * index (document order), all in typed arrays from `work`, so that it allocates nothing either.
 */
function bareSort({ n, m, from, to }: Edges, target: number, work: Scratch): number {
  const inStart = work.int32('inStart', n + 1);
  const inEdges = work.int32('inEdges', m);
  const fill = work.int32('fill', n);
  rows(n, to, m, inStart, inEdges, fill);

  const inPlan = work.uint8('inPlan', n);
  const nodes = work.int32('nodes', n);
  let size = 0;
  inPlan[target] = 1;
  nodes[size++] = target;
  for (let head = 0; head < size; head++) {
    const v = nodes[head] as number;
    for (let i = inStart[v] as number; i < (inStart[v + 1] as number); i++) {
      const p = from[inEdges[i] as number] as number;
      if (!inPlan[p]) {
        inPlan[p] = 1;
        nodes[size++] = p;
      }
    }
  }

  const keptFrom = work.int32('keptFrom', m);
  const keptTo = work.int32('keptTo', m);
  const indegree = work.int32('indegree', n);
  let k = 0;
  for (let e = 0; e < m; e++) {
    const w = to[e] as number;
    if (inPlan[from[e] as number] && inPlan[w]) {
      keptFrom[k] = from[e] as number;
      keptTo[k++] = w;
      indegree[w] = (indegree[w] as number) + 1;
    }
  }
  const outStart = work.int32('outStart', n + 1);
  const outEdges = work.int32('outEdges', k);
  rows(n, keptFrom, k, outStart, outEdges, fill);

  const heap = work.int32('heap', size);
  let heapSize = 0;
  const push = (x: number) => {
    let i = heapSize++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((heap[parent] as number) <= x) break;
      heap[i] = heap[parent] as number;
      i = parent;
    }
    heap[i] = x;
  };
  const pop = () => {
    const top = heap[0] as number;
    const last = heap[--heapSize] as number;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= heapSize) break;
      if (c + 1 < heapSize && (heap[c + 1] as number) < (heap[c] as number)) c++;
      if ((heap[c] as number) >= last) break;
      heap[i] = heap[c] as number;
      i = c;
    }
    heap[i] = last;
    return top;
  };
  for (let i = 0; i < size; i++) if (indegree[nodes[i] as number] === 0) push(nodes[i] as number);
  const sorted = work.int32('sorted', size);
  let count = 0;
  while (heapSize > 0) {
    const v = pop();
    sorted[count++] = v;
    for (let i = outStart[v] as number; i < (outStart[v + 1] as number); i++) {
      const w = keptTo[outEdges[i] as number] as number;
      const d = (indegree[w] as number) - 1;
      indegree[w] = d;
      if (d === 0) push(w);
    }
  }
  return count;
}

/** Names of synthetic topic i, made before timing as the graph's own strings are. */
interface Names {
  ids: string[];
  labels: string[];
}

const namesOf = (n: number): Names => ({
  ids: Array.from({ length: n }, (_, i) => `t${i}`),
  labels: Array.from({ length: n }, (_, i) => `Topic ${i}`),
});

const NO_RESOURCES: never[] = [];
/** Every synthetic topic has the same material, so one basis sentence serves all (plan() phrases each distinct one once). */
const BASIS = '2 h base + 0 concepts';

/** The bare sort, then the step objects a plan must return (see Row.floorCpuMs). */
function bareSteps(edges: Edges, target: number, work: Scratch, { ids, labels }: Names): number {
  const count = bareSort(edges, target, work);
  const sorted = work.int32('sorted', count);
  const head = `needed for ${labels[target]} via `;
  const steps: object[] = [];
  let why = '';
  for (let i = 0; i < count; i++) {
    const v = sorted[i] as number;
    if (i % 2 === 0) why = head + (labels[v] as string);
    steps.push({
      id: ids[v],
      label: labels[v],
      kind: 'topic',
      section: null,
      week: 1 + Math.floor(i / 4),
      track: 1,
      hours: 4,
      effort: { hours: 4, basis: BASIS },
      why,
      resources: NO_RESOURCES,
    });
  }
  return steps.length;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

interface Timed<T> {
  ms: number;
  cpuMs: number;
  result: T;
}

function time<T>(f: () => T): Timed<T> {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const result = f();
  const ms = performance.now() - t0;
  const d = process.cpuUsage(cpu);
  return { ms, cpuMs: (d.user + d.system) / 1000, result };
}

const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** A full collection after building the graph (the child runs with --expose-gc), so the first plan does not pay for the build's garbage. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** One size, measured in this process: run in a child so that each size has a fresh heap. */
async function measure(n: number, log: (line: string) => void): Promise<Row> {
  // JIT warm-up on a small curriculum, so the cold run below pays for indexing, not for compiling;
  // the floor alike. (Warm-ups also fed V8's pretenuring decisions, which made the two sides' step
  // objects differ from run to run: the children now run without them, see SAME_ALLOCATION.)
  const small = syntheticEdges(2000);
  const smallGraph = syntheticGraph(small);
  const smallWork = new Scratch();
  const smallNames = namesOf(2000);
  for (let i = 0; i < 5; i++) {
    plan(smallGraph, { targets: ['t1999'] });
    bareSort(small, 1999, smallWork);
    bareSteps(small, 1999, smallWork, smallNames);
  }
  const edges = syntheticEdges(n);
  const built = time(() => syntheticGraph(edges));
  log(`plan bench: ${n} topics, graph built in ${(built.ms / 1000).toFixed(1)} s (not timed)`);
  const graph = built.result;
  const target = `t${n - 1}`;
  const work = new Scratch();
  bareSort(edges, n - 1, work);
  collect();
  await pause();
  const gc = new GcClock();
  const cold = time(() => plan(graph, { targets: [target] }).steps.length);
  await pause();
  const reps = n >= 1_000_000 ? 3 : 5;
  const runs: Timed<number>[] = [];
  const cores: Timed<number>[] = [];
  const bare: Timed<number>[] = [];
  const floors: Timed<number>[] = [];
  const names = namesOf(n);
  for (let r = 0; r < reps; r++) {
    gc.counting = true;
    runs.push(time(() => plan(graph, { targets: [target] }).steps.length));
    await pause();
    gc.counting = false;
    bare.push(time(() => bareSort(edges, n - 1, work)));
    await pause();
    cores.push(time(() => scopeOf(graph, { targets: [target] }).ordering.sequence.length));
    await pause();
    floors.push(time(() => bareSteps(edges, n - 1, work, names)));
    await pause();
  }
  gc.disconnect();
  const steps = runs[0]?.result ?? 0;
  if (steps !== cold.result || steps !== bare[0]?.result)
    throw new Error(`bench: plan has ${steps} steps, the bare sort ${bare[0]?.result}`);
  const cpuMs = median(runs.map((r) => r.cpuMs));
  const baselineCpuMs = median(bare.map((r) => r.cpuMs));
  return {
    name: 'plan to the deepest topic',
    size: n,
    steps,
    coldMs: round(cold.ms),
    coldCpuMs: round(cold.cpuMs),
    ms: round(median(runs.map((r) => r.ms))),
    cpuMs: round(cpuMs),
    coreCpuMs: round(median(cores.map((r) => r.cpuMs))),
    baselineCpuMs: round(baselineCpuMs),
    floorCpuMs: round(median(floors.map((r) => r.cpuMs))),
    ratio: round(cpuMs / baselineCpuMs),
    floorRatio: round(cpuMs / median(floors.map((r) => r.cpuMs)), 2),
    gcMs: round(gc.total / reps),
  };
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Sums the durations of the GC pauses reported while `counting` (entries arrive after the work, hence the pauses). */
class GcClock {
  total = 0;
  counting = false;
  private readonly observer = new PerformanceObserver((list) => {
    if (this.counting) for (const entry of list.getEntries()) this.total += entry.duration;
  });

  constructor() {
    this.observer.observe({ entryTypes: ['gc'] });
  }

  disconnect(): void {
    this.observer.disconnect();
  }
}

/** A million topics make a graphology graph of ~3 GB: each size runs in a child with room for it. */
const CHILD_HEAP_MB = 12_000;
const SELF = fileURLToPath(import.meta.url);

/**
 * Without it V8 decides once per process, by how many of an allocation site's first objects are still
 * alive at a collection, whether to make that site's objects straight in the old generation, and the
 * warm-up's dropped plans put that share near its threshold: `plan()`'s step objects and the floor's
 * landed on either side from run to run, and the ratio moved between 0.87x and 1.6x with the same
 * code. With it both make their step objects young and pay alike for keeping them (bench/README.md).
 */
const SAME_ALLOCATION = '--no-allocation-site-pretenuring';

function child(n: number): Promise<Row> {
  return new Promise((done, fail) => {
    const p = spawn(
      process.execPath,
      [`--max-old-space-size=${CHILD_HEAP_MB}`, '--expose-gc', SAME_ALLOCATION, '--import', 'tsx', SELF, '--child', String(n)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    p.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    p.on('error', fail);
    p.on('close', (code) => {
      if (code !== 0) fail(new Error(`bench: plan child for ${n} topics exited with ${code}`));
      else done(JSON.parse(out.trim().split('\n').pop() as string) as Row);
    });
  });
}

/** plan() at 100k topics within this many times the floor column (issue 20). */
export const FLOOR_RATIO = 1.5;

export function planGoals(rows: readonly Row[]): Goal[] {
  const row = rows.find((r) => r.size === 100_000);
  const judged = row ? ratioAgainst(row.cpuMs / row.floorCpuMs, FLOOR_RATIO) : null;
  return [
    {
      goal: `plan() on 100k topics ≤ ${FLOOR_RATIO}x the floor (bare sort + one step object each)`,
      measured: row && judged ? `${judged.text} (${row.cpuMs} ms cpu, ${row.steps} steps)` : 'not run',
      baseline: row ? `floor ${row.floorCpuMs} ms cpu (bare sort ${row.baselineCpuMs} ms)` : '-',
      met: judged?.met ?? null,
    },
  ];
}

export async function benchPlan(sizes: number[] = SIZES, log: (line: string) => void = () => {}): Promise<Row[]> {
  const rows: Row[] = [];
  for (const n of sizes) {
    log(`plan bench: ${n} topics, in a child process`);
    rows.push(await child(n));
  }
  return rows;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    const row = await measure(Number(args[1]), (line) => process.stderr.write(`${line}\n`));
    process.stdout.write(`${JSON.stringify(row)}\n`);
  } else {
    const sizes = args.map(Number).filter((n) => n > 1);
    const rows = await benchPlan(sizes.length > 0 ? sizes : SIZES, (line) => process.stderr.write(`${line}\n`));
    console.table(rows);
    for (const line of goalLines(planGoals(rows))) console.log(line);
  }
}
