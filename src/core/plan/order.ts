// The study order: Kahn's topological sort with a priority queue, so that among the topics ready to
// study the plan stays in the current section, else takes the earliest in document order. A cycle
// stops Kahn; it is found by walking back through unfinished prerequisites (iteratively) and broken
// at its weakest edge, so the sort always finishes.
import type { Closure } from './closure';
import { MILESTONE_EDGE, type Dependencies } from './dependencies';
import { IndexHeap } from './heap';
import type { Learnable, Requirements } from './requirements';

export interface BrokenCycle {
  /** The dependency edge the plan ignores. */
  edge: number;
  /** The cycle's nodes in prerequisite → dependent order, starting with the ignored edge's dependent. */
  cycle: number[];
}

export interface Ordering {
  /** Steps in study order. */
  sequence: Int32Array;
  /** removed[e] is 1 for the dependency edges ignored to break cycles. */
  removed: Uint8Array;
  /** Broken `requires` edges (milestone order edges are dropped silently). */
  broken: BrokenCycle[];
}

export function learningOrder(req: Requirements, closure: Closure, deps: Dependencies): Ordering {
  const { order } = req;
  const { nodes } = closure;
  const { to, outStart, outEdges } = deps;
  const before = (a: number, b: number) => (order[a] as number) < (order[b] as number) || (order[a] === order[b] && a < b);

  const indegree = new Int32Array(req.n);
  for (let e = 0; e < deps.count; e++) {
    const w = to[e] as number;
    indegree[w] = (indegree[w] as number) + 1;
  }
  const group = sectionGroups(req, nodes);
  const groupHeaps: IndexHeap[] = [];
  const ready = new IndexHeap(before);
  const makeReady = (v: number) => {
    ready.push(v);
    const g = group[v] as number;
    (groupHeaps[g] ??= new IndexHeap(before)).push(v);
  };
  for (const v of nodes) if (indegree[v] === 0) makeReady(v);
  const release = (w: number) => {
    const d = (indegree[w] as number) - 1;
    indegree[w] = d;
    if (d === 0) makeReady(w);
  };

  const emitted = new Uint8Array(req.n);
  const removed = new Uint8Array(deps.count);
  const broken: BrokenCycle[] = [];
  const sequence = new Int32Array(nodes.length);
  let count = 0;
  let lastGroup = -1;
  let cursor = 0;
  const walk = new CycleWalk(req.n);
  while (count < nodes.length) {
    let v = lastGroup >= 0 ? popFresh(groupHeaps[lastGroup], emitted) : -1;
    if (v < 0) v = popFresh(ready, emitted);
    if (v < 0) {
      while (emitted[nodes[cursor] as number]) cursor++;
      const cut = walk.breakAt(nodes[cursor] as number, deps, removed, emitted, order);
      removed[cut.edge] = 1;
      if (deps.origin[cut.edge] !== MILESTONE_EDGE) broken.push(cut);
      release(to[cut.edge] as number);
      continue;
    }
    emitted[v] = 1;
    sequence[count++] = v;
    lastGroup = group[v] as number;
    for (let k = outStart[v] as number, end = outStart[v + 1] as number; k < end; k++) {
      const e = outEdges[k] as number;
      if (!removed[e]) release(to[e] as number);
    }
  }
  return { sequence, removed, broken };
}

function popFresh(heap: IndexHeap | undefined, emitted: Uint8Array): number {
  if (heap === undefined) return -1;
  while (heap.size > 0) {
    const v = heap.pop();
    if (!emitted[v]) return v;
  }
  return -1;
}

/** A group per section (per document for topics outside sections), numbered in first-seen order. */
function sectionGroups(req: Requirements, nodes: Int32Array): Int32Array {
  const group = new Int32Array(req.n);
  const ids = new Map<string, number>();
  let lastKey = '';
  let lastGroup = -1;
  for (const v of nodes) {
    const a = req.attrs[v] as Learnable;
    const key = a.section ?? a.doc;
    if (key !== lastKey || lastGroup < 0) {
      let g = ids.get(key);
      if (g === undefined) ids.set(key, (g = ids.size));
      lastKey = key;
      lastGroup = g;
    }
    group[v] = lastGroup;
  }
  return group;
}

/**
 * Finds a cycle among the unemitted steps: when Kahn stalls, every unemitted step still has an
 * unemitted prerequisite, so walking to one repeatedly must revisit a step.
 */
class CycleWalk {
  private readonly stamp: Int32Array;
  private readonly position: Int32Array;
  private round = 0;

  constructor(n: number) {
    this.stamp = new Int32Array(n);
    this.position = new Int32Array(n);
  }

  breakAt(start: number, deps: Dependencies, removed: Uint8Array, emitted: Uint8Array, order: Float64Array): BrokenCycle {
    const round = ++this.round;
    const path: number[] = [];
    let v = start;
    for (;;) {
      this.stamp[v] = round;
      this.position[v] = path.length;
      let edge = -1;
      for (let k = deps.inStart[v] as number, end = deps.inStart[v + 1] as number; k < end; k++) {
        const e = deps.inEdges[k] as number;
        if (!removed[e] && !emitted[deps.from[e] as number]) {
          edge = e;
          break;
        }
      }
      path.push(edge);
      const u = deps.from[edge] as number;
      if (this.stamp[u] === round) {
        // path[i] enters the i-th visited node from the next one: reversed, the cycle runs forwards.
        const edges = path.slice(this.position[u]).reverse();
        const weakest = edges.reduce((a, b) => (weaker(b, a, deps, order) ? b : a));
        const at = edges.indexOf(weakest);
        const rotated = [...edges.slice(at + 1), ...edges.slice(0, at + 1)];
        return { edge: weakest, cycle: [...rotated.map((e) => deps.from[e] as number), deps.to[weakest] as number] };
      }
      v = u;
    }
  }
}

/**
 * The edge to ignore first: a milestone's order-only edge, then the least confident, then one that
 * points backwards in document order (the later topic named as a prerequisite), then the latest.
 */
function weaker(a: number, b: number, deps: Dependencies, order: Float64Array): boolean {
  const ma = deps.origin[a] === MILESTONE_EDGE;
  const mb = deps.origin[b] === MILESTONE_EDGE;
  if (ma !== mb) return ma;
  const ca = deps.confidence[a] as number;
  const cb = deps.confidence[b] as number;
  if (ca !== cb) return ca < cb;
  const backA = (order[deps.from[a] as number] as number) > (order[deps.to[a] as number] as number);
  const backB = (order[deps.from[b] as number] as number) > (order[deps.to[b] as number] as number);
  if (backA !== backB) return backA;
  const fa = order[deps.from[a] as number] as number;
  const fb = order[deps.from[b] as number] as number;
  return fa !== fb ? fa > fb : a > b;
}
