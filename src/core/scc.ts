// Strongly connected components, once for every view that needs them (the planner's and check's
// cycle breaking, the map's dependent counts): Tarjan's algorithm, iteratively, so that no deep
// chain of prerequisites can overflow the stack.

/** A directed graph as compressed rows: the successors of v are targets[start[v]] .. targets[start[v + 1] - 1]. */
export interface Rows {
  start: Int32Array;
  targets: Int32Array;
}

export interface Components {
  /** The component of each node. */
  component: Int32Array;
  /** Components are numbered as they complete: sinks first, so every edge goes to a smaller or equal number. */
  count: number;
}

export function stronglyConnectedComponents(n: number, { start, targets }: Rows): Components {
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  let top = 0;
  // The walk's own stack: a node and the next of its edges to follow.
  const walkNode = new Int32Array(n);
  const walkNext = new Int32Array(n);
  let count = 0;
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    let depth = 0;
    walkNode[0] = root;
    walkNext[0] = start[root] as number;
    order[root] = low[root] = counter++;
    stack[top++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const v = walkNode[depth] as number;
      const k = walkNext[depth] as number;
      if (k < (start[v + 1] as number)) {
        walkNext[depth] = k + 1;
        const w = targets[k] as number;
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          stack[top++] = w;
          onStack[w] = 1;
          depth++;
          walkNode[depth] = w;
          walkNext[depth] = start[w] as number;
        } else if (onStack[w] === 1 && (order[w] as number) < (low[v] as number)) low[v] = order[w] as number;
        continue;
      }
      depth--;
      if (depth >= 0) {
        const parent = walkNode[depth] as number;
        if ((low[v] as number) < (low[parent] as number)) low[parent] = low[v] as number;
      }
      if (low[v] === order[v]) {
        let w: number;
        do {
          w = stack[--top] as number;
          onStack[w] = 0;
          component[w] = count;
        } while (w !== v);
        count++;
      }
    }
  }
  return { component, count };
}

/** Rows of the edges `from[i]` → `to[i]` over nodes 0..n-1. */
export function rowsOf(n: number, from: ArrayLike<number>, to: ArrayLike<number>): Rows {
  const start = new Int32Array(n + 1);
  for (let i = 0; i < from.length; i++) {
    const k = (from[i] as number) + 1;
    start[k] = (start[k] as number) + 1;
  }
  for (let v = 0; v < n; v++) start[v + 1] = (start[v + 1] as number) + (start[v] as number);
  const fill = start.slice(0, n);
  const targets = new Int32Array(from.length);
  for (let i = 0; i < from.length; i++) {
    const v = from[i] as number;
    const at = fill[v] as number;
    targets[at] = to[i] as number;
    fill[v] = at + 1;
  }
  return { start, targets };
}
