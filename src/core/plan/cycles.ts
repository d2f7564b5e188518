// Prerequisite cycles and the one rule that breaks them, for every plan and for `check` alike:
// in each strongly connected set of steps, give up its weakest dependency (a milestone's order-only
// edge first, then by origin: inferred before structural before curated before explicit, then the
// least confident, then one pointing backwards in document order, then the latest), and repeat
// inside what is still strongly connected. The result depends only on the edges, never on the
// order a walk meets them, so `check` names the very edge every plan that holds the cycle ignores.
import type { AtlasGraph, Diagnostic, Level, NodeId, RequiresAttributes } from '../types.ts';
import { ORIGINS } from '../types.ts';
import { rowsOf, stronglyConnectedComponents } from '../scc.ts';
import { confidenceOf, DEPENDENCY, fromOf, isMilestoneEdge, milestonesOutOf, stateOf, toOf, type Dependencies } from './dependencies.ts';
import { PART_OF } from './containers.ts';
import type { Requirements } from './requirements.ts';
import { trusted } from '../prereq/trust.ts';

export interface BrokenCycle {
  /** The dependency given up. */
  edge: number;
  /** The cycle's edges, starting at the given-up edge's dependent and ending with that edge. */
  edges: number[];
}

/**
 * Steps so entangled (more than TANGLE_EXCESS edges beyond one per step) that breaking one cycle at
 * a time would take a round per cycle: every dependency among them that points backwards in document
 * order is given up at once, which leaves none in a cycle, in one pass.
 */
export interface Tangle {
  steps: number[];
  given: number[];
}

const TANGLE_EXCESS = 64;

export interface BrokenCycles {
  /** Sorted by the given-up edge's dependent, in document order. */
  cycles: BrokenCycle[];
  tangles: Tangle[];
}

/** The dependencies of `steps` to give up so that none is left in a cycle. */
export function breakCycles(deps: Dependencies, steps: ArrayLike<number>): BrokenCycles {
  const edges = edgesInCycles(deps, steps);
  if (edges.length === 0) return { cycles: [], tangles: [] };
  // In the order of their ends, not of the walk that found them: a plan and `check` then name the same chain.
  const { order } = deps.req;
  const fromOrder = (e: number) => order[fromOf(deps, e)] as number;
  const toOrder = (e: number) => order[toOf(deps, e)] as number;
  edges.sort((a, b) => fromOrder(a) - fromOrder(b) || toOrder(a) - toOrder(b) || a - b);
  const broken: BrokenCycle[] = [];
  const tangles: Tangle[] = [];
  const work = [edges];
  while (work.length > 0) {
    for (const group of cyclicGroups(deps, work.pop() as number[])) {
      const members = new Set<number>();
      for (const e of group) members.add(fromOf(deps, e)).add(toOf(deps, e));
      if (group.length - members.size > TANGLE_EXCESS) {
        const before = (u: number, v: number) => (order[u] as number) < (order[v] as number) || (order[u] === order[v] && u < v);
        tangles.push({
          steps: [...members].sort((u, v) => (before(u, v) ? -1 : 1)),
          given: group.filter((e) => !before(fromOf(deps, e), toOf(deps, e))),
        });
        continue;
      }
      const weakest = group.reduce((a, b) => (weaker(b, a, deps) ? b : a));
      const rest = group.filter((e) => e !== weakest);
      broken.push({ edge: weakest, edges: [...pathBetween(deps, rest, toOf(deps, weakest), fromOf(deps, weakest)), weakest] });
      work.push(rest);
    }
  }
  broken.sort((a, b) => (order[toOf(deps, a.edge)] as number) - (order[toOf(deps, b.edge)] as number) || a.edge - b.edge);
  return { cycles: broken, tangles };
}

/**
 * The dependencies that lie on some cycle: those inside one strongly connected component. A first
 * pass in typed arrays over the whole plan, which most plans (a million steps, no cycle) end with.
 */
