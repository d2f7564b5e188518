// Compressed sparse rows: the edges of each node as one contiguous slice of an Int32Array.

/** Edge ids 0..count-1 grouped by `key[e]` (a node index below n), each group in edge order. */
export function groupEdges(n: number, key: Int32Array, count: number): { start: Int32Array; edges: Int32Array } {
  const start = new Int32Array(n + 1);
  for (let e = 0; e < count; e++) {
    const k = (key[e] as number) + 1;
    start[k] = (start[k] as number) + 1;
  }
  for (let v = 0; v < n; v++) start[v + 1] = (start[v + 1] as number) + (start[v] as number);
  const fill = start.slice(0, n);
  const edges = new Int32Array(count);
  for (let e = 0; e < count; e++) {
    const k = key[e] as number;
    const at = fill[k] as number;
    edges[at] = e;
    fill[k] = at + 1;
  }
  return { start, edges };
}