function edgesInCycles(deps: Dependencies, steps: ArrayLike<number>): number[] {
  const { req, state } = deps;
  const { outStart, outEdges, edgeTo } = req;
  const start = new Int32Array(req.n + 1);
  let count = 0;
  for (let i = 0; i < steps.length; i++) {
    const v = steps[i] as number;
    let d = 0;
    for (let k = outStart[v] as number, end = outStart[v + 1] as number; k < end; k++) if (state[outEdges[k] as number] === DEPENDENCY) d++;
    for (const e of milestonesOutOf(deps, v)) if (stateOf(deps, e) === DEPENDENCY) d++;
    start[v + 1] = d;
    count += d;
  }
  for (let v = 0; v < req.n; v++) start[v + 1] = (start[v + 1] as number) + (start[v] as number);
  const targets = new Int32Array(count);
  for (let i = 0; i < steps.length; i++) {
    const v = steps[i] as number;
    let at = start[v] as number;
    for (let k = outStart[v] as number, end = outStart[v + 1] as number; k < end; k++) {
      const e = outEdges[k] as number;
      if (state[e] === DEPENDENCY) targets[at++] = edgeTo[e] as number;
    }
    for (const e of milestonesOutOf(deps, v)) if (stateOf(deps, e) === DEPENDENCY) targets[at++] = toOf(deps, e);
  }
  const { component } = stronglyConnectedComponents(req.n, { start, targets });
  const edges: number[] = [];
  for (let i = 0; i < steps.length; i++) {
    const v = steps[i] as number;
    const c = component[v];
    for (let k = outStart[v] as number, end = outStart[v + 1] as number; k < end; k++) {
      const e = outEdges[k] as number;
      if (state[e] === DEPENDENCY && component[edgeTo[e] as number] === c) edges.push(e);
    }
    for (const e of milestonesOutOf(deps, v)) if (stateOf(deps, e) === DEPENDENCY && component[toOf(deps, e)] === c) edges.push(e);
  }
  return edges;
}

/** The edges of each strongly connected set of nodes that has any (a self-loop is one). */
function cyclicGroups(deps: Dependencies, edges: readonly number[]): number[][] {
  const local = new Map<number, number>();
  const number = (v: number): number => {
    let i = local.get(v);
    if (i === undefined) local.set(v, (i = local.size));
    return i;
  };
  const from = edges.map((e) => number(fromOf(deps, e)));
  const to = edges.map((e) => number(toOf(deps, e)));
  const { component } = stronglyConnectedComponents(local.size, rowsOf(local.size, from, to));
  const groups = new Map<number, number[]>();
  edges.forEach((e, i) => {
    const c = component[from[i] as number] as number;
    if (c !== component[to[i] as number]) return;
    const group = groups.get(c);
    if (group) group.push(e);
    else groups.set(c, [e]);
  });
  return [...groups.values()];
}

/** The shortest chain of `edges` from `start` to `end` (breadth first); empty when they are one node. */
function pathBetween(deps: Dependencies, edges: readonly number[], start: number, end: number): number[] {
  const out = new Map<number, number[]>();
  for (const e of edges) {
    const list = out.get(fromOf(deps, e));
    if (list) list.push(e);
    else out.set(fromOf(deps, e), [e]);
  }
  const reachedBy = new Map<number, number>();
  const queue = [start];
  for (let head = 0; head < queue.length && !reachedBy.has(end) && start !== end; head++) {
    for (const e of out.get(queue[head] as number) ?? []) {
      const w = toOf(deps, e);
      if (w === start || reachedBy.has(w)) continue;
      reachedBy.set(w, e);
      queue.push(w);
    }
  }
  const path: number[] = [];
  for (let v = end; v !== start; v = fromOf(deps, reachedBy.get(v) as number)) path.push(reachedBy.get(v) as number);
  return path.reverse();
}

/** Whether `a` is given up before `b`: the rule this module's header states. */
function weaker(a: number, b: number, deps: Dependencies): boolean {
  const ma = isMilestoneEdge(deps, a);
  if (ma !== isMilestoneEdge(deps, b)) return ma;
  const { edgeOrigin, order } = deps.req;
  if (!ma && edgeOrigin[a] !== edgeOrigin[b]) return (edgeOrigin[a] as number) > (edgeOrigin[b] as number);
  const ca = confidenceOf(deps, a);
  const cb = confidenceOf(deps, b);
  if (ca !== cb) return ca < cb;
  const fa = order[fromOf(deps, a)] as number;
  const fb = order[fromOf(deps, b)] as number;
  const backA = fa > (order[toOf(deps, a)] as number);
  const backB = fb > (order[toOf(deps, b)] as number);
  if (backA !== backB) return backA;
  const ta = order[toOf(deps, a)] as number;
  const tb = order[toOf(deps, b)] as number;
  return fa !== fb ? fa > fb : ta !== tb ? ta > tb : a > b;
}

/** Up to this many edges of a cycle are named in its diagnostic. */
const CYCLE_SHOWN = 6;

/**
 * The one message for a broken cycle, at the given-up edge's own file:line, naming each edge with
 * its origin and provenance. Only a cycle that documents or curators wrote is their error: given up
 * at an inferred edge, Atlas's own guess was wrong (info); at a structural one, document order is (warning).
 */
export function cycleDiagnostic(graph: AtlasGraph, deps: Dependencies, broken: BrokenCycle, minConfidence: number): Diagnostic {
  const { req } = deps;
  const label = (v: number) => req.labels[v] as string;
  const steps = broken.edges.map(
    (e) => `${label(fromOf(deps, e))} → ${label(toOf(deps, e))} (${provenance(graph, deps, e, minConfidence)})`,
  );
  const shown = steps.length <= CYCLE_SHOWN ? steps : [...steps.slice(0, CYCLE_SHOWN - 2), '…', ...steps.slice(-1)];
  const from = fromOf(deps, broken.edge);
  const to = toOf(deps, broken.edge);
  const written = writtenEdge(graph, deps, broken.edge, minConfidence);
  const source = written?.source ?? graph.getNodeAttribute(req.ids[to] as NodeId, 'source');
  return {
    file: source.file,
    line: source.line,
    level: levelOf(written),
    code: 'cycle',
    message: `prerequisite cycle: ${shown.join('; ')}; planning ignores that ${label(from)} comes before ${label(to)}`,
  };
}

/** A tangle's one message, at its first step: how many steps, the first few, and how many edges are given up. */
export function tangleDiagnostic(graph: AtlasGraph, deps: Dependencies, tangle: Tangle, minConfidence: number): Diagnostic {
  const { req } = deps;
  const names = tangle.steps.slice(0, CYCLE_SHOWN).map((v) => req.labels[v] as string);
  const written = tangle.given.map((e) => writtenEdge(graph, deps, e, minConfidence));
  const levels = written.map(levelOf);
  const level: Level = levels.includes('error') ? 'error' : levels.includes('warning') ? 'warning' : 'info';
  const source = graph.getNodeAttribute(req.ids[tangle.steps[0] as number] as NodeId, 'source');
  const more = tangle.steps.length > CYCLE_SHOWN ? ', …' : '';
  return {
    file: source.file,
    line: source.line,
    level,
    code: 'cycle',
    message: `prerequisite tangle: ${tangle.steps.length} steps (${names.join(', ')}${more}) require each other in many cycles; planning ignores the ${tangle.given.length} requirements among them that point backwards in document order`,
  };
}

function levelOf(edge: RequiresAttributes | null): Level {
  if (edge === null) return 'warning';
  const rank = ORIGINS.indexOf(edge.origin);
  return rank <= ORIGINS.indexOf('curated') ? 'error' : edge.origin === 'structural' ? 'warning' : 'info';
}

function provenance(graph: AtlasGraph, deps: Dependencies, e: number, minConfidence: number): string {
  if (isMilestoneEdge(deps, e)) return 'assessed after its document';
  if (confidenceOf(deps, e) === PART_OF) return 'part of it';
  const a = writtenEdge(graph, deps, e, minConfidence);
  return a ? `${a.origin} ${a.confidence}, ${a.source.file}:${a.source.line}` : 'unknown';
}

/** The graph's requires edge behind dependency `e` (the least sure trusted one, if several), or null. */
function writtenEdge(graph: AtlasGraph, deps: Dependencies, e: number, minConfidence: number): RequiresAttributes | null {
  const { req } = deps;
  if (isMilestoneEdge(deps, e)) return null;
  const derived = req.derived.get(e);
  if (derived !== undefined) return derived;
  return leastSure(graph, req, fromOf(deps, e), toOf(deps, e), minConfidence);
}

function leastSure(graph: AtlasGraph, req: Requirements, from: number, to: number, minConfidence: number): RequiresAttributes | null {
  let edge: RequiresAttributes | null = null;
  const target = req.ids[to] as NodeId;
  graph.forEachOutEdge(req.ids[from] as NodeId, (_e, a, _s, t) => {
    if (a.kind !== 'requires' || t !== target || !trusted(a, minConfidence)) return;
    if (edge === null || a.confidence < edge.confidence) edge = a;
  });
  return edge;
}
